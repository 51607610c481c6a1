using System;
using System.Linq;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>Generated Bayesian-quadrature kernels (weights solved at compile time).</summary>
public static partial class BayesianKernels
{
    [Quadrature(QuadratureRule.Bayesian, Points = 9, Kernel = BayesKernel.Matern32)]
    public static partial double Matern32x9(ReadOnlySpan<double> samples, double interval, out double variance);

    [Quadrature(QuadratureRule.Bayesian, Points = 17, Kernel = BayesKernel.Matern32)]
    public static partial double Matern32x17(ReadOnlySpan<double> samples, double interval, out double variance);

    [Quadrature(QuadratureRule.Bayesian, Points = 33, Kernel = BayesKernel.Matern32)]
    public static partial double Matern32x33(ReadOnlySpan<double> samples, double interval, out double variance);

    [Quadrature(QuadratureRule.Bayesian, Points = 65, Kernel = BayesKernel.Matern32)]
    public static partial double Matern32x65(ReadOnlySpan<double> samples, double interval, out double variance);

    [Quadrature(QuadratureRule.Bayesian, Points = 17, Kernel = BayesKernel.Matern52, LengthScale = 0.25)]
    public static partial double Matern52x17(ReadOnlySpan<double> samples, double interval);

    [Quadrature(QuadratureRule.Bayesian, Points = 65, Kernel = BayesKernel.Matern52, LengthScale = 0.25)]
    public static partial double Matern52x65(ReadOnlySpan<double> samples, double interval);

    [Quadrature(QuadratureRule.Bayesian, Points = 33)]
    public static partial double Matern12x33(ReadOnlySpan<double> samples, double interval);

    [Quadrature(QuadratureRule.Bayesian, Points = 2, Kernel = BayesKernel.Matern72, LengthScale = 1)]
    public static partial double Matern72x2(ReadOnlySpan<double> samples, double interval);

    [Quadrature(QuadratureRule.Bayesian, Points = 100, Kernel = BayesKernel.Matern52)]
    public static partial double Matern52x100(ReadOnlySpan<double> samples, double interval);

    [Quadrature(QuadratureRule.Bayesian, Points = 17, Kernel = BayesKernel.Matern32)]
    public static partial float Matern32x17F(ReadOnlySpan<float> samples, float interval, out float variance);
}

/// <summary>
/// Bayesian quadrature kernels: the sample count is checked, the weights (read back through unit samples) are symmetric
/// and add up to nearly 1, every result equals the canonical sum of those weights bit for bit, the posterior variance
/// scales with the interval squared and falls as samples are added, and the error on smooth integrands falls faster than
/// the trapezoid's. (The weights themselves are checked against an MPFR solve in NumericKernels.Search.Tests.)
/// </summary>
public class BayesianQuadratureTests
{
    private delegate double Rule(ReadOnlySpan<double> samples, double interval);

    private static double[] Sample(Func<double, double> f, double a, double b, int n)
        => Enumerable.Range(0, n).Select(i => f(a + (b - a) * i / (n - 1))).ToArray();

    private static double[] Weights(Rule rule, int n)
    {
        var weights = new double[n];
        var unit = new double[n];
        for (int i = 0; i < n; i++)
        {
            unit[i] = 1;
            weights[i] = rule(unit, 1);
            unit[i] = 0;
        }
        return weights;
    }

    private static readonly (string Name, Rule Rule, int Points)[] s_rules =
    {
        ("Matern32x9", (y, l) => BayesianKernels.Matern32x9(y, l, out _), 9),
        ("Matern32x65", (y, l) => BayesianKernels.Matern32x65(y, l, out _), 65),
        ("Matern52x17", BayesianKernels.Matern52x17, 17),
        ("Matern12x33", BayesianKernels.Matern12x33, 33),
        ("Matern72x2", BayesianKernels.Matern72x2, 2),
        ("Matern52x100", BayesianKernels.Matern52x100, 100),
    };

    [Fact]
    public void A_sample_span_of_another_length_is_an_argument_exception_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => BayesianKernels.Matern52x17(new double[16], 1));
        Assert.Equal("samples", error.ParamName);
        Assert.Contains("exactly 17 samples", error.Message);
        Assert.Throws<ArgumentException>(() => BayesianKernels.Matern32x9(new double[10], 1, out _));
    }

    [Fact]
    public void Weights_are_symmetric_and_add_up_to_nearly_one()
    {
        foreach ((string name, Rule rule, int n) in s_rules)
        {
            double[] w = Weights(rule, n);
            for (int i = 0; i < n; i++)
            {
                Assert.True(w[i] == w[n - 1 - i], $"{name}: w[{i}] = {w[i]:R}, w[{n - 1 - i}] = {w[n - 1 - i]:R}");
            }
            Assert.InRange(w.Sum(), 0.9, 1.1);
        }
    }

    [Fact]
    public void Every_result_equals_the_canonical_sum_of_its_weights_bit_for_bit()
    {
        var random = new Random(23);
        foreach ((string name, Rule rule, int n) in s_rules)
        {
            double[] w = Weights(rule, n);
            for (int trial = 0; trial < 20; trial++)
            {
                double[] y = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 4 - 2).ToArray();
                double interval = 0.1 + random.NextDouble() * 10;
                double expected = interval * SampledQuadratureTests.CanonicalDot(w, y);
                Assert.True(BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(rule(y, interval)), $"{name}, trial {trial}");
            }
        }
    }

    [Fact]
    public void The_variance_scales_with_the_interval_squared_and_falls_with_more_samples()
    {
        double[] nine = new double[9];
        BayesianKernels.Matern32x9(nine, 1, out double v1);
        BayesianKernels.Matern32x9(nine, 3, out double v3);
        Assert.True(v1 > 0);
        Assert.Equal(9 * v1, v3, 15);
        BayesianKernels.Matern32x17(new double[17], 1, out double v17);
        BayesianKernels.Matern32x33(new double[33], 1, out double v33);
        BayesianKernels.Matern32x65(new double[65], 1, out double v65);
        Assert.True(v1 > v17 && v17 > v33 && v33 > v65 && v65 > 0, $"{v1:E3} {v17:E3} {v33:E3} {v65:E3}");
        // Matern 3/2's worst-case error falls as N^-2, its variance as N^-4: each doubling by about 16.
        Assert.InRange(v33 / v65, 8, 24);
        BayesianKernels.Matern32x17F(new float[17], 1f, out float vf);
        Assert.True(Math.Abs(vf - v17) <= 1e-6 * v17, $"{vf:E6} vs {v17:E6}");
    }

    [Fact]
    public void Errors_on_smooth_integrands_fall_faster_than_the_trapezoids()
    {
        // sin 3x + x^2 on [0, 2]: (1 - cos 6)/3 + 8/3.
        double exact = (1 - Math.Cos(6)) / 3 + 8.0 / 3;
        Func<double, double> f = x => Math.Sin(3 * x) + x * x;
        double Trapezoid(int n)
        {
            double[] y = Sample(f, 0, 2, n);
            double h = 2.0 / (n - 1);
            return h * (y.Sum() - 0.5 * (y[0] + y[n - 1]));
        }
        double e17 = Math.Abs(BayesianKernels.Matern32x17(Sample(f, 0, 2, 17), 2, out _) - exact);
        double e65 = Math.Abs(BayesianKernels.Matern32x65(Sample(f, 0, 2, 65), 2, out _) - exact);
        double t17 = Math.Abs(Trapezoid(17) - exact), t65 = Math.Abs(Trapezoid(65) - exact);
        Assert.True(e65 < t65, $"Matern 3/2 at 65: {e65:E3}, trapezoid {t65:E3}");
        // Four times the samples: the trapezoid gains 16, Bayesian quadrature with Matern 3/2 more.
        Assert.True(e17 / e65 > t17 / t65, $"Matern 3/2 {e17 / e65:F1}x, trapezoid {t17 / t65:F1}x");
        double m17 = Math.Abs(BayesianKernels.Matern52x17(Sample(f, 0, 2, 17), 2) - exact);
        double m65 = Math.Abs(BayesianKernels.Matern52x65(Sample(f, 0, 2, 65), 2) - exact);
        Assert.True(m65 < e65, $"Matern 5/2 at 65: {m65:E3}, Matern 3/2 {e65:E3}");
        Assert.True(m17 / m65 > 16, $"Matern 5/2 {m17 / m65:F1}x");
    }

    [Fact]
    public void Float_kernels_agree_with_double_to_float_precision()
    {
        Func<double, double> f = x => Math.Sin(3 * x) + x * x;
        double[] y = Sample(f, 0, 2, 17);
        float single = BayesianKernels.Matern32x17F(y.Select(v => (float)v).ToArray(), 2f, out _);
        double full = BayesianKernels.Matern32x17(y, 2, out _);
        Assert.True(Math.Abs(single - full) <= 1e-6 * Math.Abs(full), $"{single:R} vs {full:R}");
    }
}
