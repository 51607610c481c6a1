using System;

namespace NumericKernels.Search.Numerics
{
    /// <summary>
    /// Maps floats and doubles to integers in the same order (-Inf lowest, -0 just below +0, NaNs excluded), so a domain
    /// becomes one contiguous integer range that can be walked, strided or sampled uniformly by bit pattern.
    /// </summary>
    internal static class FloatOrdinals
    {
        public const long SinglePositiveInfinity = 0x7F80_0000;
        public const long SingleNegativeInfinity = -SinglePositiveInfinity - 1;
        public const long DoublePositiveInfinity = 0x7FF0_0000_0000_0000;
        public const long DoubleNegativeInfinity = -DoublePositiveInfinity - 1;

        public static long ToOrdinal(float value)
        {
            int bits = BitConverter.SingleToInt32Bits(value);
            return bits >= 0 ? bits : -(long)(bits & 0x7FFF_FFFF) - 1;
        }

        public static float SingleFromOrdinal(long ordinal) =>
            BitConverter.Int32BitsToSingle(ordinal >= 0 ? (int)ordinal : (int)(0x8000_0000u | (uint)(-(ordinal + 1))));

        public static long ToOrdinal(double value)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            return bits >= 0 ? bits : -(bits & long.MaxValue) - 1;
        }

        public static double DoubleFromOrdinal(long ordinal) =>
            BitConverter.Int64BitsToDouble(ordinal >= 0 ? ordinal : long.MinValue | -(ordinal + 1));

        /// <summary>Ordinal range of the floats inside [min, max]; infinities only when <paramref name="includeInfinities"/>.</summary>
        public static (long First, long Last) SingleRange(double min, double max, bool includeInfinities)
        {
            float low = (float)min;
            if (low < min) low = MathF.BitIncrement(low);
            float high = (float)max;
            if (high > max) high = MathF.BitDecrement(high);
            long first = ToOrdinal(low);
            long last = ToOrdinal(high);
            if (!includeInfinities)
            {
                first = Math.Max(first, SingleNegativeInfinity + 1);
                last = Math.Min(last, SinglePositiveInfinity - 1);
            }
            return (first, last);
        }

        /// <summary>Ordinal range of the doubles inside [min, max]; infinities only when <paramref name="includeInfinities"/>.</summary>
        public static (long First, long Last) DoubleRange(double min, double max, bool includeInfinities)
        {
            long first = ToOrdinal(min);
            long last = ToOrdinal(max);
            if (!includeInfinities)
            {
                first = Math.Max(first, DoubleNegativeInfinity + 1);
                last = Math.Min(last, DoublePositiveInfinity - 1);
            }
            return (first, last);
        }
    }
}
