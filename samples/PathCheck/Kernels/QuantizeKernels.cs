using System;
using System.Collections.Generic;

// [Quantize] for every element format in three rounding and overflow combinations, and [Dequantize] for each format:
// their packed output is hashed so runs on other runtimes and architectures can be compared.
namespace NumericKernels.Samples.PathCheck.Kernels
{
    internal delegate void QuantizeKernel(ReadOnlySpan<float> x, Span<byte> codes);

    internal delegate void DequantizeKernel(ReadOnlySpan<byte> codes, Span<float> y);

    internal sealed record QuantizePaths(string Name, NumberFormat Format, QuantizeKernel Kernel);

    internal sealed record DequantizePaths(string Name, NumberFormat Format, DequantizeKernel Kernel);

    internal static partial class QuantizeKernels
    {
        public static IReadOnlyList<QuantizePaths> Quantizers { get; } = new QuantizePaths[]
        {
            new("quantize.Float8E4M3.ToNearestEven.Saturate", NumberFormat.Float8E4M3, Q_Float8E4M3_ToNearestEven_Saturate),
            new("quantize.Float8E4M3.TowardNegative.NonFinite", NumberFormat.Float8E4M3, Q_Float8E4M3_TowardNegative_NonFinite),
            new("quantize.Float8E4M3.ToNearestAway.Saturate", NumberFormat.Float8E4M3, Q_Float8E4M3_ToNearestAway_Saturate),
            new("quantize.Float8E5M2.ToNearestEven.Saturate", NumberFormat.Float8E5M2, Q_Float8E5M2_ToNearestEven_Saturate),
            new("quantize.Float8E5M2.TowardNegative.NonFinite", NumberFormat.Float8E5M2, Q_Float8E5M2_TowardNegative_NonFinite),
            new("quantize.Float8E5M2.ToNearestAway.Saturate", NumberFormat.Float8E5M2, Q_Float8E5M2_ToNearestAway_Saturate),
            new("quantize.Float6E3M2.ToNearestEven.Saturate", NumberFormat.Float6E3M2, Q_Float6E3M2_ToNearestEven_Saturate),
            new("quantize.Float6E3M2.TowardNegative.Saturate", NumberFormat.Float6E3M2, Q_Float6E3M2_TowardNegative_Saturate),
            new("quantize.Float6E3M2.ToNearestAway.Saturate", NumberFormat.Float6E3M2, Q_Float6E3M2_ToNearestAway_Saturate),
            new("quantize.Float6E2M3.ToNearestEven.Saturate", NumberFormat.Float6E2M3, Q_Float6E2M3_ToNearestEven_Saturate),
            new("quantize.Float6E2M3.TowardNegative.Saturate", NumberFormat.Float6E2M3, Q_Float6E2M3_TowardNegative_Saturate),
            new("quantize.Float6E2M3.ToNearestAway.Saturate", NumberFormat.Float6E2M3, Q_Float6E2M3_ToNearestAway_Saturate),
            new("quantize.Float4E2M1.ToNearestEven.Saturate", NumberFormat.Float4E2M1, Q_Float4E2M1_ToNearestEven_Saturate),
            new("quantize.Float4E2M1.TowardNegative.Saturate", NumberFormat.Float4E2M1, Q_Float4E2M1_TowardNegative_Saturate),
            new("quantize.Float4E2M1.ToNearestAway.Saturate", NumberFormat.Float4E2M1, Q_Float4E2M1_ToNearestAway_Saturate),
            new("quantize.Int8.ToNearestEven.Saturate", NumberFormat.Int8, Q_Int8_ToNearestEven_Saturate),
            new("quantize.Int8.TowardNegative.Saturate", NumberFormat.Int8, Q_Int8_TowardNegative_Saturate),
            new("quantize.Int8.ToNearestAway.Saturate", NumberFormat.Int8, Q_Int8_ToNearestAway_Saturate),
            new("quantize.Int4.ToNearestEven.Saturate", NumberFormat.Int4, Q_Int4_ToNearestEven_Saturate),
            new("quantize.Int4.TowardNegative.Saturate", NumberFormat.Int4, Q_Int4_TowardNegative_Saturate),
            new("quantize.Int4.ToNearestAway.Saturate", NumberFormat.Int4, Q_Int4_ToNearestAway_Saturate),
            new("quantize.BFloat16.ToNearestEven.Saturate", NumberFormat.BFloat16, Q_BFloat16_ToNearestEven_Saturate),
            new("quantize.BFloat16.TowardNegative.NonFinite", NumberFormat.BFloat16, Q_BFloat16_TowardNegative_NonFinite),
            new("quantize.BFloat16.ToNearestAway.Saturate", NumberFormat.BFloat16, Q_BFloat16_ToNearestAway_Saturate),
            new("quantize.Float16.ToNearestEven.Saturate", NumberFormat.Float16, Q_Float16_ToNearestEven_Saturate),
            new("quantize.Float16.TowardNegative.NonFinite", NumberFormat.Float16, Q_Float16_TowardNegative_NonFinite),
            new("quantize.Float16.ToNearestAway.Saturate", NumberFormat.Float16, Q_Float16_ToNearestAway_Saturate),
        };

        public static IReadOnlyList<DequantizePaths> Dequantizers { get; } = new DequantizePaths[]
        {
            new("dequantize.Float8E4M3", NumberFormat.Float8E4M3, D_Float8E4M3),
            new("dequantize.Float8E5M2", NumberFormat.Float8E5M2, D_Float8E5M2),
            new("dequantize.Float6E3M2", NumberFormat.Float6E3M2, D_Float6E3M2),
            new("dequantize.Float6E2M3", NumberFormat.Float6E2M3, D_Float6E2M3),
            new("dequantize.Float4E2M1", NumberFormat.Float4E2M1, D_Float4E2M1),
            new("dequantize.Int8", NumberFormat.Int8, D_Int8),
            new("dequantize.Int4", NumberFormat.Int4, D_Int4),
            new("dequantize.BFloat16", NumberFormat.BFloat16, D_BFloat16),
            new("dequantize.Float16", NumberFormat.Float16, D_Float16),
        };

        [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float8E4M3_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
        public static partial void Q_Float8E4M3_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float8E4M3_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.Float8E4M3)]
        public static partial void D_Float8E4M3(ReadOnlySpan<byte> codes, Span<float> y);

        [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float8E5M2_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
        public static partial void Q_Float8E5M2_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float8E5M2, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float8E5M2_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.Float8E5M2)]
        public static partial void D_Float8E5M2(ReadOnlySpan<byte> codes, Span<float> y);

        [Quantize(NumberFormat.Float6E3M2, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float6E3M2_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float6E3M2, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float6E3M2_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float6E3M2, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float6E3M2_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.Float6E3M2)]
        public static partial void D_Float6E3M2(ReadOnlySpan<byte> codes, Span<float> y);

        [Quantize(NumberFormat.Float6E2M3, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float6E2M3_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float6E2M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float6E2M3_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float6E2M3, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float6E2M3_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.Float6E2M3)]
        public static partial void D_Float6E2M3(ReadOnlySpan<byte> codes, Span<float> y);

        [Quantize(NumberFormat.Float4E2M1, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float4E2M1_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float4E2M1, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float4E2M1_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float4E2M1, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float4E2M1_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.Float4E2M1)]
        public static partial void D_Float4E2M1(ReadOnlySpan<byte> codes, Span<float> y);

        [Quantize(NumberFormat.Int8, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Int8_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Int8, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Int8_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Int8, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Int8_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.Int8)]
        public static partial void D_Int8(ReadOnlySpan<byte> codes, Span<float> y);

        [Quantize(NumberFormat.Int4, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Int4_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Int4, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Int4_TowardNegative_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Int4, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Int4_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.Int4)]
        public static partial void D_Int4(ReadOnlySpan<byte> codes, Span<float> y);

        [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
        public static partial void Q_BFloat16_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
        public static partial void Q_BFloat16_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
        public static partial void Q_BFloat16_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.BFloat16)]
        public static partial void D_BFloat16(ReadOnlySpan<byte> codes, Span<float> y);

        [Quantize(NumberFormat.Float16, Rounding = RoundingMode.ToNearestEven, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float16_ToNearestEven_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float16, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
        public static partial void Q_Float16_TowardNegative_NonFinite(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float16, Rounding = RoundingMode.ToNearestAway, Overflow = OverflowMode.Saturate)]
        public static partial void Q_Float16_ToNearestAway_Saturate(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.Float16)]
        public static partial void D_Float16(ReadOnlySpan<byte> codes, Span<float> y);
    }
}
