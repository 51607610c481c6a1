using System;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>The span shape: every length, in place, longer destinations, and clear errors for bad arguments.</summary>
public class SpanContractTests
{
    [Fact]
    public void EveryLengthMatchesTheScalarPathIncludingInPlace()
    {
        var rng = new Random(3);
        for (int n = 0; n <= 140; n++)
        {
            float[] x = new float[n];
            for (int i = 0; i < n; i++) x[i] = (float)(rng.NextDouble() * 200 - 100);
            float[] y = new float[n];
            F32.Exp(x, y);
            float[] inPlace = (float[])x.Clone();
            F32.Exp(inPlace, inPlace);
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(F32.Exp(x[i]), y[i]);
                Assert.Equal(y[i], inPlace[i]);
            }
        }
    }

    [Fact]
    public void DoubleSpanInPlaceMatchesScalar()
    {
        for (int n = 0; n <= 40; n++)
        {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) x[i] = 0.37 * i + 0.01;
            double[] copy = (double[])x.Clone();
            F64.Log(copy, copy);
            for (int i = 0; i < n; i++) Assert.Equal(F64.Log(x[i]), copy[i]);
        }
    }

    [Fact]
    public void LongerDestinationKeepsItsTail()
    {
        float[] x = { 1f, 2f, 3f };
        float[] y = { 9f, 9f, 9f, 9f, 9f };
        F32.Log(x, y);
        Assert.Equal(9f, y[3]);
        Assert.Equal(9f, y[4]);
        Assert.Equal(F32.Log(3f), y[2]);
    }

    [Fact]
    public void ShorterDestinationThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => F32.Exp(new float[5], new float[4]));
        Assert.Equal("y", ex.ParamName);
    }

    [Fact]
    public void PartiallyOverlappingBuffersThrow()
    {
        float[] buffer = new float[64];
        var ex = Assert.Throws<ArgumentException>(() => F32.Exp(buffer.AsSpan(0, 32), buffer.AsSpan(8, 32)));
        Assert.Equal("y", ex.ParamName);
    }

    [Fact]
    public void NarrowOutputsEqualTheFloatKernelResultConvertedToTheNarrowType()
    {
        float[] x = Inputs.Singles(5_000);
        var half = new Half[x.Length];
        var bf = new BFloat16[x.Length];
        F32.ExpToHalf(x, half);
        F32.LogToBFloat16(x, bf);
        for (int i = 0; i < x.Length; i++)
        {
            Half expectedHalf = (Half)F32.Exp(x[i]);
            Assert.True(expectedHalf.Equals(half[i]), $"exp({x[i]:R}) as Half");
            BFloat16 expectedBf = (BFloat16)F32.Log(x[i]);
            Assert.Equal(expectedBf.RawValue, bf[i].RawValue);
        }
    }

    [Fact]
    public void ShortHalfAndBFloat16DestinationsThrowNamingThemAndWriteNothing()
    {
        var half = new Half[4];
        var bf = new BFloat16[4];
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => F32.ExpToHalf(new float[5], half)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => F32.LogToBFloat16(new float[5], bf)).ParamName);
        Assert.All(half, h => Assert.Equal((Half)0, h));
        Assert.All(bf, b => Assert.Equal(0, b.RawValue));
    }

    [Theory]
    [InlineData(0)]   // the narrow outputs over the first half of the floats they are computed from: not in place
    [InlineData(6)]
    [InlineData(30)]
    public void HalfAndBFloat16DestinationsOverlappingTheSourceThrowNamingThem(int byteOffset)
    {
        var buffer = new float[32];
        buffer.AsSpan().Fill(1f);
        // 16 floats as input, a 16-element 2-byte destination starting byteOffset bytes into them.
        Assert.Equal("y", Assert.Throws<ArgumentException>(() =>
        {
            Span<byte> bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan());
            F32.ExpToHalf(buffer.AsSpan(0, 16), System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes.Slice(byteOffset, 32)));
        }).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() =>
        {
            Span<byte> bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan());
            F32.LogToBFloat16(buffer.AsSpan(0, 16), System.Runtime.InteropServices.MemoryMarshal.Cast<byte, BFloat16>(bytes.Slice(byteOffset, 32)));
        }).ParamName);
        Assert.All(buffer, v => Assert.Equal(1f, v));
    }

    [Fact]
    public void HalfDestinationJustPastTheSourceIsAccepted()
    {
        var buffer = new float[24];
        buffer.AsSpan(0, 16).Fill(0f);
        Span<byte> bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan());
        Span<Half> after = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(bytes.Slice(64, 32));
        F32.ExpToHalf(buffer.AsSpan(0, 16), after);
        for (int i = 0; i < 16; i++) Assert.Equal((Half)1, after[i]);
    }
}
