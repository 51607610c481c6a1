using System;
using System.Collections.Generic;

namespace NumericKernels.Kernels.Tests;

/// <summary>
/// Generated block-scaled [Quantize] and [Dequantize] kernels (OCP MX: E8M0 scales, blocks of 32; NVFP4-style: UE4M3
/// scales, blocks of 16; and one of each the other way round) for every element format, deterministic rounding mode
/// and overflow mode; and stochastic-rounding kernels with and without MX blocks.
/// </summary>
public static partial class BlockQuantizeKernels
{
    public delegate void BlockQuantizer(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    public delegate void BlockDequantizer(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    public delegate void StochasticQuantizer(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);

    public sealed record BlockCase(NumberFormat Format, int BlockSize, NumberFormat Scale, RoundingMode Rounding, OverflowMode Overflow, BlockQuantizer Kernel)
    {
        public override string ToString() => $"{Format} /{BlockSize} {Scale} {Rounding} {Overflow}";
    }

    public sealed record BlockDequantizeCase(NumberFormat Format, int BlockSize, NumberFormat Scale, BlockDequantizer Kernel)
    {
        public override string ToString() => $"{Format} /{BlockSize} {Scale}";
    }

    /// <summary>A stochastic kernel; BlockSize 0 kernels ignore the scales span.</summary>
    public sealed record StochasticCase(NumberFormat Format, int BlockSize, NumberFormat Scale, OverflowMode Overflow, StochasticQuantizer Kernel)
    {
        public override string ToString() => $"{Format} /{BlockSize} {Overflow}";
    }

    public static readonly IReadOnlyList<BlockCase> Quantizers = new BlockCase[]
    {
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestEven, OverflowMode.Saturate, Mx_Float8E4M3_ToNearestEven_Saturate),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestEven, OverflowMode.NonFinite, Mx_Float8E4M3_ToNearestEven_NonFinite),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestAway, OverflowMode.Saturate, Mx_Float8E4M3_ToNearestAway_Saturate),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestAway, OverflowMode.NonFinite, Mx_Float8E4M3_ToNearestAway_NonFinite),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardZero, OverflowMode.Saturate, Mx_Float8E4M3_TowardZero_Saturate),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardZero, OverflowMode.NonFinite, Mx_Float8E4M3_TowardZero_NonFinite),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardPositive, OverflowMode.Saturate, Mx_Float8E4M3_TowardPositive_Saturate),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardPositive, OverflowMode.NonFinite, Mx_Float8E4M3_TowardPositive_NonFinite),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardNegative, OverflowMode.Saturate, Mx_Float8E4M3_TowardNegative_Saturate),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardNegative, OverflowMode.NonFinite, Mx_Float8E4M3_TowardNegative_NonFinite),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestEven, OverflowMode.Saturate, Mx_Float8E5M2_ToNearestEven_Saturate),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestEven, OverflowMode.NonFinite, Mx_Float8E5M2_ToNearestEven_NonFinite),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestAway, OverflowMode.Saturate, Mx_Float8E5M2_ToNearestAway_Saturate),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestAway, OverflowMode.NonFinite, Mx_Float8E5M2_ToNearestAway_NonFinite),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardZero, OverflowMode.Saturate, Mx_Float8E5M2_TowardZero_Saturate),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardZero, OverflowMode.NonFinite, Mx_Float8E5M2_TowardZero_NonFinite),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardPositive, OverflowMode.Saturate, Mx_Float8E5M2_TowardPositive_Saturate),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardPositive, OverflowMode.NonFinite, Mx_Float8E5M2_TowardPositive_NonFinite),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardNegative, OverflowMode.Saturate, Mx_Float8E5M2_TowardNegative_Saturate),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardNegative, OverflowMode.NonFinite, Mx_Float8E5M2_TowardNegative_NonFinite),
        new(NumberFormat.Float6E3M2, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestEven, OverflowMode.Saturate, Mx_Float6E3M2_ToNearestEven_Saturate),
        new(NumberFormat.Float6E3M2, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestAway, OverflowMode.Saturate, Mx_Float6E3M2_ToNearestAway_Saturate),
        new(NumberFormat.Float6E3M2, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardZero, OverflowMode.Saturate, Mx_Float6E3M2_TowardZero_Saturate),
        new(NumberFormat.Float6E3M2, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardPositive, OverflowMode.Saturate, Mx_Float6E3M2_TowardPositive_Saturate),
        new(NumberFormat.Float6E3M2, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardNegative, OverflowMode.Saturate, Mx_Float6E3M2_TowardNegative_Saturate),
        new(NumberFormat.Float6E2M3, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestEven, OverflowMode.Saturate, Mx_Float6E2M3_ToNearestEven_Saturate),
        new(NumberFormat.Float6E2M3, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestAway, OverflowMode.Saturate, Mx_Float6E2M3_ToNearestAway_Saturate),
        new(NumberFormat.Float6E2M3, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardZero, OverflowMode.Saturate, Mx_Float6E2M3_TowardZero_Saturate),
        new(NumberFormat.Float6E2M3, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardPositive, OverflowMode.Saturate, Mx_Float6E2M3_TowardPositive_Saturate),
        new(NumberFormat.Float6E2M3, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardNegative, OverflowMode.Saturate, Mx_Float6E2M3_TowardNegative_Saturate),
        new(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestEven, OverflowMode.Saturate, Mx_Float4E2M1_ToNearestEven_Saturate),
        new(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestAway, OverflowMode.Saturate, Mx_Float4E2M1_ToNearestAway_Saturate),
        new(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardZero, OverflowMode.Saturate, Mx_Float4E2M1_TowardZero_Saturate),
        new(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardPositive, OverflowMode.Saturate, Mx_Float4E2M1_TowardPositive_Saturate),
        new(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardNegative, OverflowMode.Saturate, Mx_Float4E2M1_TowardNegative_Saturate),
        new(NumberFormat.Int8, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestEven, OverflowMode.Saturate, Mx_Int8_ToNearestEven_Saturate),
        new(NumberFormat.Int8, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestAway, OverflowMode.Saturate, Mx_Int8_ToNearestAway_Saturate),
        new(NumberFormat.Int8, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardZero, OverflowMode.Saturate, Mx_Int8_TowardZero_Saturate),
        new(NumberFormat.Int8, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardPositive, OverflowMode.Saturate, Mx_Int8_TowardPositive_Saturate),
        new(NumberFormat.Int8, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardNegative, OverflowMode.Saturate, Mx_Int8_TowardNegative_Saturate),
        new(NumberFormat.Int4, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestEven, OverflowMode.Saturate, Mx_Int4_ToNearestEven_Saturate),
        new(NumberFormat.Int4, 32, NumberFormat.ScaleE8M0, RoundingMode.ToNearestAway, OverflowMode.Saturate, Mx_Int4_ToNearestAway_Saturate),
        new(NumberFormat.Int4, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardZero, OverflowMode.Saturate, Mx_Int4_TowardZero_Saturate),
        new(NumberFormat.Int4, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardPositive, OverflowMode.Saturate, Mx_Int4_TowardPositive_Saturate),
        new(NumberFormat.Int4, 32, NumberFormat.ScaleE8M0, RoundingMode.TowardNegative, OverflowMode.Saturate, Mx_Int4_TowardNegative_Saturate),
        new(NumberFormat.Float8E4M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestEven, OverflowMode.Saturate, Nv_Float8E4M3_ToNearestEven_Saturate),
        new(NumberFormat.Float8E4M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestEven, OverflowMode.NonFinite, Nv_Float8E4M3_ToNearestEven_NonFinite),
        new(NumberFormat.Float8E4M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestAway, OverflowMode.Saturate, Nv_Float8E4M3_ToNearestAway_Saturate),
        new(NumberFormat.Float8E4M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestAway, OverflowMode.NonFinite, Nv_Float8E4M3_ToNearestAway_NonFinite),
        new(NumberFormat.Float8E4M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardZero, OverflowMode.Saturate, Nv_Float8E4M3_TowardZero_Saturate),
        new(NumberFormat.Float8E4M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardZero, OverflowMode.NonFinite, Nv_Float8E4M3_TowardZero_NonFinite),
        new(NumberFormat.Float8E4M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardPositive, OverflowMode.Saturate, Nv_Float8E4M3_TowardPositive_Saturate),
        new(NumberFormat.Float8E4M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardPositive, OverflowMode.NonFinite, Nv_Float8E4M3_TowardPositive_NonFinite),
        new(NumberFormat.Float8E4M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardNegative, OverflowMode.Saturate, Nv_Float8E4M3_TowardNegative_Saturate),
        new(NumberFormat.Float8E4M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardNegative, OverflowMode.NonFinite, Nv_Float8E4M3_TowardNegative_NonFinite),
        new(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestEven, OverflowMode.Saturate, Nv_Float8E5M2_ToNearestEven_Saturate),
        new(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestEven, OverflowMode.NonFinite, Nv_Float8E5M2_ToNearestEven_NonFinite),
        new(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestAway, OverflowMode.Saturate, Nv_Float8E5M2_ToNearestAway_Saturate),
        new(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestAway, OverflowMode.NonFinite, Nv_Float8E5M2_ToNearestAway_NonFinite),
        new(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardZero, OverflowMode.Saturate, Nv_Float8E5M2_TowardZero_Saturate),
        new(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardZero, OverflowMode.NonFinite, Nv_Float8E5M2_TowardZero_NonFinite),
        new(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardPositive, OverflowMode.Saturate, Nv_Float8E5M2_TowardPositive_Saturate),
        new(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardPositive, OverflowMode.NonFinite, Nv_Float8E5M2_TowardPositive_NonFinite),
        new(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardNegative, OverflowMode.Saturate, Nv_Float8E5M2_TowardNegative_Saturate),
        new(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardNegative, OverflowMode.NonFinite, Nv_Float8E5M2_TowardNegative_NonFinite),
        new(NumberFormat.Float6E3M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestEven, OverflowMode.Saturate, Nv_Float6E3M2_ToNearestEven_Saturate),
        new(NumberFormat.Float6E3M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestAway, OverflowMode.Saturate, Nv_Float6E3M2_ToNearestAway_Saturate),
        new(NumberFormat.Float6E3M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardZero, OverflowMode.Saturate, Nv_Float6E3M2_TowardZero_Saturate),
        new(NumberFormat.Float6E3M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardPositive, OverflowMode.Saturate, Nv_Float6E3M2_TowardPositive_Saturate),
        new(NumberFormat.Float6E3M2, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardNegative, OverflowMode.Saturate, Nv_Float6E3M2_TowardNegative_Saturate),
        new(NumberFormat.Float6E2M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestEven, OverflowMode.Saturate, Nv_Float6E2M3_ToNearestEven_Saturate),
        new(NumberFormat.Float6E2M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestAway, OverflowMode.Saturate, Nv_Float6E2M3_ToNearestAway_Saturate),
        new(NumberFormat.Float6E2M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardZero, OverflowMode.Saturate, Nv_Float6E2M3_TowardZero_Saturate),
        new(NumberFormat.Float6E2M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardPositive, OverflowMode.Saturate, Nv_Float6E2M3_TowardPositive_Saturate),
        new(NumberFormat.Float6E2M3, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardNegative, OverflowMode.Saturate, Nv_Float6E2M3_TowardNegative_Saturate),
        new(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestEven, OverflowMode.Saturate, Nv_Float4E2M1_ToNearestEven_Saturate),
        new(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestAway, OverflowMode.Saturate, Nv_Float4E2M1_ToNearestAway_Saturate),
        new(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardZero, OverflowMode.Saturate, Nv_Float4E2M1_TowardZero_Saturate),
        new(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardPositive, OverflowMode.Saturate, Nv_Float4E2M1_TowardPositive_Saturate),
        new(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardNegative, OverflowMode.Saturate, Nv_Float4E2M1_TowardNegative_Saturate),
        new(NumberFormat.Int8, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestEven, OverflowMode.Saturate, Nv_Int8_ToNearestEven_Saturate),
        new(NumberFormat.Int8, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestAway, OverflowMode.Saturate, Nv_Int8_ToNearestAway_Saturate),
        new(NumberFormat.Int8, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardZero, OverflowMode.Saturate, Nv_Int8_TowardZero_Saturate),
        new(NumberFormat.Int8, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardPositive, OverflowMode.Saturate, Nv_Int8_TowardPositive_Saturate),
        new(NumberFormat.Int8, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardNegative, OverflowMode.Saturate, Nv_Int8_TowardNegative_Saturate),
        new(NumberFormat.Int4, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestEven, OverflowMode.Saturate, Nv_Int4_ToNearestEven_Saturate),
        new(NumberFormat.Int4, 16, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestAway, OverflowMode.Saturate, Nv_Int4_ToNearestAway_Saturate),
        new(NumberFormat.Int4, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardZero, OverflowMode.Saturate, Nv_Int4_TowardZero_Saturate),
        new(NumberFormat.Int4, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardPositive, OverflowMode.Saturate, Nv_Int4_TowardPositive_Saturate),
        new(NumberFormat.Int4, 16, NumberFormat.ScaleUE4M3, RoundingMode.TowardNegative, OverflowMode.Saturate, Nv_Int4_TowardNegative_Saturate),
        new(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleE8M0, RoundingMode.ToNearestEven, OverflowMode.Saturate, Mx16_Float4E2M1),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleUE4M3, RoundingMode.ToNearestEven, OverflowMode.Saturate, Nv32_Float8E4M3),
    };

    public static readonly IReadOnlyList<BlockDequantizeCase> Dequantizers = new BlockDequantizeCase[]
    {
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, DMx_Float8E4M3),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, DMx_Float8E5M2),
        new(NumberFormat.Float6E3M2, 32, NumberFormat.ScaleE8M0, DMx_Float6E3M2),
        new(NumberFormat.Float6E2M3, 32, NumberFormat.ScaleE8M0, DMx_Float6E2M3),
        new(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, DMx_Float4E2M1),
        new(NumberFormat.Int8, 32, NumberFormat.ScaleE8M0, DMx_Int8),
        new(NumberFormat.Int4, 32, NumberFormat.ScaleE8M0, DMx_Int4),
        new(NumberFormat.Float8E4M3, 16, NumberFormat.ScaleUE4M3, DNv_Float8E4M3),
        new(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, DNv_Float8E5M2),
        new(NumberFormat.Float6E3M2, 16, NumberFormat.ScaleUE4M3, DNv_Float6E3M2),
        new(NumberFormat.Float6E2M3, 16, NumberFormat.ScaleUE4M3, DNv_Float6E2M3),
        new(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleUE4M3, DNv_Float4E2M1),
        new(NumberFormat.Int8, 16, NumberFormat.ScaleUE4M3, DNv_Int8),
        new(NumberFormat.Int4, 16, NumberFormat.ScaleUE4M3, DNv_Int4),
        new(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleE8M0, DMx16_Float4E2M1),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleUE4M3, DNv32_Float8E4M3),
    };

    public static readonly IReadOnlyList<StochasticCase> Stochastic = new StochasticCase[]
    {
        new(NumberFormat.Float16, 0, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => Sr_Float16_Saturate(x, c, seed, offset)),
        new(NumberFormat.Float16, 0, NumberFormat.ScaleE8M0, OverflowMode.NonFinite, (x, c, s, seed, offset) => Sr_Float16_NonFinite(x, c, seed, offset)),
        new(NumberFormat.BFloat16, 0, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => Sr_BFloat16_Saturate(x, c, seed, offset)),
        new(NumberFormat.BFloat16, 0, NumberFormat.ScaleE8M0, OverflowMode.NonFinite, (x, c, s, seed, offset) => Sr_BFloat16_NonFinite(x, c, seed, offset)),
        new(NumberFormat.Float8E4M3, 0, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => Sr_Float8E4M3_Saturate(x, c, seed, offset)),
        new(NumberFormat.Float8E4M3, 0, NumberFormat.ScaleE8M0, OverflowMode.NonFinite, (x, c, s, seed, offset) => Sr_Float8E4M3_NonFinite(x, c, seed, offset)),
        new(NumberFormat.Float8E5M2, 0, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => Sr_Float8E5M2_Saturate(x, c, seed, offset)),
        new(NumberFormat.Float8E5M2, 0, NumberFormat.ScaleE8M0, OverflowMode.NonFinite, (x, c, s, seed, offset) => Sr_Float8E5M2_NonFinite(x, c, seed, offset)),
        new(NumberFormat.Float6E3M2, 0, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => Sr_Float6E3M2_Saturate(x, c, seed, offset)),
        new(NumberFormat.Float6E2M3, 0, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => Sr_Float6E2M3_Saturate(x, c, seed, offset)),
        new(NumberFormat.Float4E2M1, 0, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => Sr_Float4E2M1_Saturate(x, c, seed, offset)),
        new(NumberFormat.Int8, 0, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => Sr_Int8_Saturate(x, c, seed, offset)),
        new(NumberFormat.Int4, 0, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => Sr_Int4_Saturate(x, c, seed, offset)),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => SrMx_Float8E4M3_Saturate(x, c, s, seed, offset)),
        new(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, OverflowMode.NonFinite, (x, c, s, seed, offset) => SrMx_Float8E4M3_NonFinite(x, c, s, seed, offset)),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => SrMx_Float8E5M2_Saturate(x, c, s, seed, offset)),
        new(NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, OverflowMode.NonFinite, (x, c, s, seed, offset) => SrMx_Float8E5M2_NonFinite(x, c, s, seed, offset)),
        new(NumberFormat.Float6E3M2, 32, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => SrMx_Float6E3M2_Saturate(x, c, s, seed, offset)),
        new(NumberFormat.Float6E2M3, 32, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => SrMx_Float6E2M3_Saturate(x, c, s, seed, offset)),
        new(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => SrMx_Float4E2M1_Saturate(x, c, s, seed, offset)),
        new(NumberFormat.Int8, 32, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => SrMx_Int8_Saturate(x, c, s, seed, offset)),
        new(NumberFormat.Int4, 32, NumberFormat.ScaleE8M0, OverflowMode.Saturate, (x, c, s, seed, offset) => SrMx_Int4_Saturate(x, c, s, seed, offset)),
    };

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float8E4M3_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.NonFinite)]
    public static partial void Mx_Float8E4M3_ToNearestEven_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float8E4M3_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.NonFinite)]
    public static partial void Mx_Float8E4M3_ToNearestAway_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float8E4M3_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.NonFinite)]
    public static partial void Mx_Float8E4M3_TowardZero_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float8E4M3_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.NonFinite)]
    public static partial void Mx_Float8E4M3_TowardPositive_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float8E4M3_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
    public static partial void Mx_Float8E4M3_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0)]
    public static partial void DMx_Float8E4M3(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float8E5M2_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.NonFinite)]
    public static partial void Mx_Float8E5M2_ToNearestEven_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float8E5M2_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.NonFinite)]
    public static partial void Mx_Float8E5M2_ToNearestAway_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float8E5M2_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.NonFinite)]
    public static partial void Mx_Float8E5M2_TowardZero_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float8E5M2_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.NonFinite)]
    public static partial void Mx_Float8E5M2_TowardPositive_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float8E5M2_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
    public static partial void Mx_Float8E5M2_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float8E5M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0)]
    public static partial void DMx_Float8E5M2(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float6E3M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float6E3M2_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E3M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float6E3M2_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E3M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float6E3M2_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E3M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float6E3M2_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E3M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float6E3M2_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float6E3M2, BlockSize = 32, Scale = NumberFormat.ScaleE8M0)]
    public static partial void DMx_Float6E3M2(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float6E2M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float6E2M3_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E2M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float6E2M3_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E2M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float6E2M3_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E2M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float6E2M3_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E2M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float6E2M3_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float6E2M3, BlockSize = 32, Scale = NumberFormat.ScaleE8M0)]
    public static partial void DMx_Float6E2M3(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float4E2M1_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float4E2M1_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float4E2M1_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float4E2M1_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Float4E2M1_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float4E2M1, BlockSize = 32, Scale = NumberFormat.ScaleE8M0)]
    public static partial void DMx_Float4E2M1(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Int8, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Int8_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int8, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Int8_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int8, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Int8_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int8, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Int8_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int8, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Int8_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Int8, BlockSize = 32, Scale = NumberFormat.ScaleE8M0)]
    public static partial void DMx_Int8(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Int4, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Int4_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int4, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Int4_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int4, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Int4_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int4, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Int4_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int4, BlockSize = 32, Scale = NumberFormat.ScaleE8M0, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Mx_Int4_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Int4, BlockSize = 32, Scale = NumberFormat.ScaleE8M0)]
    public static partial void DMx_Int4(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float8E4M3_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.NonFinite)]
    public static partial void Nv_Float8E4M3_ToNearestEven_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float8E4M3_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.NonFinite)]
    public static partial void Nv_Float8E4M3_ToNearestAway_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float8E4M3_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.NonFinite)]
    public static partial void Nv_Float8E4M3_TowardZero_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float8E4M3_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.NonFinite)]
    public static partial void Nv_Float8E4M3_TowardPositive_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float8E4M3_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
    public static partial void Nv_Float8E4M3_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float8E4M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
    public static partial void DNv_Float8E4M3(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float8E5M2_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.NonFinite)]
    public static partial void Nv_Float8E5M2_ToNearestEven_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float8E5M2_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.NonFinite)]
    public static partial void Nv_Float8E5M2_ToNearestAway_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float8E5M2_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.NonFinite)]
    public static partial void Nv_Float8E5M2_TowardZero_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float8E5M2_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.NonFinite)]
    public static partial void Nv_Float8E5M2_TowardPositive_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float8E5M2_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
    public static partial void Nv_Float8E5M2_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
    public static partial void DNv_Float8E5M2(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float6E3M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float6E3M2_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E3M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float6E3M2_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E3M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float6E3M2_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E3M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float6E3M2_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E3M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float6E3M2_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float6E3M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
    public static partial void DNv_Float6E3M2(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float6E2M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float6E2M3_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E2M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float6E2M3_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E2M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float6E2M3_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E2M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float6E2M3_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float6E2M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float6E2M3_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float6E2M3, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
    public static partial void DNv_Float6E2M3(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float4E2M1_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float4E2M1_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float4E2M1_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float4E2M1_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Float4E2M1_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
    public static partial void DNv_Float4E2M1(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Int8, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Int8_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int8, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Int8_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int8, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Int8_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int8, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Int8_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int8, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Int8_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Int8, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
    public static partial void DNv_Int8(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Int4, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Int4_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int4, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Int4_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int4, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardZero, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Int4_TowardZero_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int4, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardPositive, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Int4_TowardPositive_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.Int4, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
    public static partial void Nv_Int4_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Int4, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
    public static partial void DNv_Int4(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleE8M0)]
    public static partial void Mx16_Float4E2M1(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleE8M0)]
    public static partial void DMx16_Float4E2M1(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleUE4M3)]
    public static partial void Nv32_Float8E4M3(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Dequantize(NumberFormat.Float8E4M3, BlockSize = 32, Scale = NumberFormat.ScaleUE4M3)]
    public static partial void DNv32_Float8E4M3(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void Sr_Float16_Saturate(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.NonFinite)]
    public static partial void Sr_Float16_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void Sr_BFloat16_Saturate(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.NonFinite)]
    public static partial void Sr_BFloat16_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void Sr_Float8E4M3_Saturate(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.NonFinite)]
    public static partial void Sr_Float8E4M3_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void Sr_Float8E5M2_Saturate(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.NonFinite)]
    public static partial void Sr_Float8E5M2_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.Float6E3M2, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void Sr_Float6E3M2_Saturate(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.Float6E2M3, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void Sr_Float6E2M3_Saturate(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.Float4E2M1, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void Sr_Float4E2M1_Saturate(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.Int8, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void Sr_Int8_Saturate(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.Int4, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void Sr_Int4_Saturate(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void SrMx_Float8E4M3_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.NonFinite)]
    public static partial void SrMx_Float8E4M3_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void SrMx_Float8E5M2_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);

    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.NonFinite)]
    public static partial void SrMx_Float8E5M2_NonFinite(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);

    [Quantize(NumberFormat.Float6E3M2, BlockSize = 32, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void SrMx_Float6E3M2_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);

    [Quantize(NumberFormat.Float6E2M3, BlockSize = 32, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void SrMx_Float6E2M3_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 32, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void SrMx_Float4E2M1_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);

    [Quantize(NumberFormat.Int8, BlockSize = 32, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void SrMx_Int8_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);

    [Quantize(NumberFormat.Int4, BlockSize = 32, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.Saturate)]
    public static partial void SrMx_Int4_Saturate(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);
}
