using System;
using NumericKernels.Search.Numerics;

namespace NumericKernels.Search.Verification
{
    /// <summary>
    /// The double inputs of one sweep: <see cref="RandomCount"/> random inputs (input i depends only on the seed and i,
    /// so chunks fill independently and runs reproduce), then targeted inputs. Uniform bit patterns put most inputs
    /// where a function is trivial (exp of |x| &lt; 2^-54 is 1, of |x| &gt; 746 saturates), so when a working interval
    /// is given every odd input is drawn uniformly in value from it instead.
    /// </summary>
    internal sealed class Float64InputPlan
    {
        private readonly double[] _targeted;
        private readonly ulong _rangeSize;

        public Float64InputPlan(long firstOrdinal, long lastOrdinal, long randomCount, double[] targeted, ulong seed, (double Min, double Max)? workingInterval = null)
        {
            WorkingInterval = workingInterval;
            FirstOrdinal = firstOrdinal;
            // unchecked: the full double range holds more than long.MaxValue ordinals.
            _rangeSize = unchecked((ulong)(lastOrdinal - firstOrdinal) + 1);
            RandomCount = randomCount;
            _targeted = targeted;
            Seed = seed;
        }

        public long FirstOrdinal { get; }

        public long RandomCount { get; }

        public int TargetedCount => _targeted.Length;

        public ulong Seed { get; }

        /// <summary>Where every odd random input is drawn uniformly in value, or null for bit patterns only.</summary>
        public (double Min, double Max)? WorkingInterval { get; }

        public long Count => RandomCount + _targeted.Length;

        public void Fill(long start, Span<double> destination)
        {
            for (int i = 0; i < destination.Length; i++)
            {
                destination[i] = InputAt(start + i);
            }
        }

        public double InputAt(long index)
        {
            if (index < RandomCount)
            {
                ulong random = SplitMix64(Seed + (ulong)index * 0x9E37_79B9_7F4A_7C15UL);
                if (WorkingInterval is { } work && (index & 1) == 1)
                {
                    double unit = (random >> 11) * (1.0 / (1UL << 53));
                    return work.Min + (work.Max - work.Min) * unit;
                }
                // Lemire's multiply-high maps a 64-bit random number uniformly onto [0, size) (size 0 means 2^64).
                ulong offset = _rangeSize == 0 ? random : Math.BigMul(random, _rangeSize, out _);
                return FloatOrdinals.DoubleFromOrdinal(unchecked(FirstOrdinal + (long)offset));
            }
            return _targeted[index - RandomCount];
        }

        private static ulong SplitMix64(ulong state)
        {
            ulong z = state + 0x9E37_79B9_7F4A_7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
            return z ^ (z >> 31);
        }
    }
}
