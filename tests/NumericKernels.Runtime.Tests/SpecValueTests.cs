using System;
using Xunit;

namespace NumericKernels.Runtime.Tests;

/// <summary>
/// Values checked by hand against OCP 8-bit Floating Point (OFP8) v1.0, OCP Microscaling Formats v1.0 and the NVFP4
/// description: encodings of the extremes, ties, saturation thresholds, NaN and infinity inputs.
/// </summary>
public class SpecValueTests
{
    private const RoundingMode Rne = RoundingMode.ToNearestEven;
    private const OverflowMode Sat = OverflowMode.Saturate;
    private const OverflowMode Inf = OverflowMode.NonFinite;

    [Theory]
    // E4M3: 1 = 0.0111.000, max 448 = 0.1111.110, S.1111.111 is NaN, min normal 2^-6, min subnormal 2^-9.
    [InlineData(NumberFormat.Float8E4M3, 1.0, Rne, Sat, 0x38)]
    [InlineData(NumberFormat.Float8E4M3, 448.0, Rne, Sat, 0x7E)]
    [InlineData(NumberFormat.Float8E4M3, -448.0, Rne, Sat, 0xFE)]
    [InlineData(NumberFormat.Float8E4M3, 0.015625, Rne, Sat, 0x08)]
    [InlineData(NumberFormat.Float8E4M3, 0.001953125, Rne, Sat, 0x01)]
    [InlineData(NumberFormat.Float8E4M3, 0.0009765625, Rne, Sat, 0x00)] // half the least subnormal: tie to even zero
    [InlineData(NumberFormat.Float8E4M3, 0.00146484375, Rne, Sat, 0x01)] // 0.75 of it rounds up
    [InlineData(NumberFormat.Float8E4M3, 464.0, Rne, Inf, 0x7E)] // tie between 448 (mantissa 110, even) and 480: stays 448
    [InlineData(NumberFormat.Float8E4M3, 464.0001, Rne, Inf, 0x7F)] // past the tie: overflow, E4M3 has only NaN
    [InlineData(NumberFormat.Float8E4M3, 464.0001, Rne, Sat, 0x7E)]
    [InlineData(NumberFormat.Float8E4M3, 1e9, RoundingMode.TowardZero, Inf, 0x7E)] // IEEE 7.4: toward zero never overflows
    [InlineData(NumberFormat.Float8E4M3, 449.0, RoundingMode.TowardPositive, Inf, 0x7F)]
    [InlineData(NumberFormat.Float8E4M3, double.PositiveInfinity, Rne, Sat, 0x7E)]
    [InlineData(NumberFormat.Float8E4M3, double.NegativeInfinity, Rne, Inf, 0xFF)]
    [InlineData(NumberFormat.Float8E4M3, -0.0, Rne, Sat, 0x80)]
    [InlineData(NumberFormat.Float8E4M3, 1.0625, Rne, Sat, 0x38)] // tie between 1 and 1.125: even mantissa 000
    [InlineData(NumberFormat.Float8E4M3, 1.0625, RoundingMode.ToNearestAway, Sat, 0x39)]
    [InlineData(NumberFormat.Float8E4M3, -1.01, RoundingMode.TowardNegative, Sat, 0xB9)]
    [InlineData(NumberFormat.Float8E4M3, -1.01, RoundingMode.TowardPositive, Sat, 0xB8)]
    // E5M2: max 57344 = 0.11110.11, infinity 0.11111.00, min subnormal 2^-16.
    [InlineData(NumberFormat.Float8E5M2, 1.0, Rne, Sat, 0x3C)]
    [InlineData(NumberFormat.Float8E5M2, 57344.0, Rne, Sat, 0x7B)]
    [InlineData(NumberFormat.Float8E5M2, 61439.0, Rne, Inf, 0x7B)] // below the tie at 61440
    [InlineData(NumberFormat.Float8E5M2, 61440.0, Rne, Inf, 0x7C)] // tie, 57344 has odd mantissa 11: overflows to infinity
    [InlineData(NumberFormat.Float8E5M2, 61440.0, Rne, Sat, 0x7B)]
    [InlineData(NumberFormat.Float8E5M2, double.PositiveInfinity, Rne, Inf, 0x7C)]
    [InlineData(NumberFormat.Float8E5M2, double.NegativeInfinity, Rne, Inf, 0xFC)]
    [InlineData(NumberFormat.Float8E5M2, double.PositiveInfinity, Rne, Sat, 0x7B)] // OCP saturation mode clamps infinities
    [InlineData(NumberFormat.Float8E5M2, 1.52587890625e-05, Rne, Sat, 0x01)]
    // FP6 E3M2: max 28 = 0.111.11, min normal 0.25, min subnormal 0.0625.
    [InlineData(NumberFormat.Float6E3M2, 28.0, Rne, Sat, 0x1F)]
    [InlineData(NumberFormat.Float6E3M2, -28.0, Rne, Sat, 0x3F)]
    [InlineData(NumberFormat.Float6E3M2, 1000.0, Rne, Sat, 0x1F)]
    [InlineData(NumberFormat.Float6E3M2, double.NegativeInfinity, Rne, Sat, 0x3F)]
    [InlineData(NumberFormat.Float6E3M2, 1.0, Rne, Sat, 0x0C)]
    [InlineData(NumberFormat.Float6E3M2, 0.25, Rne, Sat, 0x04)]
    [InlineData(NumberFormat.Float6E3M2, 0.0625, Rne, Sat, 0x01)]
    [InlineData(NumberFormat.Float6E3M2, double.NaN, Rne, Sat, 0x20)] // no NaN: -0, as ml_dtypes
    // FP6 E2M3: max 7.5 = 0.11.111, 1 = 0.01.000, min subnormal 0.125.
    [InlineData(NumberFormat.Float6E2M3, 7.5, Rne, Sat, 0x1F)]
    [InlineData(NumberFormat.Float6E2M3, 1.0, Rne, Sat, 0x08)]
    [InlineData(NumberFormat.Float6E2M3, 0.125, Rne, Sat, 0x01)]
    [InlineData(NumberFormat.Float6E2M3, 0.0625, Rne, Sat, 0x00)]
    [InlineData(NumberFormat.Float6E2M3, 7.75, Rne, Sat, 0x1F)]
    // FP4 E2M1: codes 0..7 are 0, 0.5, 1, 1.5, 2, 3, 4, 6.
    [InlineData(NumberFormat.Float4E2M1, 6.0, Rne, Sat, 0x7)]
    [InlineData(NumberFormat.Float4E2M1, -6.0, Rne, Sat, 0xF)]
    [InlineData(NumberFormat.Float4E2M1, 5.0, Rne, Sat, 0x6)] // tie between 4 (code 6) and 6 (code 7)
    [InlineData(NumberFormat.Float4E2M1, 5.0, RoundingMode.ToNearestAway, Sat, 0x7)]
    [InlineData(NumberFormat.Float4E2M1, 2.5, Rne, Sat, 0x4)]
    [InlineData(NumberFormat.Float4E2M1, 0.75, Rne, Sat, 0x2)]
    [InlineData(NumberFormat.Float4E2M1, 0.25, Rne, Sat, 0x0)]
    [InlineData(NumberFormat.Float4E2M1, 0.2500001, Rne, Sat, 0x1)]
    [InlineData(NumberFormat.Float4E2M1, 100.0, Rne, Sat, 0x7)]
    [InlineData(NumberFormat.Float4E2M1, 5.9, RoundingMode.TowardZero, Sat, 0x6)]
    // E8M0: 2^(E-127), 0xFF NaN, no zero.
    [InlineData(NumberFormat.ScaleE8M0, 1.0, Rne, Sat, 0x7F)]
    [InlineData(NumberFormat.ScaleE8M0, 5.877471754111438e-39, Rne, Sat, 0x00)] // 2^-127
    [InlineData(NumberFormat.ScaleE8M0, 1.7014118346046923e38, Rne, Sat, 0xFE)] // 2^127
    [InlineData(NumberFormat.ScaleE8M0, 0.0, Rne, Sat, 0x00)]
    [InlineData(NumberFormat.ScaleE8M0, -1.0, Rne, Sat, 0xFF)]
    [InlineData(NumberFormat.ScaleE8M0, double.NaN, Rne, Sat, 0xFF)]
    [InlineData(NumberFormat.ScaleE8M0, 3.0, Rne, Sat, 0x80)] // tie between 2 (0x80) and 4 (0x81): even code
    [InlineData(NumberFormat.ScaleE8M0, 6.0, Rne, Sat, 0x82)] // tie between 4 (0x81) and 8 (0x82)
    [InlineData(NumberFormat.ScaleE8M0, 3.0, RoundingMode.TowardZero, Sat, 0x80)]
    [InlineData(NumberFormat.ScaleE8M0, 1e39, Rne, Inf, 0xFF)]
    // NVFP4 scale UE4M3: E4M3 without sign.
    [InlineData(NumberFormat.ScaleUE4M3, 448.0, Rne, Sat, 0x7E)]
    [InlineData(NumberFormat.ScaleUE4M3, 1.0, Rne, Sat, 0x38)]
    [InlineData(NumberFormat.ScaleUE4M3, -1.0, Rne, Sat, 0x7F)]
    [InlineData(NumberFormat.ScaleUE4M3, -0.0, Rne, Sat, 0x00)]
    [InlineData(NumberFormat.ScaleUE4M3, 1000.0, Rne, Sat, 0x7E)]
    // bfloat16 and binary16.
    [InlineData(NumberFormat.BFloat16, 1.0, Rne, Sat, 0x3F80)]
    [InlineData(NumberFormat.BFloat16, 3.3895313892515355e38, Rne, Sat, 0x7F7F)]
    [InlineData(NumberFormat.BFloat16, 3.4e38, Rne, Inf, 0x7F80)]
    [InlineData(NumberFormat.Float16, 65504.0, Rne, Sat, 0x7BFF)]
    [InlineData(NumberFormat.Float16, 65520.0, Rne, Inf, 0x7C00)] // tie with odd max: infinity
    [InlineData(NumberFormat.Float16, 65519.99, Rne, Inf, 0x7BFF)]
    [InlineData(NumberFormat.Float16, 5.960464477539063e-08, Rne, Sat, 0x0001)]
    // Two's complement integers.
    [InlineData(NumberFormat.Int8, 127.4, Rne, Sat, 0x7F)]
    [InlineData(NumberFormat.Int8, 1000.0, Rne, Sat, 0x7F)]
    [InlineData(NumberFormat.Int8, -128.4, Rne, Sat, 0x80)]
    [InlineData(NumberFormat.Int8, -1000.0, Rne, Sat, 0x80)]
    [InlineData(NumberFormat.Int8, 2.5, Rne, Sat, 0x02)]
    [InlineData(NumberFormat.Int8, -2.5, RoundingMode.ToNearestAway, Sat, 0xFD)]
    [InlineData(NumberFormat.Int8, -2.5, RoundingMode.TowardPositive, Sat, 0xFE)]
    [InlineData(NumberFormat.Int8, double.NaN, Rne, Sat, 0x00)]
    [InlineData(NumberFormat.Int4, 7.0, Rne, Sat, 0x7)]
    [InlineData(NumberFormat.Int4, -8.0, Rne, Sat, 0x8)]
    [InlineData(NumberFormat.Int4, -9.5, Rne, Sat, 0x8)]
    [InlineData(NumberFormat.Int4, -1.0, Rne, Sat, 0xF)]
    [InlineData(NumberFormat.Int4, double.PositiveInfinity, Rne, Sat, 0x7)]
    public void Encodes_spec_value(NumberFormat format, double value, RoundingMode rounding, OverflowMode overflow, int expectedCode)
    {
        Assert.Equal((uint)expectedCode, NumberFormats.Encode(format, value, rounding, overflow));
    }

    [Theory]
    [InlineData(NumberFormat.Float8E4M3, 0x7F)]
    [InlineData(NumberFormat.Float8E4M3, 0xFF)]
    [InlineData(NumberFormat.Float8E5M2, 0x7D)]
    [InlineData(NumberFormat.Float8E5M2, 0xFF)]
    [InlineData(NumberFormat.ScaleE8M0, 0xFF)]
    [InlineData(NumberFormat.ScaleUE4M3, 0x7F)]
    public void Nan_codes_decode_to_nan(NumberFormat format, int code)
    {
        Assert.True(double.IsNaN(NumberFormats.Decode(format, (uint)code)));
    }

    [Theory]
    [InlineData(NumberFormat.Float8E4M3, 0x77, 240.0)] // 0.1110.111 = 1.875 · 2^7
    [InlineData(NumberFormat.Float8E4M3, 0x07, 0.013671875)] // largest subnormal 7 · 2^-9
    [InlineData(NumberFormat.Float8E5M2, 0x04, 6.103515625e-05)] // min normal 2^-14
    [InlineData(NumberFormat.Float8E5M2, 0xFC, double.NegativeInfinity)]
    [InlineData(NumberFormat.Float6E2M3, 0x3F, -7.5)]
    [InlineData(NumberFormat.Float6E3M2, 0x03, 0.1875)]
    [InlineData(NumberFormat.Float4E2M1, 0x5, 3.0)]
    [InlineData(NumberFormat.Float4E2M1, 0x9, -0.5)]
    [InlineData(NumberFormat.ScaleE8M0, 0x85, 64.0)]
    [InlineData(NumberFormat.ScaleUE4M3, 0x01, 0.001953125)]
    [InlineData(NumberFormat.Int4, 0x9, -7.0)]
    [InlineData(NumberFormat.Int8, 0x81, -127.0)]
    public void Decodes_spec_value(NumberFormat format, int code, double expected)
    {
        Assert.Equal(expected, NumberFormats.Decode(format, (uint)code));
    }
}
