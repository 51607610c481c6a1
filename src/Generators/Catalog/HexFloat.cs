using System;
using System.Globalization;

namespace NumericKernels.Generators.Catalog
{
    /// <summary>
    /// Exact hex-float literals (C99 %a style, e.g. -0x1.62e43p-1) for catalog constants: C# has no hex-float
    /// literal, and a decimal string would hide whether a constant is the intended binary value.
    /// </summary>
    internal static class HexFloat
    {
        /// <summary>Parses a normal hex-float whose significand fits in 53 bits; anything else is a catalog bug and throws.</summary>
        public static double Parse(string text)
        {
            string s = text.Trim();
            bool negative = s.StartsWith("-", StringComparison.Ordinal);
            if (negative || s.StartsWith("+", StringComparison.Ordinal)) s = s.Substring(1);
            if (!s.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) throw new FormatException("Not a hex-float: " + text);
            int p = s.IndexOfAny(new[] { 'p', 'P' });
            if (p < 0) throw new FormatException("Hex-float without exponent: " + text);
            int exponent = int.Parse(s.Substring(p + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            ulong mantissa = 0;
            bool afterPoint = false;
            for (int i = 2; i < p; i++)
            {
                char c = s[i];
                if (c == '.') { afterPoint = true; continue; }
                int digit = Uri.IsHexDigit(c) ? Convert.ToInt32(c.ToString(), 16) : throw new FormatException("Bad digit in " + text);
                if (mantissa >> 56 != 0) throw new FormatException("Too many digits in " + text);
                mantissa = (mantissa << 4) | (uint)digit;
                if (afterPoint) exponent -= 4;
            }
            if (mantissa == 0) return negative ? -0.0 : 0.0;
            // Normalize to 1.xxx * 2^e with the leading one at bit 52.
            int shift = 0;
            while ((mantissa >> 53) != 0)
            {
                if ((mantissa & 1) != 0) throw new FormatException("More than 53 significant bits in " + text);
                mantissa >>= 1;
                shift++;
            }
            while ((mantissa >> 52) == 0)
            {
                mantissa <<= 1;
                shift--;
            }
            int binaryExponent = exponent + shift + 52;
            if (binaryExponent < -1022 || binaryExponent > 1023) throw new FormatException("Exponent out of the normal range in " + text);
            ulong bits = ((ulong)(binaryExponent + 1023) << 52) | (mantissa & 0xF_FFFF_FFFF_FFFFUL);
            if (negative) bits |= 1UL << 63;
            return BitConverter.Int64BitsToDouble((long)bits);
        }

        /// <summary>Parses a constant that must be exactly a float.</summary>
        public static float ParseSingle(string text)
        {
            double value = Parse(text);
            float single = (float)value;
            if (single != value) throw new FormatException("Not exactly representable as float: " + text);
            return single;
        }

        /// <summary>
        /// A C# literal that converts to exactly this value: 9 significant digits for float, 17 for double, which round-trip
        /// on every runtime that may host the generator (unlike "R" on .NET Framework).
        /// </summary>
        public static string ToCSharpLiteral(double value, bool single)
        {
            if (single)
            {
                string f = ((float)value).ToString("G9", CultureInfo.InvariantCulture);
                return EnsureRealLiteral(f) + "f";
            }
            return EnsureRealLiteral(value.ToString("G17", CultureInfo.InvariantCulture)) + "d";
        }

        private static string EnsureRealLiteral(string digits) =>
            digits.IndexOfAny(new[] { '.', 'E', 'e' }) >= 0 ? digits : digits + ".0";
    }
}
