using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace NumericKernels;

/// <summary>
/// bfloat16: the upper 16 bits of an IEEE 754 binary32 (1 sign, 8 exponent, 7 mantissa bits, bias 127), with infinities, NaNs and subnormals as binary32 has them.
/// </summary>
/// <remarks>
/// Conversions from <see cref="float"/> and <see cref="double"/> are exact roundings in every <see cref="RoundingMode"/>
/// and <see cref="OverflowMode"/> (the explicit operators round to nearest, ties to even, and overflow to infinity, as
/// the IEEE conversion and earlier versions of this type do); conversions to <see cref="float"/> and <see cref="double"/> are exact. These are the
/// reference semantics the generated [Quantize] and [Dequantize] kernels are tested against.
/// </remarks>
public readonly struct BFloat16 :
    IEquatable<BFloat16>, IComparable<BFloat16>, IComparable, ISpanFormattable, ISpanParsable<BFloat16>,
    IEqualityOperators<BFloat16, BFloat16, bool>, IComparisonOperators<BFloat16, BFloat16, bool>, IMinMaxValue<BFloat16>
{
    private static MiniFloatFormat Format => MiniFloatFormat.BFloat16;

    private BFloat16(uint bits) => RawValue = (ushort)bits;

    /// <summary>The encoding, in the low bits of the storage.</summary>
    public ushort RawValue { get; }

    /// <summary>The value with encoding <paramref name="bits"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bits"/> has bits set beyond the format's width.</exception>
    public static BFloat16 FromBits(ushort bits) => bits < Format.CodeCount
        ? new(bits)
        : throw new ArgumentOutOfRangeException(nameof(bits), bits, $"BFloat16 codes are {Format.Bits} bits wide.");

    /// <summary>The largest finite value.</summary>
    public static BFloat16 MaxValue => new(Format.MaxFiniteCode);

    /// <summary>The most negative finite value.</summary>
    public static BFloat16 MinValue => new(Format.MaxFiniteCode | Format.SignMask);

    /// <summary>The smallest positive value.</summary>
    public static BFloat16 Epsilon => new(Format.HasSubnormals ? 1u : 0u);

    /// <summary>The NaN this type's conversions produce for a NaN of positive sign.</summary>
    public static BFloat16 NaN => new(Format.NaNCode(Math.CopySign(double.NaN, 1.0)));
    /// <summary>Positive infinity.</summary>
    public static BFloat16 PositiveInfinity => new(Format.Encode(double.PositiveInfinity, RoundingMode.ToNearestEven, OverflowMode.NonFinite));

    /// <summary>Negative infinity.</summary>
    public static BFloat16 NegativeInfinity => new(Format.Encode(double.NegativeInfinity, RoundingMode.ToNearestEven, OverflowMode.NonFinite));

    /// <summary>Rounds <paramref name="value"/> to this format.</summary>
    /// <param name="value">The value to convert.</param>
    /// <param name="rounding">Any mode but <see cref="RoundingMode.Stochastic"/> (see <see cref="FromSingleStochastic"/>).</param>
    /// <param name="overflow">What finite values beyond <see cref="MaxValue"/> and infinities become.</param>
    public static BFloat16 FromSingle(float value, RoundingMode rounding = RoundingMode.ToNearestEven, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.Encode(value, rounding, overflow));

    /// <summary>Rounds <paramref name="value"/> to this format (directly, not through <see cref="float"/>).</summary>
    /// <param name="value">The value to convert.</param>
    /// <param name="rounding">Any mode but <see cref="RoundingMode.Stochastic"/>.</param>
    /// <param name="overflow">What finite values beyond <see cref="MaxValue"/> and infinities become.</param>
    public static BFloat16 FromDouble(double value, RoundingMode rounding = RoundingMode.ToNearestEven, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.Encode(value, rounding, overflow));

    /// <summary>
    /// Rounds <paramref name="value"/> stochastically: up in magnitude when <paramref name="randomBits"/> is below the
    /// discarded fraction of a quantum times 2^32, so the expected result equals the input.
    /// </summary>
    public static BFloat16 FromSingleStochastic(float value, uint randomBits, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.EncodeStochastic(value, randomBits, overflow));

    /// <summary>
    /// Rounds to nearest, ties to even, and overflows to infinity, as binary32 rounding to 8 significant bits does (the
    /// IEEE conversion, unlike the saturating default of <see cref="FromSingle"/>); a NaN stays a quiet NaN with its sign
    /// and leading payload bits.
    /// </summary>
    public static explicit operator BFloat16(float value)
    {
        uint bits = BitConverter.SingleToUInt32Bits(value);
        if ((bits & 0x7FFF_FFFF) > 0x7F80_0000)
        {
            // Keep sign and payload top bits, force the quiet bit so truncation can never produce infinity.
            return new((bits >> 16) | 0x0040);
        }
        // Adding 0x7FFF plus the kept lowest bit rounds the discarded half to nearest, ties to even, by carry.
        uint lsb = (bits >> 16) & 1;
        return new((bits + 0x7FFF + lsb) >> 16);
    }

    /// <summary>Rounds to nearest, ties to even, overflowing to infinity (the IEEE conversion), directly from double.</summary>
    public static explicit operator BFloat16(double value) => FromDouble(value, RoundingMode.ToNearestEven, OverflowMode.NonFinite);

    /// <summary>The exact value.</summary>
    public static explicit operator float(BFloat16 value) => (float)Format.Decode(value.RawValue);

    /// <summary>The exact value.</summary>
    public static explicit operator double(BFloat16 value) => Format.Decode(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is a NaN.</summary>
    public static bool IsNaN(BFloat16 value) => Format.IsNaN(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is an infinity.</summary>
    public static bool IsInfinity(BFloat16 value) => Format.IsInfinity(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is neither NaN nor infinite.</summary>
    public static bool IsFinite(BFloat16 value) => !IsNaN(value) && !IsInfinity(value);

    /// <summary>Whether the sign bit of <paramref name="value"/> is set (true for -0).</summary>
    public static bool IsNegative(BFloat16 value) => (value.RawValue & Format.SignMask) != 0;

    /// <summary>The value with its sign bit flipped.</summary>
    public static BFloat16 operator -(BFloat16 value) => new(value.RawValue ^ Format.SignMask);

    /// <summary>Equality as <see cref="float.Equals(float)"/>: NaN equals NaN, +0 equals -0.</summary>
    public bool Equals(BFloat16 other) => ((double)this).Equals((double)other);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is BFloat16 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((double)this).GetHashCode();

    /// <summary>Order as <see cref="float.CompareTo(float)"/>: NaN first.</summary>
    public int CompareTo(BFloat16 other) => ((double)this).CompareTo((double)other);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        BFloat16 other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type BFloat16.", nameof(obj)),
    };

    /// <summary>IEEE equality: NaN is not equal to itself, +0 equals -0.</summary>
    public static bool operator ==(BFloat16 left, BFloat16 right) => (double)left == (double)right;

    /// <summary>IEEE inequality.</summary>
    public static bool operator !=(BFloat16 left, BFloat16 right) => (double)left != (double)right;

    /// <summary>IEEE less-than (false when either is NaN).</summary>
    public static bool operator <(BFloat16 left, BFloat16 right) => (double)left < (double)right;

    /// <summary>IEEE greater-than.</summary>
    public static bool operator >(BFloat16 left, BFloat16 right) => (double)left > (double)right;

    /// <summary>IEEE less-or-equal.</summary>
    public static bool operator <=(BFloat16 left, BFloat16 right) => (double)left <= (double)right;

    /// <summary>IEEE greater-or-equal.</summary>
    public static bool operator >=(BFloat16 left, BFloat16 right) => (double)left >= (double)right;

    /// <summary>The exact value in the invariant culture (shortest round-trip form).</summary>
    public override string ToString() => ((double)this).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ((double)this).ToString(format, formatProvider);

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        ((double)this).TryFormat(destination, out charsWritten, format, provider);

    /// <summary>Parses a number as <see cref="double.Parse(string, IFormatProvider)"/> does and converts it as the explicit operator does.</summary>
    public static BFloat16 Parse(string s, IFormatProvider? provider = null) => (BFloat16)double.Parse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture);

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static BFloat16 Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => (BFloat16)double.Parse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture);

    /// <summary>Parses as <see cref="Parse(string, IFormatProvider?)"/>; false when <paramref name="s"/> is not a number.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out BFloat16 result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out BFloat16)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out BFloat16 result)
    {
        bool parsed = double.TryParse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture, out double value);
        result = parsed ? (BFloat16)value : default;
        return parsed;
    }
}
