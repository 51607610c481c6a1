using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;

namespace NumericKernels;

/// <summary>
/// OCP Microscaling block scale E8M0: an unsigned power of two 2^(E - 127) for the 8-bit field E = 0..254; 0xFF is NaN. There is no zero, no sign and no infinity: values below 2^-127 (zero included) convert to 2^-127, negative values to NaN.
/// </summary>
/// <remarks>
/// Conversions from <see cref="float"/> and <see cref="double"/> are exact roundings in every <see cref="RoundingMode"/>
/// and <see cref="OverflowMode"/> (the explicit operators round to nearest, ties to even, and saturate, as the
/// generator's default does); conversions to <see cref="float"/> and <see cref="double"/> are exact. These are the
/// reference semantics the generated [Quantize] and [Dequantize] kernels are tested against.
/// </remarks>
public readonly struct ScaleE8M0 :
    IEquatable<ScaleE8M0>, IComparable<ScaleE8M0>, IComparable, ISpanFormattable, ISpanParsable<ScaleE8M0>,
    IEqualityOperators<ScaleE8M0, ScaleE8M0, bool>, IComparisonOperators<ScaleE8M0, ScaleE8M0, bool>, IMinMaxValue<ScaleE8M0>
{
    private static MiniFloatFormat Format => MiniFloatFormat.ScaleE8M0;

    private ScaleE8M0(uint bits) => RawValue = (byte)bits;

    /// <summary>The encoding, in the low bits of the storage.</summary>
    public byte RawValue { get; }

    /// <summary>The value with encoding <paramref name="bits"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bits"/> has bits set beyond the format's width.</exception>
    public static ScaleE8M0 FromBits(byte bits) => bits < Format.CodeCount
        ? new(bits)
        : throw new ArgumentOutOfRangeException(nameof(bits), bits, $"ScaleE8M0 codes are {Format.Bits} bits wide.");

    /// <summary>The largest finite value.</summary>
    public static ScaleE8M0 MaxValue => new(Format.MaxFiniteCode);

    /// <summary>The least value (the format has no negative values).</summary>
    public static ScaleE8M0 MinValue => new(0);

    /// <summary>The smallest positive value.</summary>
    public static ScaleE8M0 Epsilon => new(Format.HasSubnormals ? 1u : 0u);

    /// <summary>The NaN this type's conversions produce for a NaN of positive sign.</summary>
    public static ScaleE8M0 NaN => new(Format.NaNCode(Math.CopySign(double.NaN, 1.0)));

    /// <summary>Rounds <paramref name="value"/> to this format.</summary>
    /// <param name="value">The value to convert.</param>
    /// <param name="rounding">Any mode but <see cref="RoundingMode.Stochastic"/> (see <see cref="FromSingleStochastic"/>).</param>
    /// <param name="overflow">What finite values beyond <see cref="MaxValue"/> and infinities become.</param>
    public static ScaleE8M0 FromSingle(float value, RoundingMode rounding = RoundingMode.ToNearestEven, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.Encode(value, rounding, overflow));

    /// <summary>Rounds <paramref name="value"/> to this format (directly, not through <see cref="float"/>).</summary>
    /// <param name="value">The value to convert.</param>
    /// <param name="rounding">Any mode but <see cref="RoundingMode.Stochastic"/>.</param>
    /// <param name="overflow">What finite values beyond <see cref="MaxValue"/> and infinities become.</param>
    public static ScaleE8M0 FromDouble(double value, RoundingMode rounding = RoundingMode.ToNearestEven, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.Encode(value, rounding, overflow));

    /// <summary>
    /// Rounds <paramref name="value"/> stochastically: up in magnitude when <paramref name="randomBits"/> is below the
    /// discarded fraction of a quantum times 2^32, so the expected result equals the input.
    /// </summary>
    public static ScaleE8M0 FromSingleStochastic(float value, uint randomBits, OverflowMode overflow = OverflowMode.Saturate) =>
        new(Format.EncodeStochastic(value, randomBits, overflow));

    /// <summary>Rounds to nearest, ties to even, saturating.</summary>
    public static explicit operator ScaleE8M0(float value) => FromSingle(value);

    /// <summary>Rounds to nearest, ties to even, saturating.</summary>
    public static explicit operator ScaleE8M0(double value) => FromDouble(value);

    /// <summary>The exact value.</summary>
    public static explicit operator float(ScaleE8M0 value) => (float)Format.Decode(value.RawValue);

    /// <summary>The exact value.</summary>
    public static explicit operator double(ScaleE8M0 value) => Format.Decode(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is a NaN.</summary>
    public static bool IsNaN(ScaleE8M0 value) => Format.IsNaN(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is an infinity.</summary>
    public static bool IsInfinity(ScaleE8M0 value) => Format.IsInfinity(value.RawValue);

    /// <summary>Whether <paramref name="value"/> is neither NaN nor infinite.</summary>
    public static bool IsFinite(ScaleE8M0 value) => !IsNaN(value) && !IsInfinity(value);

    /// <summary>Whether the sign bit of <paramref name="value"/> is set (true for -0).</summary>
    public static bool IsNegative(ScaleE8M0 value) => (value.RawValue & Format.SignMask) != 0;

    /// <summary>Equality as <see cref="float.Equals(float)"/>: NaN equals NaN, +0 equals -0.</summary>
    public bool Equals(ScaleE8M0 other) => ((double)this).Equals((double)other);

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ScaleE8M0 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((double)this).GetHashCode();

    /// <summary>Order as <see cref="float.CompareTo(float)"/>: NaN first.</summary>
    public int CompareTo(ScaleE8M0 other) => ((double)this).CompareTo((double)other);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ScaleE8M0 other => CompareTo(other),
        _ => throw new ArgumentException("Object must be of type ScaleE8M0.", nameof(obj)),
    };

    /// <summary>IEEE equality: NaN is not equal to itself, +0 equals -0.</summary>
    public static bool operator ==(ScaleE8M0 left, ScaleE8M0 right) => (double)left == (double)right;

    /// <summary>IEEE inequality.</summary>
    public static bool operator !=(ScaleE8M0 left, ScaleE8M0 right) => (double)left != (double)right;

    /// <summary>IEEE less-than (false when either is NaN).</summary>
    public static bool operator <(ScaleE8M0 left, ScaleE8M0 right) => (double)left < (double)right;

    /// <summary>IEEE greater-than.</summary>
    public static bool operator >(ScaleE8M0 left, ScaleE8M0 right) => (double)left > (double)right;

    /// <summary>IEEE less-or-equal.</summary>
    public static bool operator <=(ScaleE8M0 left, ScaleE8M0 right) => (double)left <= (double)right;

    /// <summary>IEEE greater-or-equal.</summary>
    public static bool operator >=(ScaleE8M0 left, ScaleE8M0 right) => (double)left >= (double)right;

    /// <summary>The exact value in the invariant culture (shortest round-trip form).</summary>
    public override string ToString() => ((double)this).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ((double)this).ToString(format, formatProvider);

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        ((double)this).TryFormat(destination, out charsWritten, format, provider);

    /// <summary>Parses a number as <see cref="double.Parse(string, IFormatProvider)"/> does and rounds it to nearest, ties to even, saturating.</summary>
    public static ScaleE8M0 Parse(string s, IFormatProvider? provider = null) => FromDouble(double.Parse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture));

    /// <inheritdoc cref="Parse(string, IFormatProvider?)"/>
    public static ScaleE8M0 Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => FromDouble(double.Parse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture));

    /// <summary>Parses as <see cref="Parse(string, IFormatProvider?)"/>; false when <paramref name="s"/> is not a number.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ScaleE8M0 result) =>
        TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc cref="TryParse(string?, IFormatProvider?, out ScaleE8M0)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ScaleE8M0 result)
    {
        bool parsed = double.TryParse(s, NumberStyles.Float, provider ?? CultureInfo.InvariantCulture, out double value);
        result = parsed ? FromDouble(value) : default;
        return parsed;
    }
}
