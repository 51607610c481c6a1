using System;

namespace NumericKernels.Benchmarks.Kernels
{
    internal static partial class GeneratedKernels
    {
        [Quantize(NumberFormat.Float8E4M3)]
        internal static partial void ToE4M3(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float4E2M1)]
        internal static partial void ToE2M1(ReadOnlySpan<float> x, Span<byte> codes);

        [Quantize(NumberFormat.Float16, Overflow = OverflowMode.NonFinite)]
        internal static partial void ToHalf(ReadOnlySpan<float> x, Span<Half> y);

        [Quantize(NumberFormat.BFloat16, Overflow = OverflowMode.NonFinite)]
        internal static partial void ToBFloat16(ReadOnlySpan<float> x, Span<BFloat16> y);

        [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.Stochastic, Overflow = OverflowMode.NonFinite)]
        internal static partial void ToBFloat16Stochastic(ReadOnlySpan<float> x, Span<BFloat16> y, ulong seed, long offset);

        [Quantize(NumberFormat.Float4E2M1, BlockSize = 32)]
        internal static partial void ToMxfp4(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        [Quantize(NumberFormat.Float8E4M3, BlockSize = 32)]
        internal static partial void ToMxfp8(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        [Quantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
        internal static partial void ToNvfp4(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        [Dequantize(NumberFormat.Float4E2M1, BlockSize = 32)]
        internal static partial void FromMxfp4(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

        [Dequantize(NumberFormat.Float8E4M3)]
        internal static partial void FromE4M3(ReadOnlySpan<byte> codes, Span<float> y);

        [Dequantize(NumberFormat.Float4E2M1)]
        internal static partial void FromE2M1(ReadOnlySpan<byte> codes, Span<float> y);

        [Dequantize(NumberFormat.Float16)]
        internal static partial void FromHalf(ReadOnlySpan<Half> codes, Span<float> y);
    }
}
