using System;
using System.Globalization;
using System.Numerics;
using NumericKernels.Generators.Emission;

namespace NumericKernels.Search.Numerics
{
    /// <summary>
    /// C99-style hexadecimal floating-point text (0x1.62e43p-1), the exact notation catalog constants and worst inputs
    /// are recorded in: zeros are 0x0p+0, subnormals 0x0.8p-126 (normalized 0x1p-127 is read too), and the specials
    /// inf, -inf and nan. Formatting is the generator's (HexFloatFormatter); parsing goes beyond the generator's
    /// Catalog.HexFloat.Parse, which by design accepts only normal constants, to every value a worst input can be.
    /// </summary>
    internal static class HexFloatText
    {
        /// <summary>The generator's own spelling (HexFloatFormatter), so records and emitted code agree.</summary>
        public static string Format(double value) => HexFloatFormatter.Format(value);

        /// <summary>The generator's own spelling (HexFloatFormatter), so records and emitted code agree.</summary>
        public static string Format(float value) => HexFloatFormatter.Format(value);

        /// <summary>Parses hex-float text (or inf, nan, or a decimal number), rounding to nearest double if needed.</summary>
        public static double ParseDouble(string text) =>
            TryParseDouble(text, out double value) ? value : throw new FormatException("Not a hex-float: '" + text + "'.");

        /// <summary>Parses hex-float text, rounding to nearest float in one step (no double rounding through double).</summary>
        public static float ParseSingle(string text) =>
            TryParseSingle(text, out float value) ? value : throw new FormatException("Not a hex-float: '" + text + "'.");

        public static bool TryParseDouble(string text, out double value)
        {
            value = 0;
            if (!TryParseParts(text, out ParsedNumber parsed)) return false;
            value = parsed.Special ?? (parsed.Negative ? -Round(parsed, BinaryFormat.Double) : Round(parsed, BinaryFormat.Double));
            return true;
        }

        public static bool TryParseSingle(string text, out float value)
        {
            value = 0;
            if (!TryParseParts(text, out ParsedNumber parsed)) return false;
            double magnitude = parsed.Special ?? Round(parsed, BinaryFormat.Single);
            // Exact: Round produced a float-representable value (or infinity).
            value = (float)(parsed.Special == null && parsed.Negative ? -magnitude : magnitude);
            return true;
        }

        /// <summary>Significand·2^Exponent with a sticky flag for nonzero digits dropped past 60 significant bits.</summary>
        private readonly record struct ParsedNumber(bool Negative, ulong Significand, long Exponent, bool Sticky, double? Special);

        private static bool TryParseParts(string text, out ParsedNumber parsed)
        {
            parsed = default;
            string s = text.Trim();
            bool negative = s.StartsWith('-');
            string body = s.StartsWith('-') || s.StartsWith('+') ? s.Substring(1) : s;
            switch (body.ToLowerInvariant())
            {
                case "inf":
                case "infinity":
                    parsed = new ParsedNumber(negative, 0, 0, false, negative ? double.NegativeInfinity : double.PositiveInfinity);
                    return true;
                case "nan":
                    parsed = new ParsedNumber(negative, 0, 0, false, double.NaN);
                    return true;
            }
            if (!body.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                // Decimal text is accepted so command-line inputs may be written either way.
                if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double decimalValue)) return false;
                parsed = new ParsedNumber(negative, 0, 0, false, decimalValue);
                return true;
            }
            ulong significand = 0;
            long exponent = 0;
            bool sticky = false, sawDigit = false, sawPoint = false;
            int i = 2;
            for (; i < body.Length; i++)
            {
                char c = body[i];
                if (c == '.')
                {
                    if (sawPoint) return false;
                    sawPoint = true;
                    continue;
                }
                int digit = HexDigit(c);
                if (digit < 0) break;
                sawDigit = true;
                if (significand >> 60 == 0)
                {
                    significand = (significand << 4) | (uint)digit;
                    if (sawPoint) exponent -= 4;
                }
                else
                {
                    sticky |= digit != 0;
                    if (!sawPoint) exponent += 4;
                }
            }
            if (!sawDigit) return false;
            if (i < body.Length)
            {
                if (body[i] != 'p' && body[i] != 'P') return false;
                if (!int.TryParse(body.AsSpan(i + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int binaryExponent)) return false;
                exponent += binaryExponent;
            }
            parsed = new ParsedNumber(negative, significand, exponent, sticky, null);
            return true;
        }

        private static int HexDigit(char c) =>
            c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

        /// <summary>Rounds Significand·2^Exponent to nearest-even in <paramref name="format"/>, subnormals and overflow included.</summary>
        private static double Round(ParsedNumber number, BinaryFormat format)
        {
            ulong m = number.Significand;
            if (m == 0) return 0.0;
            int length = 64 - BitOperations.LeadingZeroCount(m);
            long binade = number.Exponent + length - 1;
            if (binade > format.MaxExponent) return double.PositiveInfinity;
            long kept = binade >= format.MinExponent ? format.Precision : format.Precision - (format.MinExponent - binade);
            long shift = length - kept;
            if (shift <= 0)
            {
                return Math.ScaleB(m, (int)number.Exponent);
            }
            ulong quotient = shift >= 64 ? 0 : m >> (int)shift;
            ulong remainder = shift >= 64 ? m : m & ((1UL << (int)shift) - 1);
            ulong half = shift > 64 ? 0 : 1UL << (int)(shift - 1);
            bool roundUp = shift > 64
                ? false
                : remainder > half || remainder == half && (number.Sticky || (quotient & 1) == 1);
            if (roundUp) quotient++;
            long scale = number.Exponent + shift;
            // quotient·2^scale is representable in the format (or is 2^(MaxExponent+1), which becomes infinity).
            if (scale + (64 - BitOperations.LeadingZeroCount(quotient)) - 1 > format.MaxExponent) return double.PositiveInfinity;
            return Math.ScaleB(quotient, (int)Math.Max(scale, int.MinValue / 2));
        }
    }
}
