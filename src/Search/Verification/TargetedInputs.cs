using System;
using System.Collections.Generic;
using NumericKernels.Search.Numerics;

namespace NumericKernels.Search.Verification
{
    /// <summary>
    /// Inputs where kernels tend to break, as ordinals of one format: zeros, subnormal and normal limits, every binade
    /// boundary, the neighbourhood of 1, the domain ends, and every point where the reference result changes kind
    /// (overflow to infinity, underflow to subnormal and zero, sign changes such as log near 1, NaN regions), each with
    /// a few neighbours.
    /// </summary>
    internal static class TargetedInputs
    {
        private const int Neighbours = 3;
        private const int NearOne = 64;
        private const int TransitionNeighbours = 16;
        private const int MaxTransitions = 512;

        /// <param name="format">The input/output format.</param>
        /// <param name="first">First ordinal of the domain.</param>
        /// <param name="last">Last ordinal of the domain.</param>
        /// <param name="toOrdinal">Value to ordinal in this format.</param>
        /// <param name="fromOrdinal">Ordinal to value (as double) in this format.</param>
        /// <param name="resultClass">Kind class of the reference result at an input ordinal (see <see cref="Classify"/>).</param>
        public static SortedSet<long> Ordinals(BinaryFormat format, long first, long last, Func<double, long> toOrdinal, Func<long, double> fromOrdinal, Func<long, int> resultClass)
        {
            var seeds = new SortedSet<long>();
            void AddAround(double value, int neighbours)
            {
                if (double.IsNaN(value)) return;
                long center = toOrdinal(value);
                for (long d = -neighbours; d <= neighbours; d++)
                {
                    long o = center + d;
                    if (o >= first && o <= last) seeds.Add(o);
                }
            }
            int minSubnormalExponent = format.MinExponent - format.Precision + 1;
            foreach (double sign in new[] { 1.0, -1.0 })
            {
                AddAround(sign * 0.0, Neighbours);
                AddAround(sign * double.PositiveInfinity, Neighbours);
                for (int e = minSubnormalExponent; e <= format.MaxExponent; e++)
                {
                    AddAround(sign * Math.ScaleB(1.0, e), Neighbours);
                }
                AddAround(sign * 1.0, NearOne);
            }
            seeds.Add(first);
            seeds.Add(last);
            AddTransitions(seeds, resultClass);
            return seeds;
        }

        /// <summary>A kind class of a result in the output format: NaN, -Inf, -normal, -subnormal, -0, +0, +subnormal, +normal, +Inf.</summary>
        public static int Classify(double value, BinaryFormat format)
        {
            if (double.IsNaN(value)) return 0;
            double minNormal = Math.ScaleB(1.0, format.MinExponent);
            double magnitude = Math.Abs(value);
            int unsigned = double.IsInfinity(value) ? 4 : magnitude >= minNormal ? 3 : magnitude > 0 ? 2 : 1;
            return double.IsNegative(value) ? 5 - unsigned : 4 + unsigned;
        }

        /// <summary>Bisects between consecutive seeds whose results differ in class, to the exact input where it changes.</summary>
        private static void AddTransitions(SortedSet<long> seeds, Func<long, int> resultClass)
        {
            var ordered = new List<long>(seeds);
            int found = 0;
            for (int i = 1; i < ordered.Count && found < MaxTransitions; i++)
            {
                long low = ordered[i - 1];
                long high = ordered[i];
                int lowClass = resultClass(low);
                if (lowClass == resultClass(high) || high - low <= 1) continue;
                while (high - low > 1)
                {
                    long middle = low + (high - low) / 2;
                    if (resultClass(middle) == lowClass) low = middle;
                    else high = middle;
                }
                found++;
                for (long d = -TransitionNeighbours; d <= TransitionNeighbours; d++)
                {
                    long o = high + d;
                    if (o >= ordered[0] && o <= ordered[^1]) seeds.Add(o);
                }
            }
        }
    }
}
