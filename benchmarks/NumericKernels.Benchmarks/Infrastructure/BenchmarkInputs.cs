using System;

namespace NumericKernels.Benchmarks.Infrastructure
{
    /// <summary>
    /// Inputs drawn from a fixed-seed generator, so every run and every peer sees the same numbers.
    /// </summary>
    public static class BenchmarkInputs
    {
        /// <summary>Seed of every input array; changing it changes the committed results' inputs.</summary>
        public const int Seed = 0x4E4B_0001;

        /// <summary>Sizes measured: 4096 elements stay in L1, 256K in L2, 16M (64 MiB per array) is memory bound.</summary>
        public static readonly int[] Sizes = { 4096, 262144, 16777216 };

        /// <summary>n floats uniform in [min, max].</summary>
        public static float[] Uniform(int n, double min, double max)
        {
            var random = new Random(Seed);
            var values = new float[n];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = (float)(min + (max - min) * random.NextDouble());
            }
            return values;
        }

        /// <summary>
        /// n positive floats whose logarithm is uniform in [log min, log max]: every binade of the range is
        /// equally likely, which is what a logarithm kernel's range reduction meets on real data.
        /// </summary>
        public static float[] LogUniform(int n, double min, double max)
        {
            var random = new Random(Seed);
            double logMin = Math.Log(min);
            double logMax = Math.Log(max);
            var values = new float[n];
            for (int i = 0; i < values.Length; i++)
            {
                values[i] = (float)Math.Exp(logMin + (logMax - logMin) * random.NextDouble());
            }
            return values;
        }
    }
}
