using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace NumericKernels;

/// <summary>
/// OCP Microscaling FP6 E2M3: 1 sign, 2 exponent and 3 mantissa bits, bias 1, in the low 6 bits of a byte. Every code is finite (no infinity, no NaN); the largest value is 7.5 and the smallest positive 2^-3.
/// </summary>
/// <remarks>
/// Conversions from <see cref="float"/> and <see cref="double"/> are exact roundings in every <see cref="RoundingMode"/>
/// and <see cref="OverflowMode"/> (the explicit operators round to nearest, ties to even, and saturate, as the
/// generator's default does); conversions to <see cref="float"/> and <see cref="double"/> are exact. These are the
/// reference semantics the generated [Quantize] and [Dequantize] kernels are tested against.
/// </remarks>
public readonly struct Float6E2M3 :
    IEquatable<Float6E2M3>, IComparable<Float6E2M3>, IComparable, ISpanFormattable, ISpanParsable<Float6E2M3>,
    IEqualityOperators<Float6E2M3, Float6E2M3, bool>, IComparisonOperators<Float6E2M3, Float6E2M3, bool>, IMinMaxValue<Float6E2M3>
{
    private static MiniFloatFormat Format => MiniFloatFormat.Float6E2M3;

    private Float6E2M3(uint bits) => RawValue = (byte)bits;

    /// <summary>The encoding, in the low bits of the storage.</summary>
    public byte RawValue { get; }

    /// <summary>The value with encoding <paramref name="bits"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bits"/> has bits set beyond the format's width.</exception>
    public static Float6E2M3 FromBits(byte bits) => bits < Format.CodeCount
        ? new(bits)
        : throw new ArgumentOutOfRangeException(nameof(bits), bits, $"Float6E2M3 codes are {Format.Bits} bits wide.");

    /// <summary>The largest finite value.</summary>
    public static Float6E2M3 MaxValue => new(Format.MaxFiniteCode);

    /// <summary>The most negative finite value.</summary>
    public static Float6E2M3 MinValue => new(Format.MaxFiniteCode | Format.SignMask);

    /// <summary>The smallest positive value.</summary>
    public static Float6E2M3 Epsilon => new(Format.HasSubnormals ? 1u : 0u);


    /// <summary>Rounds <paramref name="value"/> to this format.</summary>
    /// <param name="value">The value to convert.</param>
    /// <param name="rounding">Any mode but <see cref="RoundingMode.Stochastic"/> (see <see cref="FromSingleStochastic"/>).</param>
    /// <param name="overflow">What finite values beyond <see cref="MaxValue"/> and infinities become.</param>
    public static Float6E2M3 FromSingle(float value, RoundingMode rounding = RoundingMode.ToNearestEven, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.Encode(value, rounding, overflow));

    /// <summary>Rounds <paramref name="value"/> to this format (directly, not through <see cref="float"/>).</summary>
    /// <param name="value">The value to convert.</param>
    /// <param name="rounding">Any mode but <see cref="RoundingMode.Stochastic"/>.</param>
    /// <param name="overflow">What finite values beyond <see cref="MaxValue"/> and infinities become.</param>
    public static Float6E2M3 FromDouble(double value, RoundingMode rounding = RoundingMode.ToNearestEven, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.Encode(value, rounding, overflow));

    /// <summary>
    /// Rounds <paramref name="value"/> stochastically: up in magnitude when <paramref name="randomBits"/> is below the
    /// discarded fraction of a quantum times 2^32, so the expected result equals the input.
    /// </summary>
    public static Float6E2M3 FromSingleStochastic(float value, uint randomBits, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.EncodeStochastic(value, randomBits, overflow));

    /// <summary>Rounds to nearest, ties to even, saturating.</summary>
    public static explicit operator Float6E2M3(float value) => FromSingle(value);

    /// <summary>Rounds to nearest, ties to even, saturating.</summary>
    public static explicit operator Float6E2M3(double value) => FromDouble(value);

    /// <summary>The exact value.</summary>
    public static explicit operator float(Float6E2M3 value) => (float)Format.Decode(value.RawValue);

    /// <summary>The exact value.</summary>
    public static explicit operator double(Float6E2M3 value) => Format.Decode(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is a NaN.</summary>
    public static bool IsNaN(Float6E2M3 value) => Format.IsNaN(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is an infinity.</summary>
    public static bool IsInfinity(Float6E2M3 value) => Format.IsInfinity(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is neither NaN nor infinite.</summary>
    public static bool IsFinite(Float6E2M3 value) => !IsNaN(value) && !IsInfinity(value);

    /// <summary>Whether the sign bit of <paramref name="value"/> is set (true for -0).</summary>
    public static bool IsNegative(Float6E2M3 value) => (value.RawValue & Format.SignMask) != 0;

    /// <summary>The value with its sign bit flipped.</summary>
    public static Float6E2M3 operator -(Float6E2M3 value) => new(value.RawValue ^ Format.SignMask);

    /// <summary>Equality as <see cref="float.Equals(float)"/>: NaN equals NaN, +0 equals -0.</summary>
    public bool Equals(Float6E2M3 other) => ((double)this).Equals((double)other);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Float6E2M3 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((double)this).GetHashCode();

    /// <summary>Order as <see cref="float.CompareTo(float)"/>: NaN first.</summary>
    public int CompareTo(Float6E2M3 other) => ((double)this).CompareTo((double)other);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Float6E2M3 other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type Float6E2M3.", nameof(obj)),
    };

    /// <summary>IEEE equality: NaN is not equal to itself, +0 equals -0.</summary>
    public static bool operator ==(Float6E2M3 left, Float6E2M3 right) => (double)left == (double)right;

    /// <summary>IEEE inequality.</summary>
    public static bool operator !=(Float6E2M3 left, Float6E2M3 right) => (double)left != (double)right;

    /// <summary>IEEE less-than (false when either is NaN).</summary>
    public static bool operator <(Float6E2M3 left, Float6E2M3 right) => (double)left < (double)right;

    /// <summary>IEEE greater-than.</summary>
    public static bool operator >(Float6E2M3 left, Float6E2M3 right) => (double)left > (double)right;

    /// <summary>IEEE less-or-equal.</summary>
    public static bool operator <=(Float6E2M3 left, Float6E2M3 right) => (double)left <= (double)right;

    /// <summary>IEEE greater-or-equal.</summary>
    public static bool operator >=(Float6E2M3 left, Float6E2M3 right) => (double)left >= (double)right;

    /// <summary>The exact value in the invariant culture (shortest round-trip form).</summary>
    public override string ToString() => ((double)this).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ((double)this).ToString(format, formatProvider);

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        ((double)this).TryFormat(destination, out charsWritten, format, provider);

    /// <summary>Parses a number as <see cref="double.Parse(string, IFormatProvider)"/> does and rounds it to nearest, ties to even, saturating.</summary>
    public static Float6E2M3 Parse(string s, IFormatProvider? provider = null) => FromDouble(double.Parse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture));

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static Float6E2M3 Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FromDouble(double.Parse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture));

    /// <summary>Parses as <see cref="Parse(string, IFormatProvider?)"/>; false when <paramref name="s"/> is not a number.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Float6E2M3 result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out Float6E2M3)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Float6E2M3 result)
    {
        bool parsed = double.TryParse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture, out double value);
        result = parsed ? FromDouble(value) : default;
        return parsed;
    }
}
