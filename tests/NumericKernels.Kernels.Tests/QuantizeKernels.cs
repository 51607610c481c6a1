using System;
using System.Collections.Generic;

namespace NumericKernels.Kernels.Tests;

/// <summary>
/// One generated [Quantize] kernel for every element format, deterministic rounding mode and applicable overflow mode,
/// and one [Dequantize] kernel per format, each listed with its parameters for the tests.
/// </summary>
public static partial class QuantizeKernels
{
    public delegate void Quantizer(ReadOnlySpan<float> x, Span<byte> codes);

    public delegate void Dequantizer(ReadOnlySpan<byte> codes, Span<float> y);

    public sealed record QuantizeCase(NumberFormat Format, RoundingMode Rounding, OverflowMode Overflow, Quantizer Kernel)
    {
        public override string ToString() => $"{Format} {Rounding} {Overflow}";
    }

    public sealed record DequantizeCase(NumberFormat Format, Dequantizer Kernel)
    {
        public override string ToString() => Format.ToString();
    }

    public static readonly IReadOnlyList<QuantizeCase> Quantizers = new QuantizeCase[]
    {
        new(NumberFormat.Float16, RoundingMode.ToNearestEven, OverflowMode.Saturate, Q_Float16_ToNearestEven_Saturate),
        new(NumberFormat.Float16, RoundingMode.ToNearestEven, OverflowMode.NonFinite, Q_Float16_ToNearestEven_NonFinite),
        new(NumberFormat.Float16, RoundingMode.ToNearestAway, OverflowMode.Saturate, Q_Float16_ToNearestAway_Saturate),
        new(NumberFormat.Float16, RoundingMode.ToNearestAway, OverflowMode.NonFinite, Q_Float16_ToNearestAway_NonFinite),
        new(NumberFormat.Float16, RoundingMode.TowardZero, OverflowMode.Saturate, Q_Float16_TowardZero_Saturate),
        new(NumberFormat.Float16, RoundingMode.TowardZero, OverflowMode.NonFinite, Q_Float16_TowardZero_NonFinite),
        new(NumberFormat.Float16, RoundingMode.TowardPositive, OverflowMode.Saturate, Q_Float16_TowardPositive_Saturate),
        new(NumberFormat.Float16, RoundingMode.TowardPositive, OverflowMode.NonFinite, Q_Float16_TowardPositive_NonFinite),
        new(NumberFormat.Float16, RoundingMode.TowardNegative, OverflowMode.Saturate, Q_Float16_TowardNegative_Saturate),
        new(NumberFormat.Float16, RoundingMode.TowardNegative, OverflowMode.NonFinite, Q_Float16_TowardNegative_NonFinite),
        new(NumberFormat.BFloat16, RoundingMode.ToNearestEven, OverflowMode.Saturate, Q_BFloat16_ToNearestEven_Saturate),
        new(NumberFormat.BFloat16, RoundingMode.ToNearestEven, OverflowMode.NonFinite, Q_BFloat16_ToNearestEven_NonFinite),
        new(NumberFormat.BFloat16, RoundingMode.ToNearestAway, OverflowMode.Saturate, Q_BFloat16_ToNearestAway_Saturate),
        new(NumberFormat.BFloat16, RoundingMode.ToNearestAway, OverflowMode.NonFinite, Q_BFloat16_ToNearestAway_NonFinite),
        new(NumberFormat.BFloat16, RoundingMode.TowardZero, OverflowMode.Saturate, Q_BFloat16_TowardZero_Saturate),
        new(NumberFormat.BFloat16, RoundingMode.TowardZero, OverflowMode.NonFinite, Q_BFloat16_TowardZero_NonFinite),
        new(NumberFormat.BFloat16, RoundingMode.TowardPositive, OverflowMode.Saturate, Q_BFloat16_TowardPositive_Saturate),
        new(NumberFormat.BFloat16, RoundingMode.TowardPositive, OverflowMode.NonFinite, Q_BFloat16_TowardPositive_NonFinite),
        new(NumberFormat.BFloat16, RoundingMode.TowardNegative, OverflowMode.Saturate, Q_BFloat16_TowardNegative_Saturate),
        new(NumberFormat.BFloat16, RoundingMode.TowardNegative, OverflowMode.NonFinite, Q_BFloat16_TowardNegative_NonFinite),
        new(NumberFormat.Float8E4M3, RoundingMode.ToNearestEven, OverflowMode.Saturate, Q_Float8E4M3_ToNearestEven_Saturate),
        new(NumberFormat.Float8E4M3, RoundingMode.ToNearestEven, OverflowMode.NonFinite, Q_Float8E4M3_ToNearestEven_NonFinite),
        new(NumberFormat.Float8E4M3, RoundingMode.ToNearestAway, OverflowMode.Saturate, Q_Float8E4M3_ToNearestAway_Saturate),
        new(NumberFormat.Float8E4M3, RoundingMode.ToNearestAway, OverflowMode.NonFinite, Q_Float8E4M3_ToNearestAway_NonFinite),
        new(NumberFormat.Float8E4M3, RoundingMode.TowardZero, OverflowMode.Saturate, Q_Float8E4M3_TowardZero_Saturate),
        new(NumberFormat.Float8E4M3, RoundingMode.TowardZero, OverflowMode.NonFinite, Q_Float8E4M3_TowardZero_NonFinite),
        new(NumberFormat.Float8E4M3, RoundingMode.TowardPositive, OverflowMode.Saturate, Q_Float8E4M3_TowardPositive_Saturate),
        new(NumberFormat.Float8E4M3, RoundingMode.TowardPositive, OverflowMode.NonFinite, Q_Float8E4M3_TowardPositive_NonFinite),
        new(NumberFormat.Float8E4M3, RoundingMode.TowardNegative, OverflowMode.Saturate, Q_Float8E4M3_TowardNegative_Saturate),
        new(NumberFormat.Float8E4M3, RoundingMode.TowardNegative, OverflowMode.NonFinite, Q_Float8E4M3_TowardNegative_NonFinite),
        new(NumberFormat.Float8E5M2, RoundingMode.ToNearestEven, OverflowMode.Saturate, Q_Float8E5M2_ToNearestEven_Saturate),
        new(NumberFormat.Float8E5M2, RoundingMode.ToNearestEven, OverflowMode.NonFinite, Q_Float8E5M2_ToNearestEven_NonFinite),
        new(NumberFormat.Float8E5M2, RoundingMode.ToNearestAway, OverflowMode.Saturate, Q_Float8E5M2_ToNearestAway_Saturate),
        new(NumberFormat.Float8E5M2, RoundingMode.ToNearestAway, OverflowMode.NonFinite, Q_Float8E5M2_ToNearestAway_NonFinite),
        new(NumberFormat.Float8E5M2, RoundingMode.TowardZero, OverflowMode.Saturate, Q_Float8E5M2_TowardZero_Saturate),
        new(NumberFormat.Float8E5M2, RoundingMode.TowardZero, OverflowMode.NonFinite, Q_Float8E5M2_TowardZero_NonFinite),
        new(NumberFormat.Float8E5M2, RoundingMode.TowardPositive, OverflowMode.Saturate, Q_Float8E5M2_TowardPositive_Saturate),
        new(NumberFormat.Float8E5M2, RoundingMode.TowardPositive, OverflowMode.NonFinite, Q_Float8E5M2_TowardPositive_NonFinite),
        new(NumberFormat.Float8E5M2, RoundingMode.TowardNegative, OverflowMode.Saturate, Q_Float8E5M2_TowardNegative_Saturate),
        new(NumberFormat.Float8E5M2, RoundingMode.TowardNegative, OverflowMode.NonFinite, Q_Float8E5M2_TowardNegative_NonFinite),
        new(NumberFormat.Float6E3M2, RoundingMode.ToNearestEven, OverflowMode.Saturate, Q_Float6E3M2_ToNearestEven_Saturate),
        new(NumberFormat.Float6E3M2, RoundingMode.ToNearestAway, OverflowMode.Saturate, Q_Float6E3M2_ToNearestAway_Saturate),
        new(NumberFormat.Float6E3M2, RoundingMode.TowardZero, OverflowMode.Saturate, Q_Float6E3M2_TowardZero_Saturate),
        new(NumberFormat.Float6E3M2, RoundingMode.TowardPositive, OverflowMode.Saturate, Q_Float6E3M2_TowardPositive_Saturate),
        new(NumberFormat.Float6E3M2, RoundingMode.TowardNegative, OverflowMode.Saturate, Q_Float6E3M2_TowardNegative_Saturate),
        new(NumberFormat.Float6E2M3, RoundingMode.ToNearestEven, OverflowMode.Saturate, Q_Float6E2M3_ToNearestEven_Saturate),
        new(NumberFormat.Float6E2M3, RoundingMode.ToNearestAway, OverflowMode.Saturate, Q_Float6E2M3_ToNearestAway_Saturate),
        new(NumberFormat.Float6E2M3, RoundingMode.TowardZero, OverflowMode.Saturate, Q_Float6E2M3_TowardZero_Saturate),
        new(NumberFormat.Float6E2M3, RoundingMode.TowardPositive, OverflowMode.Saturate, Q_Float6E2M3_TowardPositive_Saturate),
        new(NumberFormat.Float6E2M3, RoundingMode.TowardNegative, OverflowMode.Saturate, Q_Float6E2M3_TowardNegative_Saturate),
        new(NumberFormat.Float4E2M1, RoundingMode.ToNearestEven, OverflowMode.Saturate, Q_Float4E2M1_ToNearestEven_Saturate),
        new(NumberFormat.Float4E2M1, RoundingMode.ToNearestAway, OverflowMode.Saturate, Q_Float4E2M1_ToNearestAway_Saturate),
        new(NumberFormat.Float4E2M1, RoundingMode.TowardZero, OverflowMode.Saturate, Q_Float4E2M1_TowardZero_Saturate),
        new(NumberFormat.Float4E2M1, RoundingMode.TowardPositive, OverflowMode.Saturate, Q_Float4E2M1_TowardPositive_Saturate),
        new(NumberFormat.Float4E2M1, RoundingMode.TowardNegative, OverflowMode.Saturate, Q_Float4E2M1_TowardNegative_Saturate),
        new(NumberFormat.Int8, RoundingMode.ToNearestEven, OverflowMode.Saturate, Q_Int8_ToNearestEven_Saturate),
        new(NumberFormat.Int8, RoundingMode.ToNearestAway, OverflowMode.Saturate, Q_Int8_ToNearestAway_Saturate),
        new(NumberFormat.Int8, RoundingMode.TowardZero, OverflowMode.Saturate, Q_Int8_TowardZero_Saturate),
        new(NumberFormat.Int8, RoundingMode.TowardPositive, OverflowMode.Saturate, Q_Int8_TowardPositive_Saturate),
        new(NumberFormat.Int8, RoundingMode.TowardNegative, OverflowMode.Saturate, Q_Int8_TowardNegative_Saturate),
        new(NumberFormat.Int4, RoundingMode.ToNearestEven, OverflowMode.Saturate, Q_Int4_ToNearestEven_Saturate),
        new(NumberFormat.Int4, RoundingMode.ToNearestAway, OverflowMode.Saturate, Q_Int4_ToNearestAway_Saturate),
        new(NumberFormat.Int4, RoundingMode.TowardZero, OverflowMode.Saturate, Q_Int4_TowardZero_Saturate),
        new(NumberFormat.Int4, RoundingMode.TowardPositive, OverflowMode.Saturate, Q_Int4_TowardPositive_Saturate),
        new(NumberFormat.Int4, RoundingMode.TowardNegative, OverflowMode.Saturate, Q_Int4_TowardNegative_Saturate),
    };

    public static readonly IReadOnlyList<DequantizeCase> Dequantizers = new DequantizeCase[]
    {
        new(NumberFormat.Float16, D_Float16),
        new(NumberFormat.BFloat16, D_BFloat16),
        new(NumberFormat.Float8E4M3, D_Float8E4M3),
        new(NumberFormat.Float8E5M2, D_Float8E5M2),
        new(NumberFormat.Float6E3M2, D_Float6E3M2),
        new(NumberFormat.Float6E2M3, D_Float6E2M3),
        new(NumberFormat.Float4E2M1, D_Float4E2M1),
        new(NumberFormat.Int8, D_Int8),
        new(NumberFormat.Int4, D_Int4),
    };

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float16_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float16_ToNearestEven_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float16_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float16_ToNearestAway_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float16_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float16_TowardZero_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float16_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float16_TowardPositive_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float16_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float16_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Q_BFloat16_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_BFloat16_ToNearestEven_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Q_BFloat16_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_BFloat16_ToNearestAway_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Q_BFloat16_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_BFloat16_TowardZero_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Q_BFloat16_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_BFloat16_TowardPositive_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Q_BFloat16_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_BFloat16_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float8E4M3_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float8E4M3_ToNearestEven_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float8E4M3_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float8E4M3_ToNearestAway_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float8E4M3_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float8E4M3_TowardZero_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float8E4M3_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float8E4M3_TowardPositive_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float8E4M3_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float8E4M3_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float8E5M2_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float8E5M2_ToNearestEven_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float8E5M2_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float8E5M2_ToNearestAway_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float8E5M2_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float8E5M2_TowardZero_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float8E5M2_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float8E5M2_TowardPositive_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float8E5M2_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
    public static partial void Q_Float8E5M2_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float6E3M2, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float6E3M2_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float6E3M2, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float6E3M2_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float6E3M2, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float6E3M2_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float6E3M2, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float6E3M2_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float6E3M2, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float6E3M2_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float6E2M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float6E2M3_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float6E2M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float6E2M3_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float6E2M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float6E2M3_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float6E2M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float6E2M3_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float6E2M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float6E2M3_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float4E2M1, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float4E2M1_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float4E2M1, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float4E2M1_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float4E2M1, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float4E2M1_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float4E2M1, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float4E2M1_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Float4E2M1, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Float4E2M1_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Int8, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Int8_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Int8, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Int8_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Int8, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Int8_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Int8, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Int8_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Int8, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Int8_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Int4, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Int4_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Int4, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Int4_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Int4, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Int4_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Int4, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Int4_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Quantize(NumberFormat.Int4, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Q_Int4_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

    [Dequantize(NumberFormat.Float16)]
    public static partial void D_Float16(ReadOnlySpan<byte> codes, Span<float> y);

    [Dequantize(NumberFormat.BFloat16)]
    public static partial void D_BFloat16(ReadOnlySpan<byte> codes, Span<float> y);

    [Dequantize(NumberFormat.Float8E4M3)]
    public static partial void D_Float8E4M3(ReadOnlySpan<byte> codes, Span<float> y);

    [Dequantize(NumberFormat.Float8E5M2)]
    public static partial void D_Float8E5M2(ReadOnlySpan<byte> codes, Span<float> y);

    [Dequantize(NumberFormat.Float6E3M2)]
    public static partial void D_Float6E3M2(ReadOnlySpan<byte> codes, Span<float> y);

    [Dequantize(NumberFormat.Float6E2M3)]
    public static partial void D_Float6E2M3(ReadOnlySpan<byte> codes, Span<float> y);

    [Dequantize(NumberFormat.Float4E2M1)]
    public static partial void D_Float4E2M1(ReadOnlySpan<byte> codes, Span<float> y);

    [Dequantize(NumberFormat.Int8)]
    public static partial void D_Int8(ReadOnlySpan<byte> codes, Span<float> y);

    [Dequantize(NumberFormat.Int4)]
    public static partial void D_Int4(ReadOnlySpan<byte> codes, Span<float> y);
}
