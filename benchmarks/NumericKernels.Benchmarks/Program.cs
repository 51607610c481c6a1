using System;
using System.Linq;
using BenchmarkDotNet.Running;
using NumericKernels.Benchmarks.Infrastructure;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// Entry point: <c>dotnet run -c Release -- --filter '*'</c> runs everything; any BenchmarkDotNet switch works,
    /// e.g. <c>--filter '*Exp*'</c>, <c>--anyCategories SLEEF NumericKernels</c>, <c>--list flat</c>.
    /// <c>--check</c> instead runs each benchmark once and prints its error against a double-precision reference.
    /// </summary>
    public static class Program
    {
        public static void Main(string[] args)
        {
            var peers = NativePeers.Status;
            var excluded = peers.ExcludedCategories().ToList();
            foreach (var (category, reason) in excluded)
            {
                Console.WriteLine($"Skipping the {category} benchmarks: {reason}.");
            }
            if (args.Length == 1 && args[0] == "--check")
            {
                AccuracyCheck.Run(peers);
                return;
            }
            var config = BenchmarkConfig.Create(excluded.Select(pair => pair.Key).ToArray());
            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        }
    }
}
