using System;
using System.Globalization;
using Xunit;

namespace NumericKernels.Runtime.Tests;

/// <summary>The low-precision types behave as .NET number types: bits, limits, equality, order, text, misuse.</summary>
public class NumberTypeTests
{
    [Fact]
    public void Limits_are_the_spec_values()
    {
        Assert.Equal(448f, (float)Float8E4M3.MaxValue);
        Assert.Equal(-448f, (float)Float8E4M3.MinValue);
        Assert.Equal(MathF.ScaleB(1, -9), (float)Float8E4M3.Epsilon);
        Assert.Equal(57344f, (float)Float8E5M2.MaxValue);
        Assert.True(float.IsPositiveInfinity((float)Float8E5M2.PositiveInfinity));
        Assert.True(float.IsNegativeInfinity((float)Float8E5M2.NegativeInfinity));
        Assert.Equal(28f, (float)Float6E3M2.MaxValue);
        Assert.Equal(7.5f, (float)Float6E2M3.MaxValue);
        Assert.Equal(6f, (float)Float4E2M1.MaxValue);
        Assert.Equal(0.5f, (float)Float4E2M1.Epsilon);
        Assert.Equal(MathF.ScaleB(1, 127), (float)ScaleE8M0.MaxValue);
        Assert.Equal(MathF.ScaleB(1, -127), (float)ScaleE8M0.MinValue);
        Assert.Equal(448f, (float)ScaleUE4M3.MaxValue);
        Assert.Equal(0f, (float)ScaleUE4M3.MinValue);
        Assert.Equal(0x7F, Float8E4M3.NaN.RawValue);
        Assert.Equal(0xFF, ScaleE8M0.NaN.RawValue);
        Assert.Equal(0x7E, Float8E5M2.NaN.RawValue);
    }

    [Theory]
    [InlineData(NumberFormat.Float8E4M3, true)]
    [InlineData(NumberFormat.Float8E5M2, true)]
    [InlineData(NumberFormat.BFloat16, true)]
    [InlineData(NumberFormat.Float16, true)]
    [InlineData(NumberFormat.Float6E3M2, false)]
    [InlineData(NumberFormat.Float6E2M3, false)]
    [InlineData(NumberFormat.Float4E2M1, false)]
    [InlineData(NumberFormat.Int8, false)]
    [InlineData(NumberFormat.Int4, false)]
    public void HasNonFiniteValues_says_where_NonFinite_overflow_applies(NumberFormat format, bool expected)
    {
        Assert.Equal(expected, NumberFormats.HasNonFiniteValues(format));
        if (!expected)
        {
            Assert.Throws<ArgumentException>(() => NumberFormats.Encode(format, 1e9, RoundingMode.ToNearestEven, OverflowMode.NonFinite));
        }
    }

    [Fact]
    public void FromBits_rejects_codes_wider_than_the_format_naming_the_parameter()
    {
        Assert.Equal("bits", Assert.Throws<ArgumentOutOfRangeException>(() => Float4E2M1.FromBits(0x10)).ParamName);
        Assert.Equal("bits", Assert.Throws<ArgumentOutOfRangeException>(() => Float6E2M3.FromBits(0x40)).ParamName);
        Assert.Equal("bits", Assert.Throws<ArgumentOutOfRangeException>(() => ScaleUE4M3.FromBits(0x80)).ParamName);
        Assert.Equal(0x0F, Float4E2M1.FromBits(0x0F).RawValue);
    }

    [Fact]
    public void Misused_modes_are_argument_exceptions_naming_the_parameter()
    {
        Assert.Equal("overflow", Assert.Throws<ArgumentException>(() => Float4E2M1.FromSingle(1f, RoundingMode.ToNearestEven, OverflowMode.NonFinite)).ParamName);
        Assert.Equal("rounding", Assert.Throws<ArgumentException>(() => Float8E4M3.FromSingle(1f, RoundingMode.Stochastic)).ParamName);
        Assert.Equal("format", Assert.Throws<ArgumentException>(() => NumberFormats.Encode(NumberFormat.Float64, 1.0)).ParamName);
        Assert.Equal("overflow", Assert.Throws<ArgumentException>(() => NumberFormats.Encode(NumberFormat.Int8, 1.0, RoundingMode.ToNearestEven, OverflowMode.NonFinite)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberFormats.Encode((NumberFormat)99, 1.0));
    }

    [Fact]
    public void Equality_and_order_follow_float()
    {
        Float8E4M3 zero = Float8E4M3.FromBits(0x00), negativeZero = Float8E4M3.FromBits(0x80);
        Assert.True(zero == negativeZero);
        Assert.True(zero.Equals(negativeZero));
        Assert.Equal(zero.GetHashCode(), negativeZero.GetHashCode());
        Assert.False(Float8E4M3.NaN == Float8E4M3.NaN);
        Assert.True(Float8E4M3.NaN.Equals(Float8E4M3.FromBits(0xFF)));
        Assert.True((Float8E4M3)1f < (Float8E4M3)2f);
        Assert.True((Float8E4M3)(-1f) <= (Float8E4M3)(-1f));
        Assert.Equal(-1, Float8E4M3.NaN.CompareTo(Float8E4M3.MinValue));
        Assert.Equal(1, Float8E4M3.MaxValue.CompareTo((object?)null));
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => Float8E4M3.MaxValue.CompareTo((object)1.0f)).ParamName);
        Assert.Equal(-6f, (float)(-Float4E2M1.MaxValue));
        Assert.True(Float8E5M2.IsNegative(Float8E5M2.FromBits(0x80)));
    }

    [Fact]
    public void Text_round_trips_and_parsing_rounds_to_the_format()
    {
        Assert.Equal("448", Float8E4M3.MaxValue.ToString());
        Assert.Equal("0.001953125", Float8E4M3.Epsilon.ToString());
        Assert.Equal("NaN", Float8E4M3.NaN.ToString());
        Assert.Equal("1.50", ((Float4E2M1)1.5f).ToString("F2", CultureInfo.InvariantCulture));
        Span<char> buffer = stackalloc char[16];
        Assert.True(((Float6E3M2)28f).TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture));
        Assert.Equal("28", buffer[..written].ToString());
        Assert.Equal(0x38, Float8E4M3.Parse("1.0625").RawValue); // tie to even
        Assert.Equal(0x7E, Float8E4M3.Parse("1e9").RawValue); // saturates
        Assert.True(Float4E2M1.TryParse("5", CultureInfo.InvariantCulture, out Float4E2M1 five));
        Assert.Equal(4f, (float)five);
        Assert.False(Float4E2M1.TryParse("five", CultureInfo.InvariantCulture, out _));
        Assert.True(BFloat16.IsInfinity(BFloat16.Parse("1e39")));
        for (int code = 0; code < 256; code++)
        {
            var value = Float8E5M2.FromBits((byte)code);
            if (Float8E5M2.IsFinite(value))
            {
                Assert.Equal(code, Float8E5M2.Parse(value.ToString(), CultureInfo.InvariantCulture).RawValue);
            }
        }
    }

    [Fact]
    public void BFloat16_keeps_its_ieee_cast_and_gains_every_rounding_mode()
    {
        Assert.True(BFloat16.IsInfinity((BFloat16)3.4e38f));
        Assert.Equal(0x7F7F, BFloat16.FromSingle(3.4e38f).RawValue); // the saturating default of FromSingle
        Assert.Equal(0x3F80, BFloat16.FromSingle(1.00390625f).RawValue); // tie: even
        Assert.Equal(0x3F81, BFloat16.FromSingle(1.00390625f, RoundingMode.ToNearestAway).RawValue);
        Assert.Equal(0x3F81, BFloat16.FromSingle(1.0001f, RoundingMode.TowardPositive).RawValue);
        Assert.Equal(0xBF80, BFloat16.FromSingle(-1.0001f, RoundingMode.TowardPositive).RawValue);
        Assert.Equal(0xBF81, BFloat16.FromDouble(-1.0001, RoundingMode.TowardNegative).RawValue);
    }
}
