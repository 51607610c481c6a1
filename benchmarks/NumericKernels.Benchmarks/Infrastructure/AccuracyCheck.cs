using System;
using System.Globalization;
using System.Linq;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace NumericKernels.Benchmarks.Infrastructure
{
    /// <summary>
    /// <c>--check</c>: runs every benchmark method once on the 4096-element inputs and prints its largest error in
    /// float ULPs against a double-precision reference. It guards the comparison itself (a peer bound to the wrong
    /// export, a kernel that skips elements) and is no substitute for the exhaustive verification of the catalog.
    /// </summary>
    public static class AccuracyCheck
    {
        public static void Run(NativePeerStatus peers)
        {
            Console.WriteLine("| Benchmark | max error (ULP) | at x |");
            Console.WriteLine("|---|---:|---:|");
            foreach (Type type in typeof(AccuracyCheck).Assembly.GetTypes()
                .Where(t => typeof(IElementwiseBenchmark).IsAssignableFrom(t) && !t.IsAbstract)
                .OrderBy(t => t.Name, StringComparer.Ordinal))
            {
                var benchmark = (IElementwiseBenchmark)Activator.CreateInstance(type)!;
                benchmark.Elements = BenchmarkInputs.Sizes[0];
                benchmark.Setup();
                foreach (MethodInfo method in type.GetMethods()
                    .Where(m => m.GetCustomAttribute<BenchmarkAttribute>() != null)
                    .OrderBy(m => m.Name, StringComparer.Ordinal))
                {
                    string name = type.Name + "." + method.Name;
                    string? missing = MissingReason(method, peers);
                    if (missing != null)
                    {
                        Console.WriteLine($"| {name} | skipped: {missing} | |");
                        continue;
                    }
                    Array.Fill(benchmark.Output, float.NaN);
                    method.Invoke(benchmark, null);
                    var (ulps, worst) = MaxError(benchmark);
                    Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:0.000} | {2:R} |", name, ulps, worst));
                }
            }
        }

        private static string? MissingReason(MethodInfo method, NativePeerStatus peers)
        {
            var categories = method.GetCustomAttributes<BenchmarkCategoryAttribute>().SelectMany(c => c.Categories).ToArray();
            if (categories.Contains(PeerCategory.Sleef)) return peers.SleefMissingReason;
            if (categories.Contains(PeerCategory.Libmvec)) return peers.LibmvecMissingReason;
            return null;
        }

        private static (double Ulps, float WorstInput) MaxError(IElementwiseBenchmark benchmark)
        {
            double max = 0;
            float worst = float.NaN;
            for (int i = 0; i < benchmark.Input.Length; i++)
            {
                double exact = benchmark.Reference(benchmark.Input[i]);
                double error = Math.Abs(benchmark.Output[i] - exact) / UnitInLastPlace(exact);
                if (!(error <= max)) // also catches NaN: an element the peer never wrote
                {
                    max = double.IsNaN(error) ? double.PositiveInfinity : error;
                    worst = benchmark.Input[i];
                }
            }
            return (max, worst);
        }

        // Spacing of floats at |value|: the ULP of the output format in which errors are stated.
        private static double UnitInLastPlace(double value)
        {
            float magnitude = MathF.Abs((float)value);
            if ((double)magnitude > Math.Abs(value)) magnitude = MathF.BitDecrement(magnitude);
            return (double)MathF.BitIncrement(magnitude) - magnitude;
        }
    }
}
