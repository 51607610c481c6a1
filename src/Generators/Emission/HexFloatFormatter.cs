using System;
using System.Globalization;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Exact C99-style hex-float spellings (0x1.8p+1), written next to decimal literals in generated code so a reader
    /// sees the exact value a constant holds.
    /// </summary>
    internal static class HexFloatFormatter
    {
        public static string Format(double value)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            return Format(bits < 0, (int)((bits >> 52) & 0x7FF), bits & 0xF_FFFF_FFFF_FFFFL, fractionHexDigits: 13, bias: 1023, fractionShift: 0);
        }

        public static string Format(float value)
        {
            int bits = SingleBits(value);
            // 23 fraction bits, shifted left once so they fill six hex digits.
            return Format(bits < 0, (bits >> 23) & 0xFF, bits & 0x7F_FFFF, fractionHexDigits: 6, bias: 127, fractionShift: 1);
        }

        private static string Format(bool negative, int biasedExponent, long fraction, int fractionHexDigits, int bias, int fractionShift)
        {
            string sign = negative ? "-" : string.Empty;
            int maxExponent = bias * 2 + 1;
            if (biasedExponent == maxExponent)
            {
                return fraction == 0 ? sign + "inf" : "nan";
            }
            if (biasedExponent == 0 && fraction == 0)
            {
                return sign + "0x0p+0";
            }
            bool subnormal = biasedExponent == 0;
            int exponent = subnormal ? 1 - bias : biasedExponent - bias;
            string digits = (fraction << fractionShift).ToString("x" + fractionHexDigits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).TrimEnd('0');
            string mantissa = (subnormal ? "0" : "1") + (digits.Length == 0 ? string.Empty : "." + digits);
            return sign + "0x" + mantissa + "p" + (exponent >= 0 ? "+" : "-") + Math.Abs(exponent).ToString(CultureInfo.InvariantCulture);
        }

        // BitConverter.SingleToInt32Bits is missing from netstandard2.0.
        private static int SingleBits(float value) => BitConverter.ToInt32(BitConverter.GetBytes(value), 0);
    }
}
