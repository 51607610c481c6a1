using System;
using System.Collections.Generic;

// Block-scaled [Quantize] and [Dequantize] (OCP MX with E8M0 scales, NVFP4-style with UE4M3 scales) and stochastic
// rounding: their packed codes and scales are hashed so runs on other runtimes and architectures can be compared.
namespace NumericKernels.Samples.PathCheck.Kernels
{
    internal delegate void BlockQuantizeKernel(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);

    internal delegate void BlockDequantizeKernel(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

    internal sealed record BlockQuantizePaths(string Name, NumberFormat Format, int BlockSize, BlockQuantizeKernel Kernel);

    internal sealed record BlockDequantizePaths(string Name, NumberFormat Format, int BlockSize, BlockDequantizeKernel Kernel);

    internal static partial class BlockQuantizeKernels
    {
        public static IReadOnlyList<BlockQuantizePaths> Quantizers { get; } = new BlockQuantizePaths[]
        {
            new("quantize.mx.Float4E2M1.ToNearestEven", NumberFormat.Float4E2M1, 32, (x, c, s, _, _) => Mxfp4(x, c, s)),
            new("quantize.mx.Float8E4M3.TowardPositive", NumberFormat.Float8E4M3, 32, (x, c, s, _, _) => Mxfp8Up(x, c, s)),
            new("quantize.mx.Float6E3M2.ToNearestEven", NumberFormat.Float6E3M2, 32, (x, c, s, _, _) => Mxfp6(x, c, s)),
            new("quantize.mx.Int8.ToNearestEven", NumberFormat.Int8, 32, (x, c, s, _, _) => Mxint8(x, c, s)),
            new("quantize.nv.Float4E2M1.ToNearestEven", NumberFormat.Float4E2M1, 16, (x, c, s, _, _) => Nvfp4(x, c, s)),
            new("quantize.nv.Float8E5M2.TowardNegative.NonFinite", NumberFormat.Float8E5M2, 16, (x, c, s, _, _) => NvE5M2Down(x, c, s)),
            new("quantize.stochastic.BFloat16", NumberFormat.BFloat16, 0, (x, c, _, seed, offset) => StochasticBFloat16(x, c, seed, offset)),
            new("quantize.stochastic.Float8E4M3", NumberFormat.Float8E4M3, 0, (x, c, _, seed, offset) => StochasticE4M3(x, c, seed, offset)),
            new("quantize.stochastic.mx.Float4E2M1", NumberFormat.Float4E2M1, 32, StochasticMxfp4),
        };

        public static IReadOnlyList<BlockDequantizePaths> Dequantizers { get; } = new BlockDequantizePaths[]
        {
            new("dequantize.mx.Float4E2M1", NumberFormat.Float4E2M1, 32, FromMxfp4),
            new("dequantize.mx.Int8", NumberFormat.Int8, 32, FromMxint8),
            new("dequantize.nv.Float4E2M1", NumberFormat.Float4E2M1, 16, FromNvfp4),
            new("dequantize.nv.Float8E5M2", NumberFormat.Float8E5M2, 16, FromNvE5M2),
        };

        [Quantize(NumberFormat.Float4E2M1, BlockSize = 32)]
        public static partial void Mxfp4(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        [Quantize(NumberFormat.Float8E4M3, BlockSize = 32, Rounding = RoundingMode.TowardPositive)]
        public static partial void Mxfp8Up(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        [Quantize(NumberFormat.Float6E3M2, BlockSize = 32)]
        public static partial void Mxfp6(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        [Quantize(NumberFormat.Int8, BlockSize = 32)]
        public static partial void Mxint8(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        [Quantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
        public static partial void Nvfp4(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        [Quantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardNegative, Overflow = OverflowMode.NonFinite)]
        public static partial void NvE5M2Down(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.Stochastic)]
        public static partial void StochasticBFloat16(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

        [Quantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.Stochastic)]
        public static partial void StochasticE4M3(ReadOnlySpan<float> x, Span<byte> codes, ulong seed, long offset);

        [Quantize(NumberFormat.Float4E2M1, BlockSize = 32, Rounding = RoundingMode.Stochastic)]
        public static partial void StochasticMxfp4(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);

        [Dequantize(NumberFormat.Float4E2M1, BlockSize = 32)]
        public static partial void FromMxfp4(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

        [Dequantize(NumberFormat.Int8, BlockSize = 32)]
        public static partial void FromMxint8(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

        [Dequantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
        public static partial void FromNvfp4(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

        [Dequantize(NumberFormat.Float8E5M2, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
        public static partial void FromNvE5M2(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);
    }
}
