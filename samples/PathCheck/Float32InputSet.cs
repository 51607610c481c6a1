using System;
using System.Collections.Generic;

namespace NumericKernels.Samples.PathCheck
{
    /// <summary>
    /// Deterministic float32 inputs: IEEE special values, the thresholds where exp/exp2 overflow or underflow and log's
    /// reduction switches, every binade boundary, then pseudo-random bit patterns from a fixed seed.
    /// </summary>
    internal static class Float32InputSet
    {
        private const int ThresholdRadiusUlp = 8;
        private const int BinadeRadiusUlp = 2;

        // Thresholds are literals, not Math.Log results, so the input set cannot depend on the platform's libm.
        private const double Ln2 = 0.69314718055994530942;

        public static float[] Create(int randomCount)
        {
            var inputs = new List<float>();
            AddSpecialValues(inputs);
            AddThresholds(inputs);
            AddBinadeBoundaries(inputs);
            AddRandom(inputs, randomCount);
            return inputs.ToArray();
        }

        private static void AddSpecialValues(List<float> inputs)
        {
            uint[] patterns =
            {
                0x00000000, 0x80000000,             // +0, -0
                0x7F800000, 0xFF800000,             // +Inf, -Inf
                0x7FC00000, 0xFFC00000,             // default quiet NaNs of Arm and x64
                0x7F800001, 0x7FC12345, 0xFFFFFFFF, // signalling NaN, NaNs with payloads
                0x00000001, 0x80000001,             // smallest subnormals
                0x007FFFFF, 0x807FFFFF,             // largest subnormals
                0x00800000, 0x80800000,             // smallest normals
                0x7F7FFFFF, 0xFF7FFFFF,             // MaxValue, MinValue
                0x3F800000, 0xBF800000,             // +1, -1
            };
            foreach (uint bits in patterns)
            {
                inputs.Add(BitConverter.UInt32BitsToSingle(bits));
            }
        }

        private static void AddThresholds(List<float> inputs)
        {
            double[] thresholds =
            {
                88.722839052068368,           // ln(MaxValue): exp overflows above
                -87.336544750553102,          // ln(2^-126): exp result leaves the normal range
                -103.27892990343185,          // ln(2^-149): exp result reaches the smallest subnormal
                -103.97207708399179,          // ln(2^-150): exp result rounds to zero below
                128, -126, -149, -150,        // the same for exp2
                1, Math.Sqrt(0.5), Math.Sqrt(2), Math.E, // log: exact zero and the mantissa reduction boundaries
                0.875, 2.25, 3.92, 7.888609052210118e-31, // erf: piece splits, where the result becomes 1, the tiny-input limit
            };
            foreach (double threshold in thresholds)
            {
                AddNeighbourhood(inputs, (float)threshold, ThresholdRadiusUlp);
                AddNeighbourhood(inputs, (float)-threshold, ThresholdRadiusUlp);
            }
            for (int k = -160; k <= 160; k++)
            {
                inputs.Add(k);                 // exact exp2 results
                inputs.Add((float)(k * Ln2));  // exp near exact powers of two
            }
        }

        private static void AddBinadeBoundaries(List<float> inputs)
        {
            for (int exponent = -149; exponent <= 127; exponent++)
            {
                AddNeighbourhood(inputs, (float)Math.ScaleB(1.0, exponent), BinadeRadiusUlp);
            }
        }

        /// <summary>Half raw bit patterns (every exponent equally likely), half values of magnitude below 2^8 where exp and exp2 are finite.</summary>
        private static void AddRandom(List<float> inputs, int count)
        {
            var random = new XorShift64Star(0x5EED_F32_0001UL);
            for (int i = 0; i < count; i++)
            {
                uint bits = (uint)(random.Next() >> 32);
                if ((i & 1) == 1)
                {
                    const uint SignAndMantissa = 0x807FFFFF;
                    uint exponent = 127 - 24 + (bits >> 23) % 32; // 2^-24 .. 2^7
                    bits = (bits & SignAndMantissa) | (exponent << 23);
                }
                inputs.Add(BitConverter.UInt32BitsToSingle(bits));
            }
        }

        private static void AddNeighbourhood(List<float> inputs, float center, int radiusUlp)
        {
            float below = center, above = center;
            inputs.Add(center);
            for (int i = 0; i < radiusUlp; i++)
            {
                below = MathF.BitDecrement(below);
                above = MathF.BitIncrement(above);
                inputs.Add(below);
                inputs.Add(above);
            }
        }
    }
}
