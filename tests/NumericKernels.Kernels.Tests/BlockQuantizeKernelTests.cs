using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>
/// Block-scaled and stochastic generated kernels are bit-identical to the scalar reference (BlockQuantization and
/// StochasticRounding in src/Runtime, written from the OCP MX and NVFP4 descriptions) on random and adversarial blocks,
/// on lengths that run every vector width and a partial last block, with offsets that carry into the counter's high word.
/// </summary>
public class BlockQuantizeKernelTests
{
    public static IEnumerable<object[]> QuantizeCases() => BlockQuantizeKernels.Quantizers.Select(c => new object[] { c });

    public static IEnumerable<object[]> DequantizeCases() => BlockQuantizeKernels.Dequantizers.Select(c => new object[] { c });

    public static IEnumerable<object[]> StochasticCases() => BlockQuantizeKernels.Stochastic.Select(c => new object[] { c });

    /// <summary>
    /// Blocks of every kind, 16 elements at a time (so a block of 32 mixes two kinds): random values at random magnitudes,
    /// all zero, one NaN or infinity, subnormal only, amax exactly at a power of two and just below, huge and tiny
    /// values mixed, values on the element format's ties after scaling, and strided float bit patterns.
    /// </summary>
    internal static float[] AdversarialBlocks(int count, int seed)
    {
        var random = new Random(seed);
        var x = new float[count];
        for (int start = 0; start < count; start += 16)
        {
            int kind = random.Next(10);
            float magnitude = MathF.ScaleB(1f, random.Next(-140, 120));
            for (int i = start; i < Math.Min(start + 16, count); i++)
            {
                x[i] = kind switch
                {
                    0 => 0f,
                    1 => i == start + 5 ? (random.Next(2) == 0 ? float.NaN : float.NegativeInfinity) : (float)random.NextDouble(),
                    2 => (random.Next(1 << 20) - (1 << 19)) * float.Epsilon,
                    3 => i == start + 3 ? MathF.ScaleB(1f, random.Next(-120, 120)) : (float)(random.NextDouble() - 0.5) * MathF.ScaleB(1f, random.Next(-130, 0)),
                    4 => i % 3 == 0 ? 3e38f * (random.Next(2) * 2 - 1) : 1e-38f * (float)random.NextDouble(),
                    5 => (random.Next(64) + 0.5f) * MathF.ScaleB(1f, random.Next(-8, 8)) * (random.Next(2) * 2 - 1), // ties of many formats
                    6 => BitConverter.UInt32BitsToSingle((uint)random.NextInt64(0, 1L << 32)) is var f && float.IsFinite(f) ? f : 1f,
                    7 => i == start ? MathF.BitDecrement(MathF.ScaleB(1f, random.Next(-100, 100))) : (float)(random.NextDouble() * 0.1),
                    _ => (float)((random.NextDouble() * 2 - 1) * magnitude),
                };
            }
        }
        return x;
    }

    private static readonly int[] Lengths = { 0, 1, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 191, 1000, 4096 + 37 };

    [Theory]
    [MemberData(nameof(QuantizeCases))]
    public void Block_quantize_matches_the_reference_bit_for_bit(BlockQuantizeKernels.BlockCase c)
    {
        foreach (int n in Lengths)
        {
            float[] x = AdversarialBlocks(n, n + 7);
            var expectedCodes = new byte[CodePacking.ByteCount(c.Format, n)];
            var expectedScales = new byte[BlockQuantization.ScaleCount(c.BlockSize, n)];
            BlockQuantization.Quantize(c.Format, c.BlockSize, c.Scale, x, expectedCodes, expectedScales, c.Rounding, c.Overflow);
            var codes = new byte[expectedCodes.Length + 2];
            var scales = new byte[expectedScales.Length + 2];
            codes.AsSpan().Fill(0xA5);
            scales.AsSpan().Fill(0xA5);
            c.Kernel(x, codes, scales);
            AssertBytes(c.ToString(), n, "scale", expectedScales, scales, c.BlockSize, x);
            AssertBytes(c.ToString(), n, "code", expectedCodes, codes, 0, x);
            Assert.All(codes.Skip(expectedCodes.Length), b => Assert.Equal(0xA5, b)); // nothing written past the codes
            Assert.All(scales.Skip(expectedScales.Length), b => Assert.Equal(0xA5, b));
        }
    }

    private static void AssertBytes(string kernel, int n, string what, byte[] expected, byte[] actual, int blockSize, float[] x)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            if (expected[i] != actual[i])
            {
                string block = blockSize == 0 ? string.Empty : " block [" + string.Join(", ", x.Skip(i * blockSize).Take(blockSize).Select(v => v.ToString("R"))) + "]";
                Assert.Fail($"{kernel}, length {n}: {what} byte {i} is 0x{actual[i]:X2}, expected 0x{expected[i]:X2}{block}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(DequantizeCases))]
    public void Block_dequantize_matches_the_reference_for_every_code_and_scale(BlockQuantizeKernels.BlockDequantizeCase c)
    {
        int width = NumberFormats.BitWidth(c.Format);
        foreach (int n in new[] { 1, 17, 33, 129, 256 * 64 + 21 })
        {
            var codes = new byte[CodePacking.ByteCount(c.Format, n)];
            var scales = new byte[BlockQuantization.ScaleCount(c.BlockSize, n)];
            for (int i = 0; i < n; i++)
            {
                CodePacking.Write(c.Format, codes, i, (uint)((i * 7919) % (1 << width)));
            }
            for (int b = 0; b < scales.Length; b++)
            {
                scales[b] = (byte)(b * 97 % 256); // every scale byte, NaN and (UE4M3) zero and bit-7-set ones included
            }
            var expected = new float[n];
            BlockQuantization.Dequantize(c.Format, c.BlockSize, c.Scale, codes, scales, expected);
            var actual = new float[n + 1];
            actual[n] = 42f;
            c.Kernel(codes, scales, actual.AsSpan(0, n));
            for (int i = 0; i < n; i++)
            {
                Assert.True(BitConverter.SingleToUInt32Bits(expected[i]) == BitConverter.SingleToUInt32Bits(actual[i]),
                    $"{c}: element {i} (code 0x{CodePacking.Read(c.Format, codes, i):X2}, scale 0x{scales[i / c.BlockSize]:X2}) gave 0x{BitConverter.SingleToUInt32Bits(actual[i]):X8}, expected 0x{BitConverter.SingleToUInt32Bits(expected[i]):X8}");
            }
            Assert.Equal(42f, actual[n]);
        }
    }

    [Fact]
    public void Mxfp4_round_trip_of_a_block_stays_within_half_an_element_step()
    {
        var random = new Random(5);
        float[] x = Enumerable.Range(0, 32 * 50 + 9).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var codes = new byte[CodePacking.ByteCount(NumberFormat.Float4E2M1, x.Length)];
        var scales = new byte[BlockQuantization.ScaleCount(32, x.Length)];
        BlockQuantizeKernels.Mx_Float4E2M1_ToNearestEven_Saturate(x, codes, scales);
        var y = new float[x.Length];
        BlockQuantizeKernels.DMx_Float4E2M1(codes, scales, y);
        for (int i = 0; i < x.Length; i++)
        {
            double scale = Math.ScaleB(1, scales[i / 32] - 127);
            // E2M1 steps are at most 2 (between 4 and 6) in units of the scale; values beyond 6 units saturate.
            double bound = Math.Abs(x[i]) / scale > 6 ? Math.Abs(x[i]) - 6 * scale : 1.0 * scale;
            Assert.InRange(Math.Abs(y[i] - x[i]), 0, bound);
        }
    }

    [Theory]
    [MemberData(nameof(StochasticCases))]
    public void Stochastic_quantize_matches_the_reference_at_every_offset(BlockQuantizeKernels.StochasticCase c)
    {
        foreach ((int n, long offset, ulong seed) in new[] { (1000, 0L, 1UL), (4096 + 37, (1L << 32) - 77, 0xDEADBEEFUL), (129, -5L, ulong.MaxValue), (65, 123456789012L, 42UL),
            // bfloat16 hashes one word per element pair: an odd start, a word counter that wraps its low 32 bits, and a
            // stream index that wraps from long.MaxValue to long.MinValue.
            (300, (1L << 33) - 77, 3UL), (300, (1L << 33) - 76, 4UL), (300, long.MaxValue - 100, 5UL), (1, 7L, 6UL), (2, 7L, 6UL) })
        {
            float[] x = c.BlockSize == 0 ? StridedAndEdges(n, seed) : AdversarialBlocks(n, unchecked((int)seed));
            var expectedCodes = new byte[CodePacking.ByteCount(c.Format, n)];
            var expectedScales = new byte[BlockQuantization.ScaleCount(c.BlockSize, n)];
            BlockQuantization.Quantize(c.Format, c.BlockSize, c.Scale, x, expectedCodes, expectedScales, RoundingMode.Stochastic, c.Overflow, seed, offset);
            var codes = new byte[expectedCodes.Length];
            var scales = new byte[expectedScales.Length];
            c.Kernel(x, codes, scales, seed, offset);
            AssertBytes($"{c} seed {seed} offset {offset}", n, "scale", expectedScales, scales, c.BlockSize, x);
            AssertBytes($"{c} seed {seed} offset {offset}", n, "code", expectedCodes, codes, 0, x);
        }
    }

    private static float[] StridedAndEdges(int n, ulong seed)
    {
        var random = new Random(unchecked((int)seed));
        return Enumerable.Range(0, n).Select(i => (i % 4) switch
        {
            0 => BitConverter.UInt32BitsToSingle((uint)random.NextInt64(0, 1L << 32)),
            1 => (float)(random.NextDouble() * 4 - 2),
            2 => (random.Next(32) + 0.5f) * MathF.ScaleB(1f, random.Next(-30, 10)),
            _ => (random.Next(1 << 12) - (1 << 11)) * float.Epsilon,
        }).ToArray();
    }

    [Theory]
    [MemberData(nameof(StochasticCases))]
    public void Stochastic_stream_in_pieces_equals_the_stream_at_once(BlockQuantizeKernels.StochasticCase c)
    {
        int n = 32 * 40;
        float[] x = c.BlockSize == 0 ? StridedAndEdges(n, 3) : AdversarialBlocks(n, 3);
        int bits = NumberFormats.BitWidth(c.Format);
        var whole = new byte[CodePacking.ByteCount(c.Format, n)];
        var wholeScales = new byte[BlockQuantization.ScaleCount(c.BlockSize, n)];
        c.Kernel(x, whole, wholeScales, 99, 1000);
        // Pieces that start on whole bytes of codes and whole blocks: multiples of 32 elements, of uneven lengths.
        var pieces = new byte[whole.Length];
        var pieceScales = new byte[wholeScales.Length];
        int[] cuts = { 0, 32, 96, 416, 448, 1280 };
        for (int k = 0; k + 1 < cuts.Length; k++)
        {
            int from = cuts[k], to = cuts[k + 1];
            c.Kernel(x.AsSpan(from, to - from), pieces.AsSpan(from * bits / 8), c.BlockSize == 0 ? Span<byte>.Empty : pieceScales.AsSpan(from / c.BlockSize), 99, 1000 + from);
        }
        Assert.Equal(whole, pieces);
        Assert.Equal(wholeScales, pieceScales);
    }

    [Fact]
    public void Short_scale_span_is_an_argument_exception_naming_it()
    {
        var x = new float[33];
        var e = Assert.Throws<ArgumentException>(() => BlockQuantizeKernels.Mx_Float4E2M1_ToNearestEven_Saturate(x, new byte[17], new byte[1]));
        Assert.Equal("scales", e.ParamName);
        var c = Assert.Throws<ArgumentException>(() => BlockQuantizeKernels.Nv_Float4E2M1_ToNearestEven_Saturate(x, new byte[16], new byte[3]));
        Assert.Equal("codes", c.ParamName);
        var d = Assert.Throws<ArgumentException>(() => BlockQuantizeKernels.DNv_Float4E2M1(new byte[17], new byte[2], new float[33]));
        Assert.Equal("scales", d.ParamName);
    }

    [Fact]
    public void Scales_sharing_memory_with_the_codes_are_an_argument_exception()
    {
        var buffer = new byte[64];
        var e = Assert.Throws<ArgumentException>(() => BlockQuantizeKernels.Mx_Float8E4M3_ToNearestEven_Saturate(new float[32], buffer.AsSpan(0, 32), buffer.AsSpan(31, 1)));
        Assert.Equal("scales", e.ParamName);
    }
}
