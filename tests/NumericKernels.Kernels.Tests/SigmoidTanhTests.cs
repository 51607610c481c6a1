using System;
using System.Runtime.Intrinsics;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>IEEE special values of sigmoid and tanh, and lanes of both paths mixed in one vector.</summary>
public class SigmoidTanhTests
{
    [Theory]
    [InlineData(float.NaN, float.NaN)]
    [InlineData(float.PositiveInfinity, 1f)]
    [InlineData(float.NegativeInfinity, 0f)]
    [InlineData(0f, 0.5f)]
    [InlineData(float.MaxValue, 1f)]
    [InlineData(float.MinValue, 0f)]
    [InlineData(17.5f, 1f)] // 1 - e^-17.5 is within half an ULP (2^-25) of 1; at 17 the result is 1 - 2^-24
    [InlineData(88f, 1f)]
    [InlineData(-105f, 0f)]
    public void SigmoidOfSpecialInputs(float x, float expected)
    {
        AssertSameValue(expected, F32.Sigmoid(x));
        AssertSameValue(expected, F32.SigmoidU4(x));
    }

    [Theory]
    [InlineData(float.NaN, float.NaN)]
    [InlineData(float.PositiveInfinity, 1f)]
    [InlineData(float.NegativeInfinity, -1f)]
    [InlineData(float.MaxValue, 1f)]
    [InlineData(float.MinValue, -1f)]
    [InlineData(9.1f, 1f)]
    [InlineData(-9.1f, -1f)]
    [InlineData(float.Epsilon, float.Epsilon)]
    [InlineData(-float.Epsilon, -float.Epsilon)]
    [InlineData(1e-20f, 1e-20f)]
    [InlineData(-1e-20f, -1e-20f)]
    public void TanhOfSpecialInputs(float x, float expected)
    {
        AssertSameValue(expected, F32.Tanh(x));
        AssertSameValue(expected, F32.TanhU4(x));
    }

    /// <summary>xunit merges 0 and -0 as theory data, so the signed zeros get their own test: tanh is odd, sigmoid(±0) = 1/2.</summary>
    [Fact]
    public void SignedZerosKeepTheirSignThroughTanhAndGiveOneHalfThroughSigmoid()
    {
        foreach (var k in new[] { KernelCases.Single["tanh"], KernelCases.Single["tanh.u4"] })
        {
            Assert.Equal(0x00000000u, BitConverter.SingleToUInt32Bits(k.Scalar(0f)));
            Assert.Equal(0x80000000u, BitConverter.SingleToUInt32Bits(k.Scalar(-0f)));
            Assert.Equal(0x80000000u, BitConverter.SingleToUInt32Bits(k.V256(Vector256.Create(-0f))[1]));
        }
        foreach (var k in new[] { KernelCases.Single["sigmoid"], KernelCases.Single["sigmoid.u4"] })
        {
            Assert.Equal(0.5f, k.Scalar(-0f));
            Assert.Equal(0.5f, k.V256(Vector256.Create(-0f))[1]);
        }
    }

    /// <summary>tanh takes NaN through its arithmetic, not a select: the result must still be x quieted, payload and sign kept.</summary>
    [Theory]
    [InlineData(0x7FC00000u)]
    [InlineData(0xFFC00000u)]
    [InlineData(0x7F800001u)]
    [InlineData(0xFFC12345u)]
    public void TanhOfNaNIsTheInputQuietedOnEveryPath(uint bits)
    {
        float x = BitConverter.UInt32BitsToSingle(bits);
        uint quiet = bits | 0x00400000u;
        foreach (var k in new[] { KernelCases.Single["tanh"], KernelCases.Single["tanh.u4"] })
        {
            Assert.Equal(quiet, BitConverter.SingleToUInt32Bits(k.Scalar(x)));
            Assert.Equal(quiet, BitConverter.SingleToUInt32Bits(k.V128(Vector128.Create(x))[0]));
            Assert.Equal(quiet, BitConverter.SingleToUInt32Bits(k.V256(Vector256.Create(x))[3]));
            Assert.Equal(quiet, BitConverter.SingleToUInt32Bits(k.V512(Vector512.Create(x))[15]));
        }
    }

    /// <summary>One lane past the fast path sends the whole vector to the special path; the other lanes must keep their fast-path bits.</summary>
    [Theory]
    [InlineData("sigmoid")]
    [InlineData("sigmoid.u4")]
    [InlineData("tanh")]
    [InlineData("tanh.u4")]
    public void FastAndSpecialLanesMixedInOneVectorGiveTheScalarBits(string name)
    {
        KernelCase<float> k = KernelCases.Single[name];
        float[] lanes =
        {
            0.5f, -100f, float.NaN, 3f, 90f, -0f, -87.4f, 20f,
            -5.158845f, float.NegativeInfinity, 1e-30f, -16.6f, 0.5625f, float.PositiveInfinity, -88f, 0.56250006f,
        };
        Vector512<float> r512 = k.V512(Vector512.Create(lanes));
        Vector256<float> r256 = k.V256(Vector256.Create(lanes.AsSpan(0, 8)));
        Vector128<float> r128 = k.V128(Vector128.Create(lanes.AsSpan(4, 4)));
        var span = new float[lanes.Length];
        k.Span(lanes, span);
        for (int i = 0; i < lanes.Length; i++)
        {
            float s = k.Scalar(lanes[i]);
            Assert.True(Ulp.SameBits(s, r512[i]), $"{name}({lanes[i]:R}): scalar {s:R}, V512 {r512[i]:R}");
            Assert.True(Ulp.SameBits(s, span[i]), $"{name}({lanes[i]:R}): scalar {s:R}, span {span[i]:R}");
            if (i < 8) Assert.True(Ulp.SameBits(s, r256[i]), $"{name}({lanes[i]:R}): scalar {s:R}, V256 {r256[i]:R}");
            if (i >= 4 && i < 8) Assert.True(Ulp.SameBits(s, r128[i - 4]), $"{name}({lanes[i]:R}): scalar {s:R}, V128 {r128[i - 4]:R}");
        }
    }

    private static void AssertSameValue(float expected, float actual)
    {
        if (float.IsNaN(expected)) Assert.True(float.IsNaN(actual), $"expected NaN, got {actual:R}");
        else Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(actual));
    }
}
