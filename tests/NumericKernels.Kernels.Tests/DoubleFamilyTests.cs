using System;
using System.Runtime.Intrinsics;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>
/// The float64 exp10, expm1, log10, log1p, sigmoid and tanh: IEEE special values and signed zeros on the scalar and
/// vector paths, the saturation thresholds, and the relative accuracy near 0 where expm1, log1p and tanh written
/// naively cancel. Errors are measured against MPFR (MpfrDouble); sampled accuracy over the whole domain is in AccuracyTests.
/// </summary>
public class DoubleFamilyTests
{
    private static KernelCase<double> Case(string name) => KernelCases.Double[name];

    [Theory]
    [InlineData("exp10", double.NaN, double.NaN)]
    [InlineData("exp10", double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData("exp10", double.NegativeInfinity, 0.0)]
    [InlineData("exp10", 0.0, 1.0)]
    [InlineData("exp10", 309.0, double.PositiveInfinity)]
    [InlineData("exp10", -324.0, 0.0)]
    [InlineData("exp10", double.MaxValue, double.PositiveInfinity)]
    [InlineData("exp10", double.MinValue, 0.0)]
    [InlineData("expm1", double.NaN, double.NaN)]
    [InlineData("expm1", double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData("expm1", double.NegativeInfinity, -1.0)]
    [InlineData("expm1", 710.0, double.PositiveInfinity)]
    [InlineData("expm1", -40.0, -1.0)]
    [InlineData("expm1", double.MinValue, -1.0)]
    [InlineData("expm1", double.Epsilon, double.Epsilon)]
    [InlineData("expm1", 1e-300, 1e-300)]
    [InlineData("expm1", -1e-300, -1e-300)]
    [InlineData("log10", double.NaN, double.NaN)]
    [InlineData("log10", -1.0, double.NaN)]
    [InlineData("log10", double.NegativeInfinity, double.NaN)]
    [InlineData("log10", double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData("log10", 1.0, 0.0)]
    [InlineData("log1p", double.NaN, double.NaN)]
    [InlineData("log1p", -1.0, double.NegativeInfinity)]
    [InlineData("log1p", -1.5, double.NaN)]
    [InlineData("log1p", double.NegativeInfinity, double.NaN)]
    [InlineData("log1p", double.PositiveInfinity, double.PositiveInfinity)]
    [InlineData("log1p", double.Epsilon, double.Epsilon)]
    [InlineData("log1p", 1e-300, 1e-300)]
    [InlineData("log1p", -1e-300, -1e-300)]
    [InlineData("sigmoid", double.NaN, double.NaN)]
    [InlineData("sigmoid", double.PositiveInfinity, 1.0)]
    [InlineData("sigmoid", double.NegativeInfinity, 0.0)]
    [InlineData("sigmoid", double.MaxValue, 1.0)]
    [InlineData("sigmoid", double.MinValue, 0.0)]
    [InlineData("sigmoid", 38.0, 1.0)] // 1 - e^-38 is within half an ULP (2^-54) of 1
    [InlineData("sigmoid", -746.0, 0.0)]
    [InlineData("tanh", double.NaN, double.NaN)]
    [InlineData("tanh", double.PositiveInfinity, 1.0)]
    [InlineData("tanh", double.NegativeInfinity, -1.0)]
    [InlineData("tanh", double.MaxValue, 1.0)]
    [InlineData("tanh", double.MinValue, -1.0)]
    [InlineData("tanh", 19.5, 1.0)] // 1 - 2e^-39 is within half an ULP of 1
    [InlineData("tanh", -19.5, -1.0)]
    [InlineData("tanh", double.Epsilon, double.Epsilon)]
    [InlineData("tanh", 1e-300, 1e-300)]
    [InlineData("tanh", -1e-300, -1e-300)]
    public void SpecialInputsGiveTheIeeeResultOnEveryWidth(string name, double x, double expected)
    {
        KernelCase<double> k = Case(name);
        AssertSameValue(expected, k.Scalar(x), name, x);
        AssertSameValue(expected, k.V128(Vector128.Create(x))[1], name, x);
        AssertSameValue(expected, k.V256(Vector256.Create(x))[2], name, x);
        AssertSameValue(expected, k.V512(Vector512.Create(x))[5], name, x);
    }

    /// <summary>xunit merges 0 and -0 as theory data.</summary>
    [Fact]
    public void SignedZerosGiveSignedZerosOrTheirExactResult()
    {
        foreach (string name in new[] { "expm1", "log1p", "tanh" })
        {
            Assert.Equal(0x0000000000000000ul, BitConverter.DoubleToUInt64Bits(Case(name).Scalar(0.0)));
            Assert.Equal(0x8000000000000000ul, BitConverter.DoubleToUInt64Bits(Case(name).Scalar(-0.0)));
            Assert.Equal(0x8000000000000000ul, BitConverter.DoubleToUInt64Bits(Case(name).V256(Vector256.Create(-0.0))[1]));
        }
        Assert.Equal(1.0, F64.Exp10(-0.0));
        Assert.Equal(double.NegativeInfinity, F64.Log10(-0.0));
        Assert.Equal(double.NegativeInfinity, F64.Log10(0.0));
        Assert.Equal(0.5, F64.Sigmoid(-0.0));
    }

    /// <summary>
    /// Near 0 the results of expm1, log1p and tanh are as small as x and a bound in ULPs is a bound on the relative
    /// error: every binade from the subnormals up to 1, both signs, 64 values each. Sigmoid and exp10 near 0 are
    /// near 1/2 and 1, log10 near 1 crosses 0.
    /// </summary>
    [Theory]
    [InlineData("expm1", -1074, 0)]
    [InlineData("log1p", -1074, 0)]
    [InlineData("tanh", -1074, 0)]
    [InlineData("sigmoid", -60, 5)]
    [InlineData("exp10", -60, 8)]
    public void SmallInputsKeepTheirRelativeAccuracy(string name, int fromBinade, int toBinade)
    {
        KernelCase<double> k = Case(name);
        var x = new double[2 * (toBinade - fromBinade) * 64];
        int n = 0;
        for (int e = fromBinade; e < toBinade; e++)
        {
            for (int i = 0; i < 64; i++)
            {
                double v = Math.ScaleB(1.0 + i / 64.0, e);
                x[n++] = v;
                x[n++] = -v;
            }
        }
        var y = new double[n];
        k.Span(x.AsSpan(0, n), y);
        using var mpfr = new MpfrDouble(name);
        for (int i = 0; i < n; i++)
        {
            double error = mpfr.UlpError(x[i], y[i]);
            Assert.True(error <= k.BoundUlp, $"{name}({x[i]:R}) = {y[i]:R}, MPFR {mpfr.Value(x[i]):R}: {error:F3} ULP");
        }
    }

    /// <summary>log10 and log1p next to their poles and near 1 (log10) and 0 (log1p), where the result crosses 0.</summary>
    [Theory]
    [InlineData("log10", 0.999, 1.001)]
    [InlineData("log1p", -1.0, -0.999999)]
    [InlineData("log1p", -1e-3, 1e-3)]
    public void DenseInputsAroundZeroCrossingsAndPolesStayWithinTheBound(string name, double from, double to)
    {
        KernelCase<double> k = Case(name);
        const int count = 200_000;
        var x = new double[count];
        for (int i = 0; i < count; i++) x[i] = from + (to - from) * i / (count - 1);
        var y = new double[count];
        k.Span(x, y);
        using var mpfr = new MpfrDouble(name);
        for (int i = 0; i < count; i++)
        {
            double error = mpfr.UlpError(x[i], y[i]);
            Assert.True(error <= k.BoundUlp, $"{name}({x[i]:R}) = {y[i]:R}, MPFR {mpfr.Value(x[i]):R}: {error:F3} ULP");
        }
    }

    /// <summary>The reference itself: the correctly rounded value is within half an ULP, its neighbour beyond, and glibc's exp10 at a known bad input is found out.</summary>
    [Fact]
    public void MpfrReferenceMeasuresUlpsOfTheExactValue()
    {
        using var exp10 = new MpfrDouble("exp10");
        double x = 0.5866360187468287;
        double nearest = exp10.Value(x);
        Assert.InRange(exp10.UlpError(x, nearest), 0, 0.5);
        Assert.InRange(exp10.UlpError(x, Math.BitIncrement(nearest)), 0.5, 1.5);
        Assert.True(exp10.UlpError(x, 3.860432993933546) > 1.5); // glibc 2.36 exp10
        Assert.Equal(0, exp10.UlpError(400, double.PositiveInfinity));
        Assert.Equal(double.PositiveInfinity, exp10.UlpError(400, double.MaxValue));
        using var log1p = new MpfrDouble("log1p");
        Assert.Equal(0, log1p.UlpError(-2, double.NaN));
        Assert.InRange(log1p.UlpError(double.Epsilon, double.Epsilon), 0, 1e-300);
    }

    private static void AssertSameValue(double expected, double actual, string name, double x)
    {
        if (double.IsNaN(expected)) Assert.True(double.IsNaN(actual), $"{name}({x:R}) = {actual:R}, expected NaN");
        else Assert.True(expected == actual && (expected != 0 || double.IsNegative(expected) == double.IsNegative(actual)), $"{name}({x:R}) = {actual:R}, expected {expected:R}");
    }
}
