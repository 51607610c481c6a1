using System;
using System.Diagnostics;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>
    /// A quick, indicative Stopwatch measurement in nanoseconds per element: warm up long enough for tiered JIT to
    /// reach optimized code, then take the best of several short batches. Real figures come from BenchmarkDotNet in
    /// benchmarks/.
    /// </summary>
    internal static class ThroughputProbe
    {
        private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(200);
        private static readonly TimeSpan Batch = TimeSpan.FromMilliseconds(25);
        private const int Batches = 6;

        public static double NanosecondsPerElement<T>(SpanKernel<T> kernel, T[] inputs)
        {
            T[] outputs = new T[inputs.Length];
            return NanosecondsPerItem(() => kernel(inputs, outputs), inputs.Length);
        }

        /// <summary>Nanoseconds per item for <paramref name="work"/>, which handles <paramref name="itemsPerCall"/> items per call.</summary>
        public static double NanosecondsPerItem(Action work, int itemsPerCall)
        {
            RunFor(work, WarmUp);
            double best = double.PositiveInfinity;
            for (int b = 0; b < Batches; b++)
            {
                (long calls, TimeSpan elapsed) = RunFor(work, Batch);
                best = Math.Min(best, elapsed.TotalNanoseconds / (calls * (double)itemsPerCall));
            }
            return best;
        }

        private static (long Calls, TimeSpan Elapsed) RunFor(Action work, TimeSpan duration)
        {
            long calls = 0;
            var clock = Stopwatch.StartNew();
            do
            {
                // Several calls per clock read keep Stopwatch overhead out of the figure.
                for (int i = 0; i < 16; i++)
                {
                    work();
                }
                calls += 16;
            }
            while (clock.Elapsed < duration);
            return (calls, clock.Elapsed);
        }
    }
}
