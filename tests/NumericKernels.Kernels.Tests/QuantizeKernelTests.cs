using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>
/// Generated [Quantize] and [Dequantize] kernels are bit-identical to the scalar reference (NumberFormats, written from
/// the specifications in src/Runtime) on a strided sweep of all float bit patterns plus every edge of each format, on
/// every vector width (lengths that leave Vector512, Vector256, Vector128 and tail work) and in packed storage. The
/// exhaustive sweep over all 2^32 floats is behind `nk-search quantize-verify`.
/// </summary>
public class QuantizeKernelTests
{
    public static IEnumerable<object[]> QuantizeCases() => QuantizeKernels.Quantizers.Select(c => new object[] { c });

    public static IEnumerable<object[]> DequantizeCases() => QuantizeKernels.Dequantizers.Select(c => new object[] { c });

    private static float[] Inputs(NumberFormat format)
    {
        var inputs = new List<float>();
        for (ulong bits = 0; bits <= uint.MaxValue; bits += 65521)
        {
            inputs.Add(BitConverter.UInt32BitsToSingle((uint)bits));
        }
        int width = NumberFormats.BitWidth(format);
        var values = new SortedSet<double>();
        for (uint code = 0; code < Math.Min(1u << width, 1u << 16); code++)
        {
            double v = NumberFormats.Decode(format, code);
            if (double.IsFinite(v))
            {
                values.Add(v);
            }
        }
        double[] sorted = values.ToArray();
        for (int i = 0; i < sorted.Length; i++)
        {
            double[] around = i + 1 < sorted.Length
                ? new[] { sorted[i], (sorted[i] + sorted[i + 1]) / 2 }
                : new[] { sorted[i], sorted[i] * 1.0625, sorted[i] * 2 };
            foreach (double v in around)
            {
                float f = (float)v;
                inputs.Add(f);
                inputs.Add(MathF.BitIncrement(f));
                inputs.Add(MathF.BitDecrement(f));
            }
        }
        inputs.AddRange(new[] { float.NaN, -float.NaN, BitConverter.UInt32BitsToSingle(0x7F800001), BitConverter.UInt32BitsToSingle(0xFFA12345), float.PositiveInfinity, float.NegativeInfinity, 0f, -0f, float.Epsilon, -float.Epsilon, float.MaxValue, float.MinValue });
        return inputs.ToArray();
    }

    private static byte[] Reference(QuantizeKernels.QuantizeCase c, ReadOnlySpan<float> x)
    {
        var packed = new byte[CodePacking.ByteCount(c.Format, x.Length)];
        for (int i = 0; i < x.Length; i++)
        {
            CodePacking.Write(c.Format, packed, i, NumberFormats.Encode(c.Format, x[i], c.Rounding, c.Overflow));
        }
        return packed;
    }

    [Theory]
    [MemberData(nameof(QuantizeCases))]
    public void Quantize_matches_the_reference_bit_for_bit(QuantizeKernels.QuantizeCase c)
    {
        float[] x = Inputs(c.Format);
        byte[] expected = Reference(c, x);
        var actual = new byte[expected.Length];
        c.Kernel(x, actual);
        int first = Array.FindIndex(expected, 0, b => true);
        for (int i = 0; i < expected.Length; i++)
        {
            if (expected[i] != actual[i])
            {
                int element = i * 8 / NumberFormats.BitWidth(c.Format) is var e && c.Format is NumberFormat.Float16 or NumberFormat.BFloat16 ? i / 2 : i * 8 / Math.Max(NumberFormats.BitWidth(c.Format), 1);
                Assert.Fail($"{c}: byte {i} is 0x{actual[i]:X2}, expected 0x{expected[i]:X2} (near element {element}, x = {x[Math.Min(element, x.Length - 1)]:R}, bits 0x{BitConverter.SingleToUInt32Bits(x[Math.Min(element, x.Length - 1)]):X8})");
            }
        }
    }

    [Theory]
    [MemberData(nameof(QuantizeCases))]
    public void Every_length_packs_like_the_reference(QuantizeKernels.QuantizeCase c)
    {
        var random = new Random(11);
        for (int n = 0; n <= 140; n++)
        {
            float[] x = Enumerable.Range(0, n).Select(_ => (float)((random.NextDouble() - 0.5) * 2 * NumberFormats.MaxValue(c.Format))).ToArray();
            byte[] expected = Reference(c, x);
            var actual = new byte[expected.Length + 3];
            actual.AsSpan().Fill(0xA5);
            c.Kernel(x, actual);
            Assert.Equal(expected, actual.Take(expected.Length).ToArray());
            Assert.All(actual.Skip(expected.Length), b => Assert.Equal(0xA5, b)); // nothing written past the codes
        }
    }

    [Theory]
    [MemberData(nameof(DequantizeCases))]
    public void Dequantize_matches_the_reference_for_every_code(QuantizeKernels.DequantizeCase c)
    {
        int width = NumberFormats.BitWidth(c.Format);
        int count = 1 << width;
        var codes = new byte[CodePacking.ByteCount(c.Format, count * 3 + 5)];
        var expected = new float[count * 3 + 5];
        for (int i = 0; i < expected.Length; i++)
        {
            uint code = (uint)((i * 7919) % count); // every code, in an order that lands each in every lane position
            CodePacking.Write(c.Format, codes, i, code);
            expected[i] = NumberFormats.DecodeToSingle(c.Format, code);
        }
        var actual = new float[expected.Length];
        c.Kernel(codes, actual);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(BitConverter.SingleToUInt32Bits(expected[i]) == BitConverter.SingleToUInt32Bits(actual[i]),
                $"{c}: element {i} gave 0x{BitConverter.SingleToUInt32Bits(actual[i]):X8}, expected 0x{BitConverter.SingleToUInt32Bits(expected[i]):X8}");
        }
    }

    [Fact]
    public void Short_code_span_is_an_argument_exception_naming_it()
    {
        var x = new float[33];
        var e = Assert.Throws<ArgumentException>(() => QuantizeKernels.Q_Float4E2M1_ToNearestEven_Saturate(x, new byte[16]));
        Assert.Equal("codes", e.ParamName);
        var d = Assert.Throws<ArgumentException>(() => QuantizeKernels.D_Float6E3M2(new byte[3], new float[5]));
        Assert.Equal("codes", d.ParamName);
    }

    [Fact]
    public void Overlapping_spans_are_an_argument_exception()
    {
        var buffer = new float[64];
        var e = Assert.Throws<ArgumentException>(() => QuantizeKernels.Q_Float8E4M3_ToNearestEven_Saturate(buffer, System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan())));
        Assert.Equal("codes", e.ParamName);
    }
}
