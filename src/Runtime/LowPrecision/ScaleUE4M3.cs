using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace NumericKernels;

/// <summary>
/// NVFP4 block scale UE4M3: the non-negative values of FP8 E4M3 (bit 7 of the byte is zero), bias 7; 0x7F is NaN; the largest value is 448 and the smallest positive 2^-9. Negative values convert to NaN.
/// </summary>
/// <remarks>
/// Conversions from <see cref="float"/> and <see cref="double"/> are exact roundings in every <see cref="RoundingMode"/>
/// and <see cref="OverflowMode"/> (the explicit operators round to nearest, ties to even, and saturate, as the
/// generator's default does); conversions to <see cref="float"/> and <see cref="double"/> are exact. These are the
/// reference semantics the generated [Quantize] and [Dequantize] kernels are tested against.
/// </remarks>
public readonly struct ScaleUE4M3 :
    IEquatable<ScaleUE4M3>, IComparable<ScaleUE4M3>, IComparable, ISpanFormattable, ISpanParsable<ScaleUE4M3>,
    IEqualityOperators<ScaleUE4M3, ScaleUE4M3, bool>, IComparisonOperators<ScaleUE4M3, ScaleUE4M3, bool>, IMinMaxValue<ScaleUE4M3>
{
    private static MiniFloatFormat Format => MiniFloatFormat.ScaleUE4M3;

    private ScaleUE4M3(uint bits) => RawValue = (byte)bits;

    /// <summary>The encoding, in the low bits of the storage.</summary>
    public byte RawValue { get; }

    /// <summary>The value with encoding <paramref name="bits"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bits"/> has bits set beyond the format's width.</exception>
    public static ScaleUE4M3 FromBits(byte bits) => bits < Format.CodeCount
        ? new(bits)
        : throw new ArgumentOutOfRangeException(nameof(bits), bits, $"ScaleUE4M3 codes are {Format.Bits} bits wide.");

    /// <summary>The largest finite value.</summary>
    public static ScaleUE4M3 MaxValue => new(Format.MaxFiniteCode);

    /// <summary>The least value (the format has no negative values).</summary>
    public static ScaleUE4M3 MinValue => new(0);

    /// <summary>The smallest positive value.</summary>
    public static ScaleUE4M3 Epsilon => new(Format.HasSubnormals ? 1u : 0u);

    /// <summary>The NaN this type's conversions produce for a NaN of positive sign.</summary>
    public static ScaleUE4M3 NaN => new(Format.NaNCode(Math.CopySign(double.NaN, 1.0)));

    /// <summary>Rounds <paramref name="value"/> to this format.</summary>
    /// <param name="value">The value to convert.</param>
    /// <param name="rounding">Any mode but <see cref="RoundingMode.Stochastic"/> (see <see cref="FromSingleStochastic"/>).</param>
    /// <param name="overflow">What finite values beyond <see cref="MaxValue"/> and infinities become.</param>
    public static ScaleUE4M3 FromSingle(float value, RoundingMode rounding = RoundingMode.ToNearestEven, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.Encode(value, rounding, overflow));

    /// <summary>Rounds <paramref name="value"/> to this format (directly, not through <see cref="float"/>).</summary>
    /// <param name="value">The value to convert.</param>
    /// <param name="rounding">Any mode but <see cref="RoundingMode.Stochastic"/>.</param>
    /// <param name="overflow">What finite values beyond <see cref="MaxValue"/> and infinities become.</param>
    public static ScaleUE4M3 FromDouble(double value, RoundingMode rounding = RoundingMode.ToNearestEven, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.Encode(value, rounding, overflow));

    /// <summary>
    /// Rounds <paramref name="value"/> stochastically: up in magnitude when <paramref name="randomBits"/> is below the
    /// discarded fraction of a quantum times 2^32, so the expected result equals the input.
    /// </summary>
    public static ScaleUE4M3 FromSingleStochastic(float value, uint randomBits, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.EncodeStochastic(value, randomBits, overflow));

    /// <summary>Rounds to nearest, ties to even, saturating.</summary>
    public static explicit operator ScaleUE4M3(float value) => FromSingle(value);

    /// <summary>Rounds to nearest, ties to even, saturating.</summary>
    public static explicit operator ScaleUE4M3(double value) => FromDouble(value);

    /// <summary>The exact value.</summary>
    public static explicit operator float(ScaleUE4M3 value) => (float)Format.Decode(value.RawValue);

    /// <summary>The exact value.</summary>
    public static explicit operator double(ScaleUE4M3 value) => Format.Decode(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is a NaN.</summary>
    public static bool IsNaN(ScaleUE4M3 value) => Format.IsNaN(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is an infinity.</summary>
    public static bool IsInfinity(ScaleUE4M3 value) => Format.IsInfinity(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is neither NaN nor infinite.</summary>
    public static bool IsFinite(ScaleUE4M3 value) => !IsNaN(value) && !IsInfinity(value);

    /// <summary>Whether the sign bit of <paramref name="value"/> is set (true for -0).</summary>
    public static bool IsNegative(ScaleUE4M3 value) => (value.RawValue & Format.SignMask) != 0;

    /// <summary>Equality as <see cref="float.Equals(float)"/>: NaN equals NaN, +0 equals -0.</summary>
    public bool Equals(ScaleUE4M3 other) => ((double)this).Equals((double)other);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ScaleUE4M3 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((double)this).GetHashCode();

    /// <summary>Order as <see cref="float.CompareTo(float)"/>: NaN first.</summary>
    public int CompareTo(ScaleUE4M3 other) => ((double)this).CompareTo((double)other);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ScaleUE4M3 other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type ScaleUE4M3.", nameof(obj)),
    };

    /// <summary>IEEE equality: NaN is not equal to itself, +0 equals -0.</summary>
    public static bool operator ==(ScaleUE4M3 left, ScaleUE4M3 right) => (double)left == (double)right;

    /// <summary>IEEE inequality.</summary>
    public static bool operator !=(ScaleUE4M3 left, ScaleUE4M3 right) => (double)left != (double)right;

    /// <summary>IEEE less-than (false when either is NaN).</summary>
    public static bool operator <(ScaleUE4M3 left, ScaleUE4M3 right) => (double)left < (double)right;

    /// <summary>IEEE greater-than.</summary>
    public static bool operator >(ScaleUE4M3 left, ScaleUE4M3 right) => (double)left > (double)right;

    /// <summary>IEEE less-or-equal.</summary>
    public static bool operator <=(ScaleUE4M3 left, ScaleUE4M3 right) => (double)left <= (double)right;

    /// <summary>IEEE greater-or-equal.</summary>
    public static bool operator >=(ScaleUE4M3 left, ScaleUE4M3 right) => (double)left >= (double)right;

    /// <summary>The exact value in the invariant culture (shortest round-trip form).</summary>
    public override string ToString() => ((double)this).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ((double)this).ToString(format, formatProvider);

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        ((double)this).TryFormat(destination, out charsWritten, format, provider);

    /// <summary>Parses a number as <see cref="double.Parse(string, IFormatProvider)"/> does and rounds it to nearest, ties to even, saturating.</summary>
    public static ScaleUE4M3 Parse(string s, IFormatProvider? provider = null) => FromDouble(double.Parse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture));

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static ScaleUE4M3 Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FromDouble(double.Parse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture));

    /// <summary>Parses as <see cref="Parse(string, IFormatProvider?)"/>; false when <paramref name="s"/> is not a number.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ScaleUE4M3 result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out ScaleUE4M3)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ScaleUE4M3 result)
    {
        bool parsed = double.TryParse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture, out double value);
        result = parsed ? FromDouble(value) : default;
        return parsed;
    }
}
