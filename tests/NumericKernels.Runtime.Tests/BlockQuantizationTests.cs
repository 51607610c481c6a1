using System;
using System.Linq;
using Xunit;

namespace NumericKernels.Runtime.Tests;

/// <summary>
/// OCP MX and NVFP4 block scaling of the reference on adversarial blocks: all zero, NaN or infinity inside, subnormal
/// only, amax exactly at a power of two, huge and tiny values mixed, a partial last block; and packed layouts.
/// </summary>
public class BlockQuantizationTests
{
    private static (byte[] Codes, byte[] Scales) Quantize(NumberFormat element, int blockSize, NumberFormat scale, float[] x, RoundingMode rounding = RoundingMode.ToNearestEven)
    {
        var codes = new byte[CodePacking.ByteCount(element, x.Length)];
        var scales = new byte[BlockQuantization.ScaleCount(blockSize, x.Length)];
        BlockQuantization.Quantize(element, blockSize, scale, x, codes, scales, rounding);
        return (codes, scales);
    }

    private static float[] Dequantize(NumberFormat element, int blockSize, NumberFormat scale, byte[] codes, byte[] scales, int count)
    {
        var y = new float[count];
        BlockQuantization.Dequantize(element, blockSize, scale, codes, scales, y);
        return y;
    }

    [Theory]
    [InlineData(NumberFormat.Float8E4M3, 8)]
    [InlineData(NumberFormat.Float8E5M2, 15)]
    [InlineData(NumberFormat.Float6E3M2, 4)]
    [InlineData(NumberFormat.Float6E2M3, 2)]
    [InlineData(NumberFormat.Float4E2M1, 2)]
    [InlineData(NumberFormat.Int8, 0)]
    [InlineData(NumberFormat.Int4, 0)]
    public void Mx_shared_exponent_is_floor_log2_amax_minus_emax(NumberFormat element, int emax)
    {
        Assert.Equal(emax, BlockQuantization.LargestNormalExponent(element));
        float[] block = Enumerable.Range(0, 32).Select(i => (i - 16) * 0.37f).ToArray(); // amax 5.92: floor(log2) = 2
        Assert.Equal((uint)(2 - emax + 127), BlockQuantization.ScaleCode(element, NumberFormat.ScaleE8M0, block));
        block[7] = 8f; // amax exactly a power of two
        Assert.Equal((uint)(3 - emax + 127), BlockQuantization.ScaleCode(element, NumberFormat.ScaleE8M0, block));
        block[7] = MathF.BitDecrement(8f);
        Assert.Equal((uint)(2 - emax + 127), BlockQuantization.ScaleCode(element, NumberFormat.ScaleE8M0, block));
    }

    [Fact]
    public void Mxfp4_block_round_trips_representable_values_exactly()
    {
        // Each value is an E2M1 value times 2^-3, amax 6·2^-3 = 0.75: E = floor(log2 0.75) - 2 = -3.
        float[] e2m1 = { 0, 0.5f, 1, 1.5f, 2, 3, 4, 6, -0.5f, -1, -1.5f, -2, -3, -4, -6, 0 };
        float[] x = e2m1.Concat(e2m1).Select(v => v / 8).ToArray();
        var (codes, scales) = Quantize(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, x);
        Assert.Equal(124, scales[0]);
        Assert.Equal(16, codes.Length);
        Assert.Equal(0x10, codes[0]); // element 0 (code 0) in the low nibble, element 1 (0.5: code 1) in the high nibble
        Assert.Equal(x, Dequantize(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, codes, scales, x.Length));
    }

    [Fact]
    public void All_zero_block_gets_the_least_scale_and_zero_codes()
    {
        var x = new float[32];
        var (codes, scales) = Quantize(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, x);
        Assert.Equal(0, scales[0]);
        Assert.All(codes, c => Assert.Equal(0, c));
        Assert.All(Dequantize(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, codes, scales, 32), v => Assert.Equal(0f, v));
    }

    [Theory]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void Non_finite_value_makes_its_block_scale_nan_and_leaves_other_blocks_alone(float special)
    {
        float[] x = Enumerable.Range(0, 64).Select(i => i * 0.25f).ToArray();
        x[40] = special;
        var (codes, scales) = Quantize(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, x);
        Assert.NotEqual(0xFF, scales[0]);
        Assert.Equal(0xFF, scales[1]);
        float[] y = Dequantize(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, codes, scales, 64);
        Assert.All(y.Take(32), v => Assert.True(float.IsFinite(v)));
        Assert.All(y.Skip(32), v => Assert.True(float.IsNaN(v)));
    }

    [Fact]
    public void Subnormal_only_block_clamps_the_exponent_at_minus_127()
    {
        float[] x = Enumerable.Range(1, 32).Select(i => i * float.Epsilon).ToArray(); // amax 32·2^-149 = 2^-144
        var (codes, scales) = Quantize(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, x);
        Assert.Equal(0, scales[0]); // -144 - 8 clamps to -127
        float[] y = Dequantize(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, codes, scales, 32);
        // 2^-149 / 2^-127 = 2^-22 lies below E4M3's least subnormal 2^-9: everything rounds to zero.
        Assert.All(y, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Huge_and_tiny_values_mixed_keep_the_huge_ones_to_element_precision()
    {
        float[] x = new float[32];
        x[0] = 3e38f;
        x[1] = 1e-30f;
        x[2] = -2.5e38f;
        var (codes, scales) = Quantize(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, x);
        float[] y = Dequantize(NumberFormat.Float8E4M3, 32, NumberFormat.ScaleE8M0, codes, scales, 32);
        Assert.InRange(Math.Abs(y[0] / x[0] - 1), 0, 1.0 / 16);
        Assert.InRange(Math.Abs(y[2] / x[2] - 1), 0, 1.0 / 16);
        Assert.Equal(0f, y[1]);
    }

    [Fact]
    public void Partial_last_block_has_its_own_scale_from_its_own_elements()
    {
        float[] x = Enumerable.Repeat(100f, 32).Concat(new[] { 0.5f, -0.25f, 0.125f }).ToArray();
        var (codes, scales) = Quantize(NumberFormat.Float6E3M2, 32, NumberFormat.ScaleE8M0, x);
        Assert.Equal(2, scales.Length);
        Assert.Equal(27, codes.Length); // 35 six-bit codes in 210 bits
        Assert.Equal((uint)(-1 - 4 + 127), scales[1]);
        float[] y = Dequantize(NumberFormat.Float6E3M2, 32, NumberFormat.ScaleE8M0, codes, scales, x.Length);
        Assert.Equal(new[] { 0.5f, -0.25f, 0.125f }, y.Skip(32));
    }

    [Fact]
    public void Nvfp4_scale_is_amax_over_six_rounded_to_ue4m3()
    {
        float[] x = Enumerable.Range(0, 16).Select(i => i * 0.75f).ToArray(); // amax 11.25, 11.25 / 6 = 1.875
        var (codes, scales) = Quantize(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleUE4M3, x);
        Assert.Equal(1.875, NumberFormats.Decode(NumberFormat.ScaleUE4M3, scales[0]));
        float[] y = Dequantize(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleUE4M3, codes, scales, 16);
        Assert.Equal(11.25f, y[15]);
        Assert.Equal(0.9375f, y[1]); // 0.75 / 1.875 = 0.4 rounds to 0.5
        float[] tiny = Enumerable.Repeat(1e-6f, 16).ToArray(); // amax / 6 below UE4M3's least value: zero scale, zero codes
        var (tinyCodes, tinyScales) = Quantize(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleUE4M3, tiny);
        Assert.Equal(0, tinyScales[0]);
        Assert.All(tinyCodes, c => Assert.Equal(0, c));
    }

    [Fact]
    public void Mxint8_is_fixed_point_with_a_symmetric_range()
    {
        float[] x = new float[32];
        x[0] = 1.5f;  // amax 1.5: E = 0, code 1.5 · 64 = 96
        x[1] = -1.5f;
        x[2] = 0.01f; // 0.64 rounds to 1
        var (codes, scales) = Quantize(NumberFormat.Int8, 32, NumberFormat.ScaleE8M0, x);
        Assert.Equal(127, scales[0]);
        Assert.Equal(96, codes[0]);
        Assert.Equal(unchecked((byte)-96), codes[1]);
        Assert.Equal(1, codes[2]);
        x[0] = 1.999f; // 127.94 clamps to 127, never 128
        (codes, _) = Quantize(NumberFormat.Int8, 32, NumberFormat.ScaleE8M0, x);
        Assert.Equal(127, codes[0]);
    }

    [Fact]
    public void Six_bit_codes_pack_four_in_three_bytes_little_endian()
    {
        var bytes = new byte[3];
        uint[] codes = { 0x01, 0x3F, 0x2A, 0x15 };
        for (int i = 0; i < 4; i++)
        {
            CodePacking.Write(NumberFormat.Float6E2M3, bytes, i, codes[i]);
        }
        uint group = (uint)(bytes[0] | bytes[1] << 8 | bytes[2] << 16);
        Assert.Equal(0x01u | 0x3Fu << 6 | 0x2Au << 12 | 0x15u << 18, group);
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(codes[i], CodePacking.Read(NumberFormat.Float6E2M3, bytes, i));
        }
    }

    [Fact]
    public void Misuse_is_an_argument_exception_naming_the_parameter()
    {
        float[] x = new float[33];
        Assert.Equal("codes", Assert.Throws<ArgumentException>(() => BlockQuantization.Quantize(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, x, new byte[16], new byte[2])).ParamName);
        Assert.Equal("scales", Assert.Throws<ArgumentException>(() => BlockQuantization.Quantize(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, x, new byte[17], new byte[1])).ParamName);
        Assert.Equal("blockSize", Assert.Throws<ArgumentOutOfRangeException>(() => BlockQuantization.Quantize(NumberFormat.Float4E2M1, 8, NumberFormat.ScaleE8M0, x, new byte[17], new byte[5])).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentException>(() => BlockQuantization.Quantize(NumberFormat.Float4E2M1, 32, NumberFormat.Float8E4M3, x, new byte[17], new byte[2])).ParamName);
        Assert.Equal("element", Assert.Throws<ArgumentException>(() => BlockQuantization.Quantize(NumberFormat.ScaleE8M0, 0, NumberFormat.ScaleE8M0, x, new byte[33], Array.Empty<byte>())).ParamName);
    }

    [Fact]
    public void Stochastic_stream_quantized_in_pieces_equals_the_stream_at_once()
    {
        var random = new Random(3);
        float[] x = Enumerable.Range(0, 1000).Select(_ => (float)(random.NextDouble() * 20 - 10)).ToArray();
        var whole = new byte[x.Length];
        BlockQuantization.Quantize(NumberFormat.Float8E4M3, 0, NumberFormat.ScaleE8M0, x, whole, default, RoundingMode.Stochastic, seed: 42);
        var pieces = new byte[x.Length];
        BlockQuantization.Quantize(NumberFormat.Float8E4M3, 0, NumberFormat.ScaleE8M0, x.AsSpan(0, 333), pieces.AsSpan(0, 333), default, RoundingMode.Stochastic, seed: 42, offset: 0);
        BlockQuantization.Quantize(NumberFormat.Float8E4M3, 0, NumberFormat.ScaleE8M0, x.AsSpan(333), pieces.AsSpan(333), default, RoundingMode.Stochastic, seed: 42, offset: 333);
        Assert.Equal(whole, pieces);
        var otherSeed = new byte[x.Length];
        BlockQuantization.Quantize(NumberFormat.Float8E4M3, 0, NumberFormat.ScaleE8M0, x, otherSeed, default, RoundingMode.Stochastic, seed: 43);
        Assert.NotEqual(whole, otherSeed);
    }

    [Fact]
    public void Nan_scale_block_stores_zero_codes_and_dequantizes_to_the_canonical_nan()
    {
        float[] x = Enumerable.Range(0, 32).Select(i => -1.5f * i).ToArray();
        x[9] = float.PositiveInfinity;
        var (codes, scales) = Quantize(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, x);
        Assert.Equal(0xFF, scales[0]);
        Assert.All(codes, c => Assert.Equal(0, c)); // not the sign bits of the negative elements
        float[] y = Dequantize(NumberFormat.Float4E2M1, 32, NumberFormat.ScaleE8M0, new byte[] { 0x9F, 0xF7 }.Concat(new byte[14]).ToArray(), scales, 32);
        Assert.All(y, v => Assert.Equal(0x7FC0_0000u, BitConverter.SingleToUInt32Bits(v)));
    }

    [Fact]
    public void Infinity_element_times_a_zero_ue4m3_scale_is_the_canonical_nan_and_nan_elements_keep_their_nan()
    {
        // E5M2 codes: 0x7C is +infinity, 0xFD a NaN with payload 01 and the sign set; scale byte 0 is UE4M3 zero, 0x38 is 1.
        float[] y = Dequantize(NumberFormat.Float8E5M2, 16, NumberFormat.ScaleUE4M3, new byte[] { 0x7C, 0xFD }.Concat(new byte[30]).ToArray(), new byte[] { 0x00, 0x38 }, 32);
        Assert.Equal(0x7FC0_0000u, BitConverter.SingleToUInt32Bits(y[0]));
        Assert.Equal(BitConverter.SingleToUInt32Bits(NumberFormats.DecodeToSingle(NumberFormat.Float8E5M2, 0xFD)), BitConverter.SingleToUInt32Bits(y[1]));
        Assert.Equal(0f, y[2]);
        Assert.Equal(0f, y[16]);
    }

    [Fact]
    public void Ue4m3_scale_of_a_tiny_block_rounds_to_zero_and_stores_zero_codes()
    {
        float[] x = Enumerable.Repeat(-1e-4f, 16).ToArray(); // amax / 6 below 2^-10, half the least UE4M3 value
        var (codes, scales) = Quantize(NumberFormat.Float4E2M1, 16, NumberFormat.ScaleUE4M3, x);
        Assert.Equal(0, scales[0]);
        Assert.All(codes, c => Assert.Equal(0, c));
    }
}
