using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Quantization
{
    /// <summary>
    /// The per-lane conversions of a quantization kernel, written once as text over a vector class name ("Vector128",
    /// "Vector256", "Vector512"), so every width (and the tail, which runs the Vector128 text on a padded buffer) performs
    /// the same IEEE and integer operations in the same order and gives the same bits as the reference
    /// (NumericKernels.NumberFormats in src/Runtime).
    /// </summary>
    /// <remarks>
    /// Encoding a float x to a floating-point element format with m mantissa bits: the quantum of x's binade in the
    /// target is q = 2^(max(e, emin) - m), built from the bits of x; n = |x|/q is exact (a power-of-two scaling) and below
    /// 2^(m+1); n is rounded to an integer by the rounding mode, the product r·q is the exact rounded magnitude, and its
    /// code is read off its float bits (normal) or is r itself (subnormal). Overflow, infinity and NaN are selected last.
    /// bfloat16 keeps float's exponent range, so it rounds by adding an increment to the float bits instead.
    /// </remarks>
    internal static class QuantizeLaneEmitter
    {
        private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A float literal that round-trips exactly (the values here are powers of two and format maxima).</summary>
        private static string F(double value) => NumberLiterals.Literal(value, Catalog.ElementKind.Float32);

        /// <summary>The body of <c>static V&lt;int&gt; Encode(V&lt;float&gt; x)</c>.</summary>
        public static IEnumerable<string> Encode(QuantizeKernel kernel, string v)
        {
            ElementFormat f = kernel.Format;
            var lines = new List<string>
            {
                $"{v}<int> bits = x.AsInt32();",
                $"{v}<int> magnitudeBits = bits & {v}.Create(0x7FFFFFFF);",
                $"{v}<int> negative = {v}.LessThan(bits, {v}<int>.Zero);",
            };
            if (f.IsInteger)
            {
                lines.AddRange(EncodeInteger(kernel, f, v));
            }
            else if (f.Id == NumberFormatId.BFloat16)
            {
                lines.AddRange(EncodeBFloat16(kernel, v));
            }
            else
            {
                lines.AddRange(EncodeFloat(kernel, f, v));
            }
            return lines;
        }

        private static IEnumerable<string> EncodeFloat(QuantizeKernel kernel, ElementFormat f, string v)
        {
            int m = f.MantissaBits;
            int minNormalBiased = f.MinNormalExponent + 127;
            uint expAllOnes = ((1u << f.ExponentBits) - 1) << m;
            int twiceMaxBits = System.BitConverter.ToInt32(System.BitConverter.GetBytes((float)(2 * f.MaxFinite)), 0);
            bool nearestEven = kernel.Rounding == RoundingModeId.ToNearestEven;
            if (!nearestEven)
            {
                yield return "// From twice the largest finite value up (infinity and NaN too) every rounding overflows: clamping there keeps the";
                yield return "// arithmetic below finite; the overflow and NaN selections at the end use the unclamped bits.";
                yield return $"{v}<int> clamped = {v}.Min(magnitudeBits, {v}.Create({I(twiceMaxBits)}));";
            }
            else
            {
                yield return "// No clamp: from infinity up (NaN payloads too) the unsigned shifts below still give a code beyond the largest finite one.";
                yield return $"{v}<int> clamped = magnitudeBits;";
            }
            if (nearestEven)
            {
                int shift = 23 - m;
                int minNormalBits = minNormalBiased << 23;
                int magic = (f.MinNormalExponent - m + 23 + 127) << 23;
                yield return $"// Normal range: adding 2^{I(shift - 1)} - 1 plus the last kept bit to the float bits carries into the kept {I(m)} mantissa bits exactly";
                yield return "// when round-to-nearest-even goes up (a carry out of the mantissa moves to the next binade); the exponent's rebias, a multiple";
                yield return $"// of 2^{I(shift)}, is taken off in the same addition (the sum is not negative from the smallest normal up, where this is used).";
                yield return $"{v}<int> normal = {v}.ShiftRightLogical(clamped + {v}.Create({I((1L << (shift - 1)) - 1 - ((long)(127 - f.Bias) << 23))}) + ({v}.ShiftRightLogical(clamped, {I(shift)}) & {v}.Create(1)), {I(shift)});";
                yield return $"// Below 2^{I(f.MinNormalExponent)}: adding 2^{I(f.MinNormalExponent - m + 23)} leaves the quanta of 2^{I(f.MinNormalExponent - m)}, rounded by the hardware, in the low bits.";
                yield return $"{v}<int> subnormal = ({v}.Create({F(ElementFormat.PowerOfTwo(f.MinNormalExponent - m + 23))}) + clamped.AsSingle()).AsInt32() - {v}.Create({I(magic)});";
                yield return $"{v}<int> code = {v}.ConditionalSelect({v}.LessThan(clamped, {v}.Create({I(minNormalBits)})), subnormal, normal);";
            }
            else
            {
                foreach (string line in EncodeFloatByQuanta(kernel, f, v, m, minNormalBiased))
                {
                    yield return line;
                }
            }
            uint nonFinite = f.HasInfinity ? expAllOnes : (1u << (f.ExponentBits + m)) - 1;
            if (nearestEven && f.NonFinite == NonFiniteKind.AllOnesNaN)
            {
                // One NaN code, just above the largest finite one: overflow saturates there, and a NaN input (above infinity's
                // bits) adds one; or, overflowing to NaN, everything beyond the largest finite code is that NaN.
                yield return kernel.Overflow == OverflowModeId.Saturate
                    ? kernel.Blocked
                        ? $"code = {v}.Min(code, {v}.Create({I(f.MaxFiniteCode)}));"
                        : $"code = {v}.Min(code, {v}.Create({I(f.MaxFiniteCode)})) - {v}.GreaterThan(magnitudeBits, {v}.Create(0x7F800000));"
                    : $"code = {v}.Min(code, {v}.Create({I(nonFinite)}));";
                yield return $"return code | (negative & {v}.Create({I(f.SignMask)}));";
                yield break;
            }
            if (kernel.Overflow == OverflowModeId.Saturate)
            {
                yield return $"code = {v}.Min(code, {v}.Create({I(f.MaxFiniteCode)}));";
            }
            else
            {
                yield return $"{v}<int> overflow = {v}.GreaterThan(code, {v}.Create({I(f.MaxFiniteCode)}));";
                yield return $"code = {v}.ConditionalSelect(overflow, {OverflowCode(kernel, f.MaxFiniteCode, nonFinite, v)}, code);";
            }
            yield return $"code |= negative & {v}.Create({I(f.SignMask)});";
            if (kernel.Blocked)
            {
                yield return "// In a block a NaN or infinity makes the scale NaN and the block's codes zero (keep), and scaled elements are finite:";
                yield return "// no lane that reaches here is told apart by a NaN test.";
                yield return "return code;";
                yield break;
            }
            string nan = f.NonFinite switch
            {
                NonFiniteKind.Ieee => $"(negative & {v}.Create({I(f.SignMask)})) | {v}.Create({I(expAllOnes | (1u << (m - 1)))}) | ({v}.ShiftRightLogical(bits, {I(23 - m)}) & {v}.Create({I((1u << m) - 1)}))",
                NonFiniteKind.AllOnesNaN => $"(negative & {v}.Create({I(f.SignMask)})) | {v}.Create({I((1u << (f.ExponentBits + m)) - 1)})",
                _ => $"{v}.Create({I(f.SignMask)})",
            };
            yield return $"return {v}.ConditionalSelect({v}.Equals(x, x).AsInt32(), code, {nan});";
        }

        /// <summary>Every rounding mode: the magnitude in quanta of its binade, rounded to an integer, plus the binade's first code.</summary>
        private static IEnumerable<string> EncodeFloatByQuanta(QuantizeKernel kernel, ElementFormat f, string v, int m, int minNormalBiased)
        {
            yield return $"// The binade of x in the target (at least the smallest normal one) and its quantum 2^(binade - {I(m)}).";
            yield return $"{v}<int> binade = {v}.Max({v}.ShiftRightLogical(clamped, 23), {v}.Create({I(minNormalBiased)}));";
            yield return $"{v}<int> quantumBits = {v}.ShiftLeft(binade, 23) - {v}.Create({I((long)m << 23)});";
            yield return $"{v}<float> n = clamped.AsSingle() * ({v}.Create({I(254L << 23)}) - quantumBits).AsSingle();";
            foreach (string line in Round(kernel.Rounding, v, "n", "r"))
            {
                yield return line;
            }
            yield return "// r quanta above the start of the binade, whose code is (binade - emin) << m: a rounding up to the next binade carries.";
            yield return $"{v}<int> code = {v}.ConvertToInt32(r) + {v}.ShiftLeft(binade - {v}.Create({I(minNormalBiased)}), {I(m)});";
        }

        private static IEnumerable<string> EncodeBFloat16(QuantizeKernel kernel, string v)
        {
            string increment = kernel.Rounding switch
            {
                RoundingModeId.ToNearestEven => $"{v}.Create(0x7FFF) + ({v}.ShiftRightLogical(magnitudeBits, 16) & {v}.Create(1))",
                RoundingModeId.ToNearestAway => $"{v}.Create(0x8000)",
                RoundingModeId.TowardPositive => $"{v}.AndNot({v}.Create(0xFFFF), negative)",
                RoundingModeId.TowardNegative => $"negative & {v}.Create(0xFFFF)",
                // random holds 16 bits (NumericKernels.StochasticRounding.RandomBits16): up exactly when random is below
                // the low 16 bits, and then 0xFFFF - random carries.
                RoundingModeId.Stochastic => $"(random ^ {v}.Create(0xFFFF))",
                _ => $"{v}<int>.Zero",
            };
            yield return "// bfloat16 shares float's exponent: the increment carries into the kept bits exactly when the rounding goes up.";
            yield return $"{v}<int> code = {v}.ShiftRightLogical(magnitudeBits + ({increment}), 16);";
            yield return $"{v}<int> overflow = {v}.GreaterThanOrEqual(code, {v}.Create(0x7F80));";
            yield return $"code = {v}.ConditionalSelect(overflow, {OverflowCode(kernel, 0x7F7F, 0x7F80, v)}, code);";
            yield return $"code |= negative & {v}.Create(0x8000);";
            yield return $"return {v}.ConditionalSelect({v}.Equals(x, x).AsInt32(), code, {v}.ShiftRightLogical(bits, 16) | {v}.Create(0x40));";
        }

        private static IEnumerable<string> EncodeInteger(QuantizeKernel kernel, ElementFormat f, string v)
        {
            int max = (int)f.MaxFiniteCode;
            if (kernel.Blocked)
            {
                yield return $"// MXINT fixed point: the block-scaled value is clamped to the symmetric range of {I(max)} steps first.";
                yield return $"{v}<float> n = {v}.Min(magnitudeBits.AsSingle(), {v}.Create({I(max)}f));";
            }
            else
            {
                yield return "// Anything from 256 up saturates; clamping first keeps the rounding below 2^23.";
                yield return $"{v}<float> a = magnitudeBits.AsSingle();";
                yield return $"{v}<float> n = {v}.ConditionalSelect({v}.LessThan(a, {v}.Create(256f)), a, {v}.Create(256f));";
            }
            foreach (string line in Round(kernel.Rounding, v, "n", "r"))
            {
                yield return line;
            }
            yield return $"{v}<int> magnitude = {v}.Min({v}.ConvertToInt32(r), {v}.Create({I(max + 1)}));";
            yield return $"{v}<int> value = {v}.Min({v}.ConditionalSelect(negative, -magnitude, magnitude), {v}.Create({I(max)}));";
            yield return $"return {v}.ConditionalSelect({v}.Equals(x, x).AsInt32(), value & {v}.Create({I((1 << f.Bits) - 1)}), {v}<int>.Zero);";
        }

        /// <summary>Rounds the non-negative magnitude <paramref name="n"/> (below 2^23) to an integer-valued <paramref name="r"/>.</summary>
        private static IEnumerable<string> Round(RoundingModeId rounding, string v, string n, string r)
        {
            switch (rounding)
            {
                case RoundingModeId.ToNearestEven:
                    yield return $"// Adding and subtracting 2^23 rounds to an integer by the hardware's ties-to-even rounding.";
                    yield return $"{v}<float> {r} = ({n} + {v}.Create(8388608f)) - {v}.Create(8388608f);";
                    break;
                case RoundingModeId.ToNearestAway:
                    yield return $"{v}<float> down = {v}.Floor({n});";
                    yield return $"{v}<float> {r} = {v}.ConditionalSelect({v}.GreaterThanOrEqual({n} - down, {v}.Create(0.5f)), down + {v}.Create(1f), down);";
                    break;
                case RoundingModeId.TowardPositive:
                    yield return $"{v}<float> {r} = {v}.ConditionalSelect(negative.AsSingle(), {v}.Floor({n}), {v}.Ceiling({n}));";
                    break;
                case RoundingModeId.TowardNegative:
                    yield return $"{v}<float> {r} = {v}.ConditionalSelect(negative.AsSingle(), {v}.Ceiling({n}), {v}.Floor({n}));";
                    break;
                case RoundingModeId.Stochastic:
                    yield return $"// Up when the random word, unsigned, lies below the fraction times 2^32: ceil(t) is an exact float integer";
                    yield return $"// (t has 24 significant bits), converted to the unsigned threshold in two ranges.";
                    yield return $"{v}<float> down = {v}.Floor({n});";
                    yield return $"{v}<float> ceiling = {v}.Ceiling(({n} - down) * {v}.Create(4294967296f));";
                    yield return $"{v}<int> high = {v}.GreaterThanOrEqual(ceiling, {v}.Create(2147483648f)).AsInt32();";
                    yield return $"{v}<int> threshold = {v}.ConditionalSelect(high, {v}.ConvertToInt32(ceiling - {v}.Create(2147483648f)) ^ {v}.Create(int.MinValue), {v}.ConvertToInt32(ceiling));";
                    yield return $"{v}<float> {r} = down + ({v}.LessThan(random.AsUInt32(), threshold.AsUInt32()).AsSingle() & {v}.Create(1f));";
                    break;
                default:
                    yield return $"{v}<float> {r} = {v}.Floor({n});";
                    break;
            }
        }

        /// <summary>
        /// The magnitude code of a lane whose rounded value passed the largest finite one: the largest finite code when
        /// saturating or when IEEE 754 (clause 7.4) rounds that overflow back toward zero, else infinity or NaN.
        /// </summary>
        private static string OverflowCode(QuantizeKernel kernel, uint maxFinite, uint nonFinite, string v)
        {
            string max = $"{v}.Create({I(maxFinite)})";
            string beyond = $"{v}.Create({I(nonFinite)})";
            if (kernel.Overflow == OverflowModeId.Saturate)
            {
                return max;
            }
            string finite = $"{v}.LessThan(magnitudeBits, {v}.Create(0x7F800000))";
            return kernel.Rounding switch
            {
                RoundingModeId.TowardZero => $"{v}.ConditionalSelect({finite}, {max}, {beyond})",
                RoundingModeId.TowardPositive => $"{v}.ConditionalSelect({finite} & negative, {max}, {beyond})",
                RoundingModeId.TowardNegative => $"{v}.ConditionalSelect({v}.AndNot({finite}, negative), {max}, {beyond})",
                _ => beyond,
            };
        }

        /// <summary>The body of <c>static V&lt;float&gt; Decode(V&lt;int&gt; code)</c>: exact values, NaN as the reference gives it.</summary>
        public static IEnumerable<string> Decode(QuantizeKernel kernel, string v)
        {
            ElementFormat f = kernel.Format;
            if (f.IsInteger)
            {
                int shift = 32 - f.Bits;
                yield return $"return {v}.ConvertToSingle({v}.ShiftRightArithmetic({v}.ShiftLeft(code, {I(shift)}), {I(shift)}));";
                yield break;
            }
            if (f.Id == NumberFormatId.BFloat16)
            {
                yield return $"return {v}.ShiftLeft(code, 16).AsSingle();";
                yield break;
            }
            int m = f.MantissaBits;
            uint magnitudeMask = (1u << (f.ExponentBits + m)) - 1;
            yield return $"{v}<int> magnitude = code & {v}.Create({I(magnitudeMask)});";
            yield return $"{v}<int> sign = {v}.ShiftLeft(code & {v}.Create({I(f.SignMask)}), {I(32 - f.Bits)});";
            yield return "// Normal codes: the fields moved to float's places and the exponent rebiased in the integer domain. Subnormal codes:";
            yield return "// the mantissa converted exactly and scaled by a power of two (no float subnormal is ever an operand: they are slow).";
            yield return $"{v}<int> normal = {v}.ShiftLeft(magnitude, {I(23 - m)}) + {v}.Create({I((127L - f.Bias) << 23)});";
            yield return $"{v}<int> subnormal = ({v}.ConvertToSingle(magnitude) * {v}.Create({F(ElementFormat.PowerOfTwo(f.MinNormalExponent - m))})).AsInt32();";
            yield return $"{v}<int> value = {v}.ConditionalSelect({v}.LessThan(magnitude, {v}.Create({I(1L << m)})), subnormal, normal) | sign;";
            switch (f.NonFinite)
            {
                case NonFiniteKind.AllOnesNaN:
                    yield return $"return {v}.ConditionalSelect({v}.Equals(magnitude, {v}.Create({I(magnitudeMask)})), sign | {v}.Create(0x7FC00000), value).AsSingle();";
                    break;
                case NonFiniteKind.Ieee:
                    uint expMask = ((1u << f.ExponentBits) - 1) << m;
                    yield return $"{v}<int> mantissa = code & {v}.Create({I((1u << m) - 1)});";
                    yield return $"{v}<int> quiet = {v}.AndNot({v}.Create(0x00400000), {v}.Equals(mantissa, {v}<int>.Zero));";
                    yield return $"{v}<int> special = sign | {v}.Create(0x7F800000) | quiet | {v}.ShiftLeft(mantissa, {I(23 - m)});";
                    yield return $"return {v}.ConditionalSelect({v}.Equals(code & {v}.Create({I(expMask)}), {v}.Create({I(expMask)})), special, value).AsSingle();";
                    break;
                default:
                    yield return "return value.AsSingle();";
                    break;
            }
        }
    }
}
