using System;
using System.Collections.Generic;

namespace NumericKernels.Samples.QuantizeWeights;

/// <summary>One block-scaled storage format: a generated quantizer and dequantizer pair and its layout.</summary>
internal sealed record Scheme(string Name, NumberFormat Element, int BlockSize, NumberFormat Scale,
    Action<float[], byte[], byte[]> Quantize, Action<byte[], byte[], float[]> Dequantize)
{
    public int CodeBytes(int count) => CodePacking.ByteCount(Element, count);

    public int ScaleBytes(int count) => BlockQuantization.ScaleCount(BlockSize, count);

    /// <summary>Storage per weight: element bits plus one scale byte per block.</summary>
    public double BitsPerWeight => NumberFormats.BitWidth(Element) + 8.0 / BlockSize;
}

internal static partial class Schemes
{
    public static IReadOnlyList<Scheme> All { get; } = new Scheme[]
    {
        new("MXFP8 E4M3", NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, (x, c, s) => MxE4M3(x, c, s), (c, s, y) => FromMxE4M3(c, s, y)),
        new("MXFP8 E5M2", NumberFormat.Float8E5M2, 32, NumberFormat.ScaleE8M0, (x, c, s) => MxE5M2(x, c, s), (c, s, y) => FromMxE5M2(c, s, y)),
        new("MXINT8", NumberFormat.Int8, 32, NumberFormat.ScaleE8M0, (x, c, s) => MxInt8(x, c, s), (c, s, y) => FromMxInt8(c, s, y)),
        new("MXFP6 E2M3", NumberFormat.Float6E2M3, 32, NumberFormat.ScaleE8M0, (x, c, s) => MxE2M3(x, c, s), (c, s, y) => FromMxE2M3(c, s, y)),
        new("MXFP6 E3M2", NumberFormat.Float6E3M2, 32, NumberFormat.ScaleE8M0, (x, c, s) => MxE3M2(x, c, s), (c, s, y) => FromMxE3M2(c, s, y)),
        new("MXFP4 E2M1", NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, (x, c, s) => MxE2M1(x, c, s), (c, s, y) => FromMxE2M1(c, s, y)),
        new("NVFP4 (16, UE4M3)", NumberFormat.Float4E2M1, 16, NumberFormat.ScaleUE4M3, (x, c, s) => NvE2M1(x, c, s), (c, s, y) => FromNvE2M1(c, s, y)),
        new("MXINT4", NumberFormat.Int4, 32, NumberFormat.ScaleE8M0, (x, c, s) => MxInt4(x, c, s), (c, s, y) => FromMxInt4(c, s, y)),
        new("INT4 (16, UE4M3)", NumberFormat.Int4, 16, NumberFormat.ScaleUE4M3, (x, c, s) => NvInt4(x, c, s), (c, s, y) => FromNvInt4(c, s, y)),
    };

    [Quantize(NumberFormat.Float8E4M3, BlockSize = 32)] private static partial void MxE4M3(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);
    [Dequantize(NumberFormat.Float8E4M3, BlockSize = 32)] private static partial void FromMxE4M3(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);
    [Quantize(NumberFormat.Float8E5M2, BlockSize = 32)] private static partial void MxE5M2(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);
    [Dequantize(NumberFormat.Float8E5M2, BlockSize = 32)] private static partial void FromMxE5M2(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);
    [Quantize(NumberFormat.Int8, BlockSize = 32)] private static partial void MxInt8(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);
    [Dequantize(NumberFormat.Int8, BlockSize = 32)] private static partial void FromMxInt8(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);
    [Quantize(NumberFormat.Float6E2M3, BlockSize = 32)] private static partial void MxE2M3(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);
    [Dequantize(NumberFormat.Float6E2M3, BlockSize = 32)] private static partial void FromMxE2M3(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);
    [Quantize(NumberFormat.Float6E3M2, BlockSize = 32)] private static partial void MxE3M2(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);
    [Dequantize(NumberFormat.Float6E3M2, BlockSize = 32)] private static partial void FromMxE3M2(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);
    [Quantize(NumberFormat.Float4E2M1, BlockSize = 32)] private static partial void MxE2M1(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);
    [Dequantize(NumberFormat.Float4E2M1, BlockSize = 32)] private static partial void FromMxE2M1(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);
    [Quantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)] private static partial void NvE2M1(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);
    [Dequantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)] private static partial void FromNvE2M1(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);
    [Quantize(NumberFormat.Int4, BlockSize = 32)] private static partial void MxInt4(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);
    [Dequantize(NumberFormat.Int4, BlockSize = 32)] private static partial void FromMxInt4(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);
    [Quantize(NumberFormat.Int4, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)] private static partial void NvInt4(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);
    [Dequantize(NumberFormat.Int4, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)] private static partial void FromNvInt4(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);
}
