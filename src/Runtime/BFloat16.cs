using System;
using System.Globalization;

namespace NumericKernels;

/// <summary>
/// bfloat16: the upper 16 bits of an IEEE 754 binary32 (1 sign, 8 exponent, 7 mantissa bits). Conversions from
/// <see cref="float"/> round to nearest, ties to even, keep NaN a (quiet) NaN, and overflow to infinity exactly as
/// binary32 rounding to 8 significant bits does; conversion to <see cref="float"/> is exact.
/// </summary>
public readonly struct BFloat16 : IEquatable<BFloat16>, IComparable<BFloat16>, IFormattable
{
    private BFloat16(ushort bits) => RawValue = bits;

    /// <summary>The 16-bit encoding.</summary>
    public ushort RawValue { get; }

    /// <summary>The value with encoding <paramref name="bits"/>.</summary>
    public static BFloat16 FromBits(ushort bits) => new(bits);

    /// <summary>Positive infinity.</summary>
    public static BFloat16 PositiveInfinity => new(0x7F80);

    /// <summary>Negative infinity.</summary>
    public static BFloat16 NegativeInfinity => new(0xFF80);

    /// <summary>The canonical quiet NaN.</summary>
    public static BFloat16 NaN => new(0x7FC0);

    /// <summary>Largest finite value, (2 - 2^-7)·2^127.</summary>
    public static BFloat16 MaxValue => new(0x7F7F);

    /// <summary>Smallest positive subnormal, 2^-133.</summary>
    public static BFloat16 Epsilon => new(0x0001);

    /// <summary>Whether the value is a NaN.</summary>
    public static bool IsNaN(BFloat16 value) => (value.RawValue & 0x7FFF) > 0x7F80;

    /// <summary>Rounds <paramref name="value"/> to the nearest bfloat16, ties to even.</summary>
    public static explicit operator BFloat16(float value)
    {
        uint bits = BitConverter.SingleToUInt32Bits(value);
        if ((bits & 0x7FFF_FFFF) > 0x7F80_0000)
        {
            // Keep sign and payload top bits, force the quiet bit so truncation can never produce infinity.
            return new((ushort)((bits >> 16) | 0x0040));
        }
        uint lsb = (bits >> 16) & 1;
        uint rounded = bits + 0x7FFF + lsb;
        return new((ushort)(rounded >> 16));
    }

    /// <summary>The exact float value.</summary>
    public static explicit operator float(BFloat16 value) => BitConverter.UInt32BitsToSingle((uint)value.RawValue << 16);

    /// <summary>The exact double value.</summary>
    public static explicit operator double(BFloat16 value) => (float)value;

    /// <inheritdoc/>
    public bool Equals(BFloat16 other) => ((float)this).Equals((float)other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BFloat16 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((float)this).GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(BFloat16 other) => ((float)this).CompareTo((float)other);

    /// <inheritdoc/>
    public override string ToString() => ((float)this).ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ((float)this).ToString(format, formatProvider);

    /// <summary>IEEE equality: NaN is not equal to itself, +0 equals -0.</summary>
    public static bool operator ==(BFloat16 left, BFloat16 right) => (float)left == (float)right;

    /// <summary>IEEE inequality.</summary>
    public static bool operator !=(BFloat16 left, BFloat16 right) => (float)left != (float)right;
}
