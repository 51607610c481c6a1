using System;
using NumericKernels.Search.Numerics;

namespace NumericKernels.Search.Verification
{
    /// <summary>
    /// The float inputs of one sweep, addressable by index so chunks can be filled independently on any thread:
    /// a strided walk over the domain's ordinal range, then targeted inputs, then (exhaustive, IEEE entries) every NaN
    /// bit pattern.
    /// </summary>
    internal sealed class Float32InputPlan
    {
        /// <summary>2^23 - 1 positive and as many negative NaN encodings.</summary>
        private const long NaNPatternCount = 2 * ((1L << 23) - 1);

        private readonly float[] _targeted;

        public Float32InputPlan(long firstOrdinal, long lastOrdinal, long stride, float[] targeted, bool allNaNs)
        {
            FirstOrdinal = firstOrdinal;
            Stride = stride;
            StridedCount = lastOrdinal < firstOrdinal ? 0 : (lastOrdinal - firstOrdinal) / stride + 1;
            _targeted = targeted;
            NaNCount = allNaNs ? NaNPatternCount : 0;
        }

        public long FirstOrdinal { get; }

        public long Stride { get; }

        public long StridedCount { get; }

        public int TargetedCount => _targeted.Length;

        public long NaNCount { get; }

        public long Count => StridedCount + _targeted.Length + NaNCount;

        /// <summary>Every float in [first, last] plus every NaN encoding when <paramref name="allNaNs"/>.</summary>
        public static Float32InputPlan Exhaustive(long firstOrdinal, long lastOrdinal, bool allNaNs) =>
            new Float32InputPlan(firstOrdinal, lastOrdinal, 1, Array.Empty<float>(), allNaNs);

        /// <summary>About <paramref name="samples"/> floats evenly strided by bit pattern over [first, last], plus targeted inputs.</summary>
        public static Float32InputPlan Strided(long firstOrdinal, long lastOrdinal, long samples, float[] targeted)
        {
            long range = lastOrdinal - firstOrdinal + 1;
            long stride = Math.Max(1, (range + samples - 1) / samples);
            return new Float32InputPlan(firstOrdinal, lastOrdinal, stride, targeted, allNaNs: false);
        }

        /// <summary>Writes inputs [start, start + destination.Length) of the plan.</summary>
        public void Fill(long start, Span<float> destination)
        {
            for (int i = 0; i < destination.Length; i++)
            {
                destination[i] = InputAt(start + i);
            }
        }

        public float InputAt(long index)
        {
            if (index < StridedCount)
            {
                return FloatOrdinals.SingleFromOrdinal(FirstOrdinal + index * Stride);
            }
            index -= StridedCount;
            if (index < _targeted.Length)
            {
                return _targeted[index];
            }
            index -= _targeted.Length;
            // NaN encodings: exponent all ones, fraction 1 .. 2^23 - 1, positive then negative.
            long fraction = index % ((1L << 23) - 1) + 1;
            uint sign = index < (1L << 23) - 1 ? 0u : 0x8000_0000u;
            return BitConverter.Int32BitsToSingle((int)(sign | 0x7F80_0000u | (uint)fraction));
        }
    }
}
