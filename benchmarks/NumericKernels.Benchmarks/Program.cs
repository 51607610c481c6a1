using System;
using System.Linq;
using BenchmarkDotNet.Running;
using NumericKernels.Benchmarks.Infrastructure;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// Entry point: <c>dotnet run -c Release -- --filter '*'</c> runs everything; any BenchmarkDotNet switch works,
    /// e.g. <c>--filter '*Exp*'</c>, <c>--anyCategories SLEEF NumericKernels</c>, <c>--list flat</c>.
    /// </summary>
    public static class Program
    {
        public static void Main(string[] args)
        {
            var excluded = NativePeers.Status.ExcludedCategories().ToList();
            foreach (var (category, reason) in excluded)
            {
                Console.WriteLine($"Skipping the {category} benchmarks: {reason}.");
            }
            var config = BenchmarkConfig.Create(excluded.Select(pair => pair.Key).ToArray());
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        }
    }
}
