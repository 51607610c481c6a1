using System;
using System.Runtime.Intrinsics;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>
/// exp10, expm1, log10 and log1p: IEEE special values, signed zeros, the exact overflow and underflow thresholds, and
/// the relative accuracy of expm1 and log1p near 0, where e^x - 1 and log(1 + x) written naively cancel.
/// </summary>
public class ExpLogFamilyTests
{
    private const double ReferenceMargin = 1.0 / (1 << 20);

    private static KernelCase<float> Case(string name) => KernelCases.Single[name];

    [Theory]
    [InlineData("exp10", float.NaN, float.NaN)]
    [InlineData("exp10", float.PositiveInfinity, float.PositiveInfinity)]
    [InlineData("exp10", float.NegativeInfinity, 0f)]
    [InlineData("exp10", 0f, 1f)]
    [InlineData("exp10", 39f, float.PositiveInfinity)]
    [InlineData("exp10", -46f, 0f)]
    [InlineData("exp10", float.MaxValue, float.PositiveInfinity)]
    [InlineData("exp10", float.MinValue, 0f)]
    [InlineData("expm1", float.NaN, float.NaN)]
    [InlineData("expm1", float.PositiveInfinity, float.PositiveInfinity)]
    [InlineData("expm1", float.NegativeInfinity, -1f)]
    [InlineData("expm1", 89f, float.PositiveInfinity)]
    [InlineData("expm1", -18f, -1f)]
    [InlineData("expm1", float.MinValue, -1f)]
    [InlineData("expm1", float.Epsilon, float.Epsilon)]
    [InlineData("expm1", 1e-20f, 1e-20f)]
    [InlineData("expm1", -1e-20f, -1e-20f)]
    [InlineData("log10", float.NaN, float.NaN)]
    [InlineData("log10", 0f, float.NegativeInfinity)]
    [InlineData("log10", -1f, float.NaN)]
    [InlineData("log10", float.NegativeInfinity, float.NaN)]
    [InlineData("log10", float.PositiveInfinity, float.PositiveInfinity)]
    [InlineData("log10", 1f, 0f)]
    [InlineData("log1p", float.NaN, float.NaN)]
    [InlineData("log1p", -1f, float.NegativeInfinity)]
    [InlineData("log1p", -1.5f, float.NaN)]
    [InlineData("log1p", float.NegativeInfinity, float.NaN)]
    [InlineData("log1p", float.PositiveInfinity, float.PositiveInfinity)]
    [InlineData("log1p", float.Epsilon, float.Epsilon)]
    [InlineData("log1p", 1e-20f, 1e-20f)]
    [InlineData("log1p", -1e-20f, -1e-20f)]
    public void SpecialInputsGiveTheIeeeResultOnBothTiersAndEveryWidth(string name, float x, float expected)
    {
        foreach (KernelCase<float> k in new[] { Case(name), Case(name + ".u4") })
        {
            AssertSameValue(expected, k.Scalar(x), k.Name, x);
            AssertSameValue(expected, k.V128(Vector128.Create(x))[1], k.Name, x);
            AssertSameValue(expected, k.V512(Vector512.Create(x))[9], k.Name, x);
        }
    }

    /// <summary>xunit merges 0 and -0 as theory data: e^x - 1 and ln(1 + x) of ±0 is ±0, 10^±0 is 1, log10(±0) is -Inf.</summary>
    [Fact]
    public void SignedZerosGiveSignedZerosOrTheirExactResult()
    {
        foreach (string name in new[] { "expm1", "expm1.u4", "log1p", "log1p.u4" })
        {
            Assert.Equal(0x00000000u, BitConverter.SingleToUInt32Bits(Case(name).Scalar(0f)));
            Assert.Equal(0x80000000u, BitConverter.SingleToUInt32Bits(Case(name).Scalar(-0f)));
            Assert.Equal(0x80000000u, BitConverter.SingleToUInt32Bits(Case(name).V256(Vector256.Create(-0f))[3]));
        }
        Assert.Equal(1f, F32.Exp10(-0f));
        Assert.Equal(float.NegativeInfinity, F32.Log10(-0f));
    }

    /// <summary>Every float in the ranges where the result overflows, underflows to subnormal and 0, or saturates at -1.</summary>
    [Theory]
    [InlineData("exp10", 38.4f, 38.6f)]
    [InlineData("exp10", -45.3f, -37.8f)]
    [InlineData("exp10.u4", 38.4f, 38.6f)]
    [InlineData("exp10.u4", -45.3f, -37.8f)]
    [InlineData("expm1", 87.9f, 88.8f)]
    [InlineData("expm1", -17.5f, -17.2f)]
    [InlineData("expm1.u4", 87.9f, 88.8f)]
    [InlineData("log1p", -1f, -0.99998f)]
    [InlineData("log1p.u4", -1f, -0.99998f)]
    public void EveryInputAcrossTheThresholdsIsWithinTheBound(string name, float from, float to)
    {
        KernelCase<float> k = Case(name);
        for (float x = from; x <= to; x = MathF.BitIncrement(x))
        {
            double e = Ulp.SingleError(k.Scalar(x), k.Reference(x));
            Assert.True(e <= k.BoundUlp + ReferenceMargin, $"{name}({x:R}) = {k.Scalar(x):R}, reference {k.Reference(x):R}: {e:F4} ULP");
        }
    }

    /// <summary>
    /// Near 0 the results are as small as x, and a bound in ULPs is a bound on the relative error: every binade from the
    /// subnormals up to 1, both signs, densely. (A kernel computing e^x - 1 or log(1 + x) literally is off by up to 2^23
    /// ULP here.)
    /// </summary>
    [Theory]
    [InlineData("expm1")]
    [InlineData("expm1.u4")]
    [InlineData("log1p")]
    [InlineData("log1p.u4")]
    public void TinyInputsKeepTheirRelativeAccuracy(string name)
    {
        KernelCase<float> k = Case(name);
        var x = new float[2 * 150 * 512];
        int n = 0;
        for (int e = -149; e < 0; e++)
        {
            for (int i = 0; i < 512; i++)
            {
                float v = MathF.ScaleB(1f + i / 512f, e);
                x[n++] = v;
                x[n++] = -v;
            }
        }
        var y = new float[n];
        k.Span(x.AsSpan(0, n), y);
        for (int i = 0; i < n; i++)
        {
            double error = Ulp.SingleError(y[i], k.Reference(x[i]));
            Assert.True(error <= k.BoundUlp + ReferenceMargin, $"{name}({x[i]:R}) = {y[i]:R}, reference {k.Reference(x[i]):R}: {error:F4} ULP");
        }
    }

    private static void AssertSameValue(float expected, float actual, string name, float x)
    {
        if (float.IsNaN(expected)) Assert.True(float.IsNaN(actual), $"{name}({x:R}) = {actual:R}, expected NaN");
        else Assert.True(expected == actual && (expected != 0 || float.IsNegative(expected) == float.IsNegative(actual)), $"{name}({x:R}) = {actual:R}, expected {expected:R}");
    }
}
