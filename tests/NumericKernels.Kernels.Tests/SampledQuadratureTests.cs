using System;
using System.Linq;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>Generated sampled-data rules.</summary>
public static partial class SampledKernels
{
    [Quadrature(QuadratureRule.Trapezoid)]
    public static partial double Trapezoid(ReadOnlySpan<double> samples, double step);

    [Quadrature(QuadratureRule.Simpson)]
    public static partial double Simpson(ReadOnlySpan<double> samples, double step);

    [Quadrature(QuadratureRule.Trapezoid)]
    public static partial float TrapezoidF(ReadOnlySpan<float> samples, float step);

    [Quadrature(QuadratureRule.Simpson)]
    public static partial float SimpsonF(ReadOnlySpan<float> samples, float step);
}

/// <summary>
/// Trapezoid and Simpson on evenly spaced samples: exact for their polynomial degree at every sample count, their
/// convergence orders, and every path equal bit for bit to the canonical summation written here from its definition.
/// </summary>
public class SampledQuadratureTests
{
    private static double[] Sample(Func<double, double> f, double a, double b, int n)
        => Enumerable.Range(0, n).Select(i => f(a + (b - a) * i / (n - 1))).ToArray();

    [Fact]
    public void Trapezoid_is_exact_for_straight_lines_and_simpson_for_cubics_at_every_count()
    {
        for (int n = 2; n <= 70; n++)
        {
            double step = 2.0 / (n - 1);
            double line = SampledKernels.Trapezoid(Sample(x => 3 + 2 * x, 0, 2, n), step);
            Assert.True(Math.Abs(line - 10) <= 8 * Math.ScaleB(1.0, -52) * 10, $"trapezoid, {n} samples: {line:R}");
            if (n >= 3)
            {
                // x^3 - x^2 + 2 on [0, 2]: 4 - 8/3 + 4 = 16/3, for odd counts (1/3 rule) and even ones (3/8 rule at the end).
                double cubic = SampledKernels.Simpson(Sample(x => x * x * x - x * x + 2, 0, 2, n), step);
                Assert.True(Math.Abs(cubic - 16.0 / 3) <= 1e-14, $"Simpson, {n} samples: {cubic:R}");
            }
        }
    }

    [Fact]
    public void Fewer_than_two_samples_integrate_to_zero_and_two_samples_to_the_trapezoid()
    {
        Assert.Equal(0.0, SampledKernels.Trapezoid(ReadOnlySpan<double>.Empty, 1));
        Assert.Equal(0.0, SampledKernels.Simpson(new[] { 5.0 }, 1));
        Assert.Equal(1.5, SampledKernels.Simpson(new[] { 1.0, 2.0 }, 1));
    }

    [Fact]
    public void Convergence_orders_are_two_and_four()
    {
        // exp on [0, 1]: errors at n and 2n - 1 samples (half the step): ratio about 4 (trapezoid), 16 (Simpson).
        const double Exact = 1.718281828459045235360287471352662497757;
        double Error(Func<double[], double, double> rule, int n) => Math.Abs(rule(Sample(Math.Exp, 0, 1, n), 1.0 / (n - 1)) - Exact);
        double trapezoid = Error((y, h) => SampledKernels.Trapezoid(y, h), 33) / Error((y, h) => SampledKernels.Trapezoid(y, h), 65);
        double simpson = Error((y, h) => SampledKernels.Simpson(y, h), 33) / Error((y, h) => SampledKernels.Simpson(y, h), 65);
        Assert.InRange(trapezoid, 3.9, 4.1);
        Assert.InRange(simpson, 15, 17);
        Assert.InRange(Math.Abs(SampledKernels.SimpsonF(Sample(Math.Exp, 0, 1, 65).Select(v => (float)v).ToArray(), 1f / 64) - Exact), 0, 4e-7);
    }

    /// <summary>The canonical sum from its definition: c_i y_i into accumulator i mod k, then pairwise (j with j + k/2 first).</summary>
    internal static double CanonicalDot(ReadOnlySpan<double> c, ReadOnlySpan<double> y, int k = 8)
    {
        var s = new double[k];
        for (int i = 0; i < y.Length; i++)
        {
            s[i % k] = Math.FusedMultiplyAdd(c[i], y[i], s[i % k]);
        }
        for (int width = k / 2; width >= 1; width /= 2)
        {
            for (int j = 0; j < width; j++)
            {
                s[j] += s[j + width];
            }
        }
        return s[0];
    }

    /// <summary>The canonical sum with c_i = even for even i and odd for odd i.</summary>
    private static double CanonicalSum(ReadOnlySpan<double> y, double even, double odd)
        => CanonicalDot(Enumerable.Range(0, y.Length).Select(i => i % 2 == 0 ? even : odd).ToArray(), y);

    [Fact]
    public void Every_count_equals_the_canonical_summation_bit_for_bit()
    {
        var random = new Random(17);
        for (int n = 0; n <= 100; n++)
        {
            double[] y = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 2 - 1).ToArray();
            double step = 0.37;
            double trapezoid = n < 2 ? 0 : step * ((0.5 * y[0] + 0.5 * y[n - 1]) + CanonicalSum(y.AsSpan(1, n - 2), 1, 1));
            Assert.Equal(BitConverter.DoubleToInt64Bits(trapezoid), BitConverter.DoubleToInt64Bits(SampledKernels.Trapezoid(y, step)));
            if (n >= 3)
            {
                int m = (n - 1) % 2 == 0 ? n - 1 : n - 4;
                double simpson = m >= 2 ? ((y[0] + y[m]) + CanonicalSum(y.AsSpan(1, m - 1), 4, 2)) * (step / 3) : 0;
                if (m != n - 1)
                {
                    simpson += (3 * step / 8) * ((y[m] + y[m + 3]) + 3 * (y[m + 1] + y[m + 2]));
                }
                Assert.Equal(BitConverter.DoubleToInt64Bits(simpson), BitConverter.DoubleToInt64Bits(SampledKernels.Simpson(y, step)));
            }
        }
    }
}
