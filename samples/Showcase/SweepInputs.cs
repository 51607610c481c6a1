using System;
using System.Collections.Generic;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>
    /// Accuracy sweep inputs: half evenly spaced in the bit patterns over [bitsLo, bitsHi] (so every binade is sampled,
    /// tiny magnitudes included), half uniform in value over [valueLo, valueHi] (so the range where results vary most is
    /// dense), plus the IEEE special values when the kernel covers the whole type.
    /// </summary>
    internal static class SweepInputs
    {
        private const int Seed = 20240613;

        public static float[] Float32(int count, float bitsLo, float bitsHi, float valueLo, float valueHi, bool includeSpecialValues)
        {
            var inputs = new List<float>(count + 16);
            long first = OrderedKey(bitsLo), last = OrderedKey(bitsHi);
            var random = new Random(Seed);
            for (int i = 0; i < count / 2; i++)
            {
                inputs.Add(SingleFromOrderedKey(first + (long)((double)(last - first) * i / (count / 2 - 1))));
                inputs.Add((float)(valueLo + (valueHi - (double)valueLo) * random.NextDouble()));
            }
            if (includeSpecialValues)
            {
                inputs.AddRange(new[]
                {
                    0f, -0f, float.Epsilon, -float.Epsilon, float.MaxValue, float.MinValue,
                    float.PositiveInfinity, float.NegativeInfinity, float.NaN, 1f, -1f,
                });
            }
            return inputs.ToArray();
        }

        public static double[] Float64(int count, double bitsLo, double bitsHi, double valueLo, double valueHi, bool includeSpecialValues)
        {
            var inputs = new List<double>(count + 16);
            var random = new Random(Seed);
            // Ordered keys of doubles can be 2^64 apart, past long's range: interpolate in decimal.
            decimal first = OrderedKey(bitsLo), span = (decimal)OrderedKey(bitsHi) - first;
            for (int i = 0; i < count / 2; i++)
            {
                double fraction = (double)i / (count / 2 - 1);
                inputs.Add(DoubleFromOrderedKey((long)(first + span * (decimal)fraction)));
                inputs.Add(valueLo + (valueHi - valueLo) * random.NextDouble());
            }
            if (includeSpecialValues)
            {
                inputs.AddRange(new[]
                {
                    0d, -0d, double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue,
                    double.PositiveInfinity, double.NegativeInfinity, double.NaN, 1d, -1d,
                });
            }
            return inputs.ToArray();
        }

        /// <summary>Maps a float to an integer that increases with the float's value (negative floats mirrored below zero).</summary>
        private static long OrderedKey(float value)
        {
            int bits = BitConverter.SingleToInt32Bits(value);
            return bits >= 0 ? bits : -(long)(bits & int.MaxValue);
        }

        private static float SingleFromOrderedKey(long key) =>
            key >= 0 ? BitConverter.Int32BitsToSingle((int)key) : BitConverter.Int32BitsToSingle((int)(-key) | int.MinValue);

        private static long OrderedKey(double value)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            return bits >= 0 ? bits : -(bits & long.MaxValue);
        }

        private static double DoubleFromOrderedKey(long key) =>
            key >= 0 ? BitConverter.Int64BitsToDouble(key) : BitConverter.Int64BitsToDouble(-key | long.MinValue);
    }
}
