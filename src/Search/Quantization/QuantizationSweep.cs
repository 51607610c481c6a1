using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.Loader;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Quantization;
using NumericKernels.Search.Verification;

namespace NumericKernels.Search.Quantization
{
    /// <summary>One (format, rounding, overflow) of [Quantize] and its [Dequantize], as nk-search quantize-verify checks it.</summary>
    internal sealed record QuantizationConfig(NumberFormat Format, RoundingMode Rounding, OverflowMode Overflow)
    {
        public string Key => Format + "/" + Rounding + "/" + Overflow;

        public QuantizeKernel QuantizeKernel => new QuantizeKernel(QuantizeDirection.Quantize, (NumberFormatId)(int)Format, (RoundingModeId)(int)Rounding, (OverflowModeId)(int)Overflow);

        public QuantizeKernel DequantizeKernel => new QuantizeKernel(QuantizeDirection.Dequantize, (NumberFormatId)(int)Format, RoundingModeId.ToNearestEven, OverflowModeId.Saturate);
    }

    /// <summary>What a sweep found: inputs checked and the first mismatches.</summary>
    internal sealed record QuantizationResult(string Key, long Inputs, long Mismatches, IReadOnlyList<string> Examples, int CodesChecked, int CodeMismatches)
    {
        public bool Passed => Mismatches == 0 && CodeMismatches == 0;
    }

    /// <summary>
    /// Compiles the text the generator emits for a quantization kernel, runs it over float bit patterns (every one of
    /// the 2^32 by default) and over every code of the format back, and compares each byte with the reference
    /// (NumberFormats.Encode packed by CodePacking, and NumberFormats.DecodeToSingle).
    /// </summary>
    internal static class QuantizationSweep
    {
        public const int ChunkSize = 1 << 16;

        private delegate void QuantizeRun(ReadOnlySpan<float> x, Span<byte> codes);

        private delegate void DequantizeRun(ReadOnlySpan<byte> codes, Span<float> y);

        public static long PlannedInputs(long stride) => (long)((1UL << 32) + (ulong)stride - 1) / stride;

        public static QuantizationResult Run(QuantizationConfig config, long stride, Action<long>? progress, CancellationToken cancellation)
        {
            (AssemblyLoadContext qContext, Type qType) = KernelCompiler.CompileType(QuantizeKernelEmitter.Emit(config.QuantizeKernel), "NumericKernels.Generated." + config.QuantizeKernel.ClassName);
            (AssemblyLoadContext dContext, Type dType) = KernelCompiler.CompileType(QuantizeKernelEmitter.Emit(config.DequantizeKernel), "NumericKernels.Generated." + config.DequantizeKernel.ClassName);
            try
            {
                var quantize = (QuantizeRun)Delegate.CreateDelegate(typeof(QuantizeRun), qType.GetMethod("Run")!);
                var dequantize = (DequantizeRun)Delegate.CreateDelegate(typeof(DequantizeRun), dType.GetMethod("Run")!);
                (int codes, int codeMismatches) = CheckCodes(config.Format, dequantize);
                long inputs = PlannedInputs(stride);
                long chunks = (inputs + ChunkSize - 1) / ChunkSize;
                long mismatches = 0;
                var examples = new ConcurrentBag<string>();
                Parallel.For(0L, chunks, new ParallelOptions { CancellationToken = cancellation }, () => new Buffers(config.Format), (chunk, _, buffers) =>
                {
                    long first = chunk * ChunkSize;
                    int count = (int)Math.Min(ChunkSize, inputs - first);
                    Span<float> x = buffers.Inputs.AsSpan(0, count);
                    for (int i = 0; i < count; i++)
                    {
                        x[i] = BitConverter.UInt32BitsToSingle((uint)((first + i) * stride));
                    }
                    int bytes = CodePacking.ByteCount(config.Format, count);
                    Span<byte> actual = buffers.Actual.AsSpan(0, bytes);
                    Span<byte> expected = buffers.Expected.AsSpan(0, bytes);
                    expected.Clear();
                    quantize(x, actual);
                    for (int i = 0; i < count; i++)
                    {
                        CodePacking.Write(config.Format, expected, i, NumberFormats.Encode(config.Format, x[i], config.Rounding, config.Overflow));
                    }
                    if (!actual.SequenceEqual(expected))
                    {
                        for (int i = 0; i < count; i++)
                        {
                            uint a = CodePacking.Read(config.Format, actual, i), e = CodePacking.Read(config.Format, expected, i);
                            if (a != e)
                            {
                                Interlocked.Increment(ref mismatches);
                                if (examples.Count < 8)
                                {
                                    examples.Add($"x = {x[i]:R} (0x{BitConverter.SingleToUInt32Bits(x[i]):X8}): kernel 0x{a:X}, reference 0x{e:X}");
                                }
                            }
                        }
                    }
                    progress?.Invoke(count);
                    return buffers;
                }, _ => { });
                return new QuantizationResult(config.Key, inputs, mismatches, examples.ToArray(), codes, codeMismatches);
            }
            finally
            {
                qContext.Unload();
                dContext.Unload();
            }
        }

        /// <summary>Every code of the format, several times over in shifted orders so each sits in every lane and tail position.</summary>
        private static (int Codes, int Mismatches) CheckCodes(NumberFormat format, DequantizeRun dequantize)
        {
            int codeCount = 1 << NumberFormats.BitWidth(format);
            int count = codeCount * 3 + 13;
            var packed = new byte[CodePacking.ByteCount(format, count)];
            var expected = new float[count];
            for (int i = 0; i < count; i++)
            {
                uint code = (uint)((i * 7919L) % codeCount);
                CodePacking.Write(format, packed, i, code);
                expected[i] = NumberFormats.DecodeToSingle(format, code);
            }
            var actual = new float[count];
            dequantize(packed, actual);
            int mismatches = 0;
            for (int i = 0; i < count; i++)
            {
                if (BitConverter.SingleToUInt32Bits(actual[i]) != BitConverter.SingleToUInt32Bits(expected[i]))
                {
                    mismatches++;
                }
            }
            return (count, mismatches);
        }

        private sealed class Buffers
        {
            public Buffers(NumberFormat format)
            {
                int bytes = CodePacking.ByteCount(format, ChunkSize);
                Actual = new byte[bytes];
                Expected = new byte[bytes];
            }

            public float[] Inputs { get; } = new float[ChunkSize];

            public byte[] Actual { get; }

            public byte[] Expected { get; }
        }

        /// <summary>The configurations to check: every element format, and the rounding and overflow modes asked for.</summary>
        public static IReadOnlyList<QuantizationConfig> Configs(IReadOnlyList<NumberFormat> formats, IReadOnlyList<RoundingMode> roundings, IReadOnlyList<OverflowMode> overflows)
        {
            var configs = new List<QuantizationConfig>();
            foreach (NumberFormat format in formats)
            {
                foreach (RoundingMode rounding in roundings)
                {
                    foreach (OverflowMode overflow in overflows.Where(o => o == OverflowMode.Saturate || NumberFormats.HasNonFiniteValues(format)))
                    {
                        configs.Add(new QuantizationConfig(format, rounding, overflow));
                    }
                }
            }
            return configs;
        }

        public static readonly NumberFormat[] ElementFormats =
        {
            NumberFormat.Float8E4M3, NumberFormat.Float8E5M2, NumberFormat.Float6E3M2, NumberFormat.Float6E2M3, NumberFormat.Float4E2M1,
            NumberFormat.Int8, NumberFormat.Int4, NumberFormat.BFloat16, NumberFormat.Float16,
        };
    }
}
