using System;
using System.Collections.Generic;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Numerics;
using NumericKernels.Generators.Quadrature;
using NumericKernels.Search.Fitting;
using NumericKernels.Search.Mpfr;
using Xunit;

namespace NumericKernels.Search.Tests.Quadrature;

/// <summary>
/// Bayesian-quadrature weights and posterior variance from the generator's double-double computation against an
/// independent solve in MPFR at 320 bits: the kernel matrix and the kernel means (closed forms n!(1 - e^-D sum D^j/j!))
/// built with MPFR's exp and sqrt, Gaussian elimination with partial pivoting. Every weight must round to the same double.
/// </summary>
public class BayesianQuadratureTests
{
    private const int Precision = 320;
    private const MpfrRounding Near = MpfrRounding.ToNearest;

    [Theory]
    [InlineData(2, 1, 0.5, 0)]
    [InlineData(3, 3, 0.5, 0)]
    [InlineData(9, 5, 0.25, 0)]
    [InlineData(17, 7, 1.0, 0)]
    [InlineData(33, 1, 0.05, 0)]
    [InlineData(64, 3, 2.0, 0)]
    [InlineData(64, 7, 0.5, 0)]
    [InlineData(128, 5, 0.5, 0)]
    [InlineData(256, 1, 0.1, 0)]
    [InlineData(256, 3, 0.5, 0)]
    [InlineData(256, 1, 100, 0)]
    [InlineData(256, 3, 10, 0)]
    [InlineData(16, 3, 100, 0)]
    [InlineData(256, 5, 0.5, 0)]
    [InlineData(192, 5, 0.5, 1)] // one weight of 192 lies within the solve's error (1e-20 relative) of a rounding boundary
    [InlineData(16, 5, 20, 0)]
    [InlineData(256, 7, 0.1, 0)]
    [InlineData(128, 7, 0.2, 0)]
    [InlineData(8, 7, 10, 0)]
    [InlineData(256, 7, 0.5, 64)]
    public void Weights_round_to_the_same_doubles_as_an_mpfr_solve(int points, int twiceNu, double lengthScale, long maxUlps)
    {
        // Correctly rounded, or 1 ulp off where an exact weight lies within the solve's error of a rounding boundary, at
        // every length-scale limit the parser allows (most rows are on them); beyond (the last case, which the parser
        // rejects) the condition number eats into double-double and the weights are ulps off.
        var kernel = (BayesKernelId)(twiceNu / 2);
        (DoubleDouble[] weights, DoubleDouble variance, double varianceError, double asymmetry) = BayesianQuadrature.Compute(points, kernel, lengthScale);
        (double[] reference, double referenceVariance) = MpfrSolve(points, kernel, lengthScale);
        long worst = 0;
        string where = string.Empty;
        for (int i = 0; i < points; i++)
        {
            long ulps = Math.Abs(BitConverter.DoubleToInt64Bits(weights[i].ToDouble()) - BitConverter.DoubleToInt64Bits(reference[i]));
            if (ulps > worst)
            {
                worst = ulps;
                where = $"w[{i}] = {weights[i].ToDouble():R}, MPFR {reference[i]:R}";
            }
        }
        Assert.True(worst <= maxUlps, $"{worst} ulps at {where}, asymmetry {asymmetry:E2}");
        Assert.True(Math.Abs(variance.ToDouble() - referenceVariance) <= varianceError + 1e-16 * Math.Abs(referenceVariance),
            $"variance {variance.ToDouble():R}, MPFR {referenceVariance:R}, bound {varianceError:E2}");
    }

    [Fact]
    public void Every_length_scale_limit_the_parser_allows_gives_weights_with_a_small_asymmetry()
    {
        foreach ((BayesKernelId kernel, int points, double scale) in BayesianQuadrature.Limits())
        {
            double asymmetry = BayesianQuadrature.Compute(points, kernel, scale).Asymmetry;
            Assert.True(asymmetry <= BayesianQuadrature.AsymmetryLimit, $"{kernel}, {points} points, length scale {scale}: asymmetry {asymmetry:E2}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public void The_weights_integrate_constants_nearly_and_the_variance_falls_with_more_samples(int twiceNu)
    {
        var kernel = (BayesKernelId)(twiceNu / 2);
        double previous = double.PositiveInfinity;
        foreach (int n in new[] { 5, 17, 65 })
        {
            (DoubleDouble[] weights, DoubleDouble variance, _, _) = BayesianQuadrature.Compute(n, kernel, 0.5);
            DoubleDouble sum = 0;
            foreach (DoubleDouble w in weights)
            {
                sum += w;
            }
            // The weights are symmetric and add up to nearly 1 (not exactly: a constant is not in the prior's span).
            for (int i = 0; i < n; i++)
            {
                Assert.Equal(weights[i].ToDouble(), weights[n - 1 - i].ToDouble(), 15);
            }
            Assert.InRange(sum.ToDouble(), 0.9, 1.1);
            Assert.True(variance.ToDouble() > 0 && variance.ToDouble() < previous, $"{n}: {variance.ToDouble():R} after {previous:R}");
            previous = variance.ToDouble();
        }
    }

    [Fact]
    public void Lower_incomplete_gamma_matches_its_closed_form_on_both_sides_of_the_switch()
    {
        foreach (double d in new[] { 1e-3, 0.5, 1.999, 2.0, 7.5 })
        {
            for (int n = 0; n <= 4; n++)
            {
                using MpfrFloat reference = ClosedFormGamma(n, d);
                double expected = reference.ToDouble();
                double actual = BayesianQuadrature.LowerGamma(n, d).ToDouble();
                Assert.True(Math.Abs(actual - expected) <= 2e-16 * Math.Abs(expected), $"n {n}, D {d}: {actual:R} vs {expected:R}");
            }
        }
    }

    private static MpfrFloat New(double value = 0)
    {
        var x = new MpfrFloat(Precision);
        x.Set(value);
        return x;
    }

    private static void Mul(MpfrFloat r, MpfrFloat a, MpfrFloat b) => FittingMpfrNative.mpfr_mul(r.Handle, a.Handle, b.Handle, Near);

    private static void Div(MpfrFloat r, MpfrFloat a, MpfrFloat b) => FittingMpfrNative.mpfr_div(r.Handle, a.Handle, b.Handle, Near);

    private static void Add(MpfrFloat r, MpfrFloat a, MpfrFloat b) => FittingMpfrNative.mpfr_add(r.Handle, a.Handle, b.Handle, Near);

    private static void Sub(MpfrFloat r, MpfrFloat a, MpfrFloat b) => FittingMpfrNative.mpfr_sub(r.Handle, a.Handle, b.Handle, Near);

    private static double[] KernelPolynomial(BayesKernelId kernel) => kernel switch
    {
        BayesKernelId.Matern12 => new[] { 1.0 },
        BayesKernelId.Matern32 => new[] { 1.0, 1.0 },
        BayesKernelId.Matern52 => new[] { 1.0, 1.0, 1.0 / 3 },
        _ => new[] { 1.0, 1.0, 2.0 / 5, 1.0 / 15 },
    };

    /// <summary>n! (1 - e^-D sum over j &lt;= n of D^j / j!) in MPFR (the closed form; MPFR's precision absorbs the cancellation).</summary>
    private static MpfrFloat ClosedFormGamma(int n, MpfrFloat d)
    {
        MpfrFloat result = New(), power = New(1), partial = New(0), e = New(), factorial = New(1), step = New();
        for (int j = 0; j <= n; j++)
        {
            Add(partial, partial, power);
            step.Set((double)(j + 1));
            Mul(power, power, d);
            Div(power, power, step);
            if (j >= 1)
            {
                step.Set((double)j);
                Mul(factorial, factorial, step);
            }
        }
        MpfrNative.mpfr_neg(e.Handle, d.Handle, Near);
        MpfrNative.mpfr_exp(e.Handle, e.Handle, Near);
        Mul(e, e, partial);
        using MpfrFloat one = New(1);
        Sub(result, one, e);
        Mul(result, result, factorial);
        power.Dispose(); partial.Dispose(); e.Dispose(); factorial.Dispose(); step.Dispose();
        return result;
    }

    private static MpfrFloat ClosedFormGamma(int n, double d)
    {
        using MpfrFloat x = New(d);
        return ClosedFormGamma(n, x);
    }

    /// <summary>The integral from 0 to D of u^shift P(u) e^-u.</summary>
    private static MpfrFloat KernelIntegral(double[] c, MpfrFloat d, int shift)
    {
        MpfrFloat sum = New(0);
        using MpfrFloat coefficient = New();
        for (int k = 0; k < c.Length; k++)
        {
            using MpfrFloat gamma = ClosedFormGamma(k + shift, d);
            // c_k as an exact ratio: 1/3, 2/5 and 1/15 are not doubles.
            coefficient.Set(c[k] == 1.0 / 3 ? 1 : c[k] == 2.0 / 5 ? 2 : 1);
            Mul(gamma, gamma, coefficient);
            coefficient.Set(c[k] == 1.0 / 3 ? 3 : c[k] == 2.0 / 5 ? 5 : c[k] == 1.0 / 15 ? 15 : 1);
            Div(gamma, gamma, coefficient);
            Add(sum, sum, gamma);
        }
        return sum;
    }

    private static (double[] Weights, double Variance) MpfrSolve(int n, BayesKernelId kernel, double lengthScale)
    {
        double[] c = KernelPolynomial(kernel);
        using MpfrFloat a = New(2 * (int)kernel + 1);
        FittingMpfrNative.mpfr_sqrt(a.Handle, a.Handle, Near);
        using (MpfrFloat l = New(lengthScale))
        {
            Div(a, a, l);
        }
        var k = new MpfrFloat[n];
        using MpfrFloat u = New(), e = New(), p = New(), t = New(), spacing = New(n - 1);
        for (int d = 0; d < n; d++)
        {
            u.Set((double)d);
            Div(u, u, spacing);
            Mul(u, u, a);
            p.Set(0);
            for (int i = c.Length - 1; i >= 0; i--)
            {
                Mul(p, p, u);
                t.Set(c[i] == 1.0 / 3 ? 1 : c[i] == 2.0 / 5 ? 2 : 1);
                using MpfrFloat den = New(c[i] == 1.0 / 3 ? 3 : c[i] == 2.0 / 5 ? 5 : c[i] == 1.0 / 15 ? 15 : 1);
                Div(t, t, den);
                Add(p, p, t);
            }
            MpfrNative.mpfr_neg(e.Handle, u.Handle, Near);
            MpfrNative.mpfr_exp(e.Handle, e.Handle, Near);
            k[d] = New();
            Mul(k[d], p, e);
        }
        var m = new MpfrFloat[n, n];
        var z = new MpfrFloat[n];
        var b = new MpfrFloat[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = New();
                MpfrNative.mpfr_set(m[i, j].Handle, k[Math.Abs(i - j)].Handle, Near);
            }
            u.Set((double)i);
            Div(u, u, spacing);
            Mul(u, u, a);
            using MpfrFloat left = KernelIntegral(c, u, 0);
            u.Set((double)(n - 1 - i));
            Div(u, u, spacing);
            Mul(u, u, a);
            using MpfrFloat right = KernelIntegral(c, u, 0);
            z[i] = New();
            Add(z[i], left, right);
            Div(z[i], z[i], a);
            b[i] = New();
            MpfrNative.mpfr_set(b[i].Handle, z[i].Handle, Near);
        }
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col].ToDouble()) > Math.Abs(m[pivot, col].ToDouble())) pivot = row;
            }
            if (pivot != col)
            {
                for (int j = 0; j < n; j++) (m[pivot, j], m[col, j]) = (m[col, j], m[pivot, j]);
                (b[pivot], b[col]) = (b[col], b[pivot]);
            }
            for (int row = col + 1; row < n; row++)
            {
                Div(t, m[row, col], m[col, col]);
                for (int j = col; j < n; j++)
                {
                    Mul(u, t, m[col, j]);
                    Sub(m[row, j], m[row, j], u);
                }
                Mul(u, t, b[col]);
                Sub(b[row], b[row], u);
            }
        }
        var w = new MpfrFloat[n];
        for (int row = n - 1; row >= 0; row--)
        {
            w[row] = New();
            MpfrNative.mpfr_set(w[row].Handle, b[row].Handle, Near);
            for (int j = row + 1; j < n; j++)
            {
                Mul(u, m[row, j], w[j]);
                Sub(w[row], w[row], u);
            }
            Div(w[row], w[row], m[row, row]);
        }
        // Variance: 2 (G(a)/a - H(a)/a^2) - z . w.
        using MpfrFloat g = KernelIntegral(c, a, 0);
        using MpfrFloat h = KernelIntegral(c, a, 1);
        using MpfrFloat variance = New();
        Div(g, g, a);
        Div(h, h, a);
        Div(h, h, a);
        Sub(variance, g, h);
        variance.ScaleByPowerOfTwo(variance, 1);
        for (int i = 0; i < n; i++)
        {
            Mul(u, z[i], w[i]);
            Sub(variance, variance, u);
        }
        double[] weights = Array.ConvertAll(w, x => x.ToDouble());
        double result = variance.ToDouble();
        foreach (MpfrFloat x in k) x.Dispose();
        foreach (MpfrFloat x in m) x.Dispose();
        foreach (MpfrFloat x in z) x.Dispose();
        foreach (MpfrFloat x in b) x.Dispose();
        foreach (MpfrFloat x in w) x.Dispose();
        return (weights, result);
    }
}
