using System;
using System.Diagnostics;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Verification;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// An indicative in-process timing of an entry's emitted Span method: best of several rounds over 4096 floats (L1
    /// resident). It compares two kernels on the same machine in the same process; figures for publication come from the
    /// BenchmarkDotNet suite in benchmarks/.
    /// </summary>
    internal static class KernelTiming
    {
        public const int Elements = 4096;
        public const int Rounds = 7;
        public const int CallsPerRound = 2000;

        /// <summary>Nanoseconds per element of the best round.</summary>
        public static double NanosecondsPerElement(CatalogEntry entry)
        {
            using CompiledKernel<float> kernel = KernelCompiler.Compile<float>(entry);
            var x = new float[Elements];
            var y = new float[Elements];
            for (int i = 0; i < Elements; i++) x[i] = (float)(entry.DomainMin + (entry.DomainMax - entry.DomainMin) * i / Elements);
            for (int i = 0; i < CallsPerRound; i++) kernel.Span(x, y);
            double best = double.PositiveInfinity;
            for (int round = 0; round < Rounds; round++)
            {
                long start = Stopwatch.GetTimestamp();
                for (int i = 0; i < CallsPerRound; i++) kernel.Span(x, y);
                double seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
                best = Math.Min(best, seconds * 1e9 / ((double)CallsPerRound * Elements));
            }
            return best;
        }
    }
}
