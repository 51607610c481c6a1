using System;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>SpecialValues.Ieee: NaN, infinities, zeros and exact cases behave as IEEE 754 and the function say.</summary>
public class SpecialValueTests
{
    [Theory]
    [InlineData(float.NaN, float.NaN)]
    [InlineData(float.PositiveInfinity, float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity, 0f)]
    [InlineData(0f, 1f)]
    [InlineData(float.MaxValue, float.PositiveInfinity)]
    [InlineData(float.MinValue, 0f)]
    [InlineData(89f, float.PositiveInfinity)]
    [InlineData(-104f, 0f)]
    public void ExpOfSpecialInputs(float x, float expected)
    {
        foreach (var k in new[] { KernelCases.Single["exp"], KernelCases.Single["exp.carried"], KernelCases.Single["exp.u4"] })
        {
            AssertSameValue(expected, k.Scalar(x));
            AssertSameValue(expected, k.V512(System.Runtime.Intrinsics.Vector512.Create(x))[7]);
        }
    }

    [Fact]
    public void ExpOfZeroIsPositiveZeroNotNegative()
    {
        Assert.Equal(0, BitConverter.SingleToInt32Bits(F32.Exp(float.NegativeInfinity)));
        Assert.Equal(0L, BitConverter.DoubleToInt64Bits(F64.Exp(double.NegativeInfinity)));
    }

    [Theory]
    [InlineData(float.NaN, float.NaN)]
    [InlineData(0f, float.NegativeInfinity)]
    [InlineData(-1f, float.NaN)]
    [InlineData(-float.Epsilon, float.NaN)]
    [InlineData(float.NegativeInfinity, float.NaN)]
    [InlineData(float.PositiveInfinity, float.PositiveInfinity)]
    [InlineData(1f, 0f)]
    public void LogOfSpecialInputs(float x, float expected)
    {
        foreach (var k in new[] { KernelCases.Single["log"], KernelCases.Single["log.u4"], KernelCases.Single["log2"] })
        {
            AssertSameValue(expected, k.Scalar(x));
            AssertSameValue(expected, k.V256(System.Runtime.Intrinsics.Vector256.Create(x))[3]);
        }
    }

    [Fact]
    public void Exp2OfEveryIntegerIsExactlyThePowerOfTwo()
    {
        for (int e = -149; e <= 127; e++)
        {
            Assert.Equal(MathF.ScaleB(1f, e), F32.Exp2((float)e));
        }
        Assert.Equal(0f, F32.Exp2(-151f));
        Assert.Equal(float.PositiveInfinity, F32.Exp2(128f));
        for (int e = -1074; e <= 1023; e++)
        {
            Assert.Equal(Math.ScaleB(1.0, e), F64.Exp2(e));
        }
        Assert.Equal(double.PositiveInfinity, F64.Exp2(1024));
    }

    [Fact]
    public void Log2OfEveryPowerOfTwoIsExactlyItsExponent()
    {
        for (int e = -149; e <= 127; e++)
        {
            Assert.Equal((float)e, F32.Log2(MathF.ScaleB(1f, e)));
        }
        for (int e = -1074; e <= 1023; e++)
        {
            Assert.Equal(e, F64.Log2(Math.ScaleB(1.0, e)));
        }
    }

    [Theory]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity, 0.0)]
    [InlineData(0.0, 1.0)]
    [InlineData(710.0, double.PositiveInfinity)]
    [InlineData(-746.0, 0.0)]
    public void DoubleExpOfSpecialInputs(double x, double expected) => AssertSameValue(expected, F64.Exp(x));

    [Theory]
    [InlineData(double.NaN, double.NaN)]
    [InlineData(0.0, double.NegativeInfinity)]
    [InlineData(-1.0, double.NaN)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData(1.0, 0.0)]
    public void DoubleLogOfSpecialInputs(double x, double expected)
    {
        AssertSameValue(expected, F64.Log(x));
        AssertSameValue(expected, F64.Log2(x));
    }

    private static void AssertSameValue(float expected, float actual)
    {
        if (float.IsNaN(expected)) Assert.True(float.IsNaN(actual), $"expected NaN, got {actual:R}");
        else Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(actual));
    }

    private static void AssertSameValue(double expected, double actual)
    {
        if (double.IsNaN(expected)) Assert.True(double.IsNaN(actual), $"expected NaN, got {actual:R}");
        else Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
    }

    // xUnit counts -0 and +0 as the same InlineData row (and drops one), so the negative zeros run here.
    [Fact]
    public void NegativeZeroInputs()
    {
        ExpOfSpecialInputs(-0f, 1f);
        LogOfSpecialInputs(-0f, float.NegativeInfinity);
        DoubleLogOfSpecialInputs(-0.0, double.NegativeInfinity);
    }
}
