using System;
using System.Globalization;
using Spectre.Console;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>[Quantize] and [Dequantize] kernels the generator wrote for this sample.</summary>
    internal static partial class QuantizationKernels
    {
        [Quantize(NumberFormat.Float8E4M3)]
        public static partial void ToE4M3(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.Float8E4M3)]
        public static partial void FromE4M3(ReadOnlySpan<byte> codes, Span<float> y);

        [Quantize(NumberFormat.Float4E2M1)]
        public static partial void ToE2M1(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.Float4E2M1)]
        public static partial void FromE2M1(ReadOnlySpan<byte> codes, Span<float> y);

        [Quantize(NumberFormat.Float4E2M1, BlockSize = 32)]
        public static partial void ToMxfp4(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        [Dequantize(NumberFormat.Float4E2M1, BlockSize = 32)]
        public static partial void FromMxfp4(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

        [Quantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
        public static partial void ToNvfp4(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        [Dequantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
        public static partial void FromNvfp4(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

        [Quantize(NumberFormat.BFloat16)]
        public static partial void ToBFloat16(ReadOnlySpan<float> x, Span<byte> codes);

        [Dequantize(NumberFormat.BFloat16)]
        public static partial void FromBFloat16(ReadOnlySpan<byte> codes, Span<float> y);
    }

    /// <summary>
    /// The quantization stop of the tour: normally distributed weights to FP8 E4M3, packed FP4 E2M1 and bfloat16 and back,
    /// with the error of the round trip, a byte-for-byte check against the scalar reference conversions, and indicative speed.
    /// </summary>
    internal static class QuantizationTour
    {
        private delegate void Quantizer(ReadOnlySpan<float> x, Span<byte> codes);

        private delegate void Dequantizer(ReadOnlySpan<byte> codes, Span<float> y);

        public static Table Build(int count)
        {
            var random = new Random(2026);
            float[] weights = new float[count];
            for (int i = 0; i < count; i++)
            {
                // Box-Muller: unit normal values, the shape of trained weights after their tensor scale.
                weights[i] = (float)(Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
            }
            for (int i = 0; i < count; i++)
            {
                // Rows of 1024 at scales from 2^-4 to 2^4: per-element formats lose the small rows, block scales follow them.
                weights[i] *= MathF.ScaleB(1f, (i / 1024 % 9) - 4);
            }
            var table = new Table().Title("[bold]Quantization: unit-normal weights times a scale per 1024, round to nearest even, saturating[/]")
                .AddColumns("Format", "Bits per value", "RMS error / RMS", "Max error", "Same bytes as the scalar reference", "ns/elem (ours)", "Speed-up vs scalar reference");
            Add(table, weights, NumberFormat.Float8E4M3, QuantizationKernels.ToE4M3, QuantizationKernels.FromE4M3);
            Add(table, weights, NumberFormat.Float4E2M1, QuantizationKernels.ToE2M1, QuantizationKernels.FromE2M1);
            AddBlocked(table, weights, "MXFP4 (E2M1, E8M0 per 32)", 32, NumberFormat.ScaleE8M0, QuantizationKernels.ToMxfp4, QuantizationKernels.FromMxfp4);
            AddBlocked(table, weights, "NVFP4 (E2M1, UE4M3 per 16)", 16, NumberFormat.ScaleUE4M3, QuantizationKernels.ToNvfp4, QuantizationKernels.FromNvfp4);
            Add(table, weights, NumberFormat.BFloat16, QuantizationKernels.ToBFloat16, QuantizationKernels.FromBFloat16);
            return table;
        }

        private static void Add(Table table, float[] x, NumberFormat format, Quantizer quantize, Dequantizer dequantize)
        {
            var codes = new byte[CodePacking.ByteCount(format, x.Length)];
            var y = new float[x.Length];
            quantize(x, codes);
            dequantize(codes, y);
            var reference = new byte[codes.Length];
            ReferenceQuantize(format, x, reference);
            double sumSquares = 0, sumErrors = 0, maxError = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double error = Math.Abs((double)y[i] - x[i]);
                sumSquares += (double)x[i] * x[i];
                sumErrors += error * error;
                maxError = Math.Max(maxError, error);
            }
            double ours = ThroughputProbe.NanosecondsPerItem(() => quantize(x, codes), x.Length);
            double scalar = ThroughputProbe.NanosecondsPerItem(() => ReferenceQuantize(format, x, reference), x.Length);
            table.AddRow(
                format.ToString(),
                CodePacking.StorageBits(format).ToString(CultureInfo.InvariantCulture),
                Math.Sqrt(sumErrors / sumSquares).ToString("0.0000", CultureInfo.InvariantCulture),
                maxError.ToString("0.0000", CultureInfo.InvariantCulture),
                codes.AsSpan().SequenceEqual(reference) ? "[green]yes[/]" : "[red]NO[/]",
                ours.ToString("0.00", CultureInfo.InvariantCulture),
                (scalar / ours).ToString("0.0", CultureInfo.InvariantCulture) + "×");
        }

        private delegate void BlockQuantizer(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

        private delegate void BlockDequantizer(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

        private static void AddBlocked(Table table, float[] x, string name, int blockSize, NumberFormat scale, BlockQuantizer quantize, BlockDequantizer dequantize)
        {
            var codes = new byte[CodePacking.ByteCount(NumberFormat.Float4E2M1, x.Length)];
            var scales = new byte[BlockQuantization.ScaleCount(blockSize, x.Length)];
            var y = new float[x.Length];
            quantize(x, codes, scales);
            dequantize(codes, scales, y);
            var referenceCodes = new byte[codes.Length];
            var referenceScales = new byte[scales.Length];
            BlockQuantization.Quantize(NumberFormat.Float4E2M1, blockSize, scale, x, referenceCodes, referenceScales);
            double sumSquares = 0, sumErrors = 0, maxError = 0;
            for (int i = 0; i < x.Length; i++)
            {
                double error = Math.Abs((double)y[i] - x[i]);
                sumSquares += (double)x[i] * x[i];
                sumErrors += error * error;
                maxError = Math.Max(maxError, error);
            }
            double ours = ThroughputProbe.NanosecondsPerItem(() => quantize(x, codes, scales), x.Length);
            double scalar = ThroughputProbe.NanosecondsPerItem(() => BlockQuantization.Quantize(NumberFormat.Float4E2M1, blockSize, scale, x, referenceCodes, referenceScales), x.Length);
            table.AddRow(
                name,
                (4 + 8.0 / blockSize).ToString("0.##", CultureInfo.InvariantCulture),
                Math.Sqrt(sumErrors / sumSquares).ToString("0.0000", CultureInfo.InvariantCulture),
                maxError.ToString("0.0000", CultureInfo.InvariantCulture),
                codes.AsSpan().SequenceEqual(referenceCodes) && scales.AsSpan().SequenceEqual(referenceScales) ? "[green]yes[/]" : "[red]NO[/]",
                ours.ToString("0.00", CultureInfo.InvariantCulture),
                (scalar / ours).ToString("0.0", CultureInfo.InvariantCulture) + "×");
        }

        private static void ReferenceQuantize(NumberFormat format, ReadOnlySpan<float> x, Span<byte> codes)
        {
            for (int i = 0; i < x.Length; i++)
            {
                CodePacking.Write(format, codes, i, NumberFormats.Encode(format, x[i]));
            }
        }
    }
}
