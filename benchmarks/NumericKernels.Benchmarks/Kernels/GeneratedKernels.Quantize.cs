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

        [Dequantize(NumberFormat.Float8E4M3)]
        internal static partial void FromE4M3(ReadOnlySpan<byte> codes, Span<float> y);

        [Dequantize(NumberFormat.Float4E2M1)]
        internal static partial void FromE2M1(ReadOnlySpan<byte> codes, Span<float> y);

        [Dequantize(NumberFormat.Float16)]
        internal static partial void FromHalf(ReadOnlySpan<Half> codes, Span<float> y);
    }
}
