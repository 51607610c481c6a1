using System;
using System.Collections.Generic;

namespace NumericKernels.Samples.PathCheck
{
    /// <summary>The float64 counterpart of <see cref="Float32InputSet"/>: same categories, float64 thresholds.</summary>
    internal static class Float64InputSet
    {
        private const int ThresholdRadiusUlp = 8;
        private const int BinadeRadiusUlp = 2;

        // Thresholds are literals, not Math.Log results, so the input set cannot depend on the platform's libm.
        private const double Ln2 = 0.69314718055994530942;

        public static double[] Create(int randomCount)
        {
            var inputs = new List<double>();
            AddSpecialValues(inputs);
            AddThresholds(inputs);
            AddBinadeBoundaries(inputs);
            AddRandom(inputs, randomCount);
            return inputs.ToArray();
        }

        private static void AddSpecialValues(List<double> inputs)
        {
            ulong[] patterns =
            {
                0x0000000000000000, 0x8000000000000000, // +0, -0
                0x7FF0000000000000, 0xFFF0000000000000, // +Inf, -Inf
                0x7FF8000000000000, 0xFFF8000000000000, // default quiet NaNs of Arm and x64
                0x7FF0000000000001, 0x7FF8000000012345, 0xFFFFFFFFFFFFFFFF, // signalling NaN, NaNs with payloads
                0x0000000000000001, 0x8000000000000001, // smallest subnormals
                0x000FFFFFFFFFFFFF, 0x800FFFFFFFFFFFFF, // largest subnormals
                0x0010000000000000, 0x8010000000000000, // smallest normals
                0x7FEFFFFFFFFFFFFF, 0xFFEFFFFFFFFFFFFF, // MaxValue, MinValue
                0x3FF0000000000000, 0xBFF0000000000000, // +1, -1
            };
            foreach (ulong bits in patterns)
            {
                inputs.Add(BitConverter.UInt64BitsToDouble(bits));
            }
        }

        private static void AddThresholds(List<double> inputs)
        {
            double[] thresholds =
            {
                709.78271289338399684,       // ln(MaxValue): exp overflows above
                -708.39641853226410622,      // ln(2^-1022): exp result leaves the normal range
                -744.44007192138126231,      // ln(2^-1074): exp result reaches the smallest subnormal
                -745.13321910194110842,      // ln(2^-1075): exp result rounds to zero below
                1024, -1022, -1074, -1075,   // the same for exp2
                1, Math.Sqrt(0.5), Math.Sqrt(2), Math.E, // log: exact zero and the mantissa reduction boundaries
            };
            foreach (double threshold in thresholds)
            {
                AddNeighbourhood(inputs, threshold, ThresholdRadiusUlp);
                AddNeighbourhood(inputs, -threshold, ThresholdRadiusUlp);
            }
            for (int k = -1100; k <= 1100; k++)
            {
                inputs.Add(k);                // exact exp2 results
                inputs.Add(k * Ln2);          // exp near exact powers of two
            }
        }

        private static void AddBinadeBoundaries(List<double> inputs)
        {
            for (int exponent = -1074; exponent <= 1023; exponent++)
            {
                AddNeighbourhood(inputs, Math.ScaleB(1.0, exponent), BinadeRadiusUlp);
            }
        }

        /// <summary>Half raw bit patterns (every exponent equally likely), half values of magnitude below 2^11 where exp and exp2 are finite.</summary>
        private static void AddRandom(List<double> inputs, int count)
        {
            var random = new XorShift64Star(0x5EED_F64_0001UL);
            for (int i = 0; i < count; i++)
            {
                ulong bits = random.Next();
                if ((i & 1) == 1)
                {
                    const ulong SignAndMantissa = 0x800FFFFFFFFFFFFF;
                    ulong exponent = 1023 - 53 + (bits >> 52) % 64; // 2^-53 .. 2^10
                    bits = (bits & SignAndMantissa) | (exponent << 52);
                }
                inputs.Add(BitConverter.UInt64BitsToDouble(bits));
            }
        }

        private static void AddNeighbourhood(List<double> inputs, double center, int radiusUlp)
        {
            double below = center, above = center;
            inputs.Add(center);
            for (int i = 0; i < radiusUlp; i++)
            {
                below = Math.BitDecrement(below);
                above = Math.BitIncrement(above);
                inputs.Add(below);
                inputs.Add(above);
            }
        }
    }
}
