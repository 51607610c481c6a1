using System;
using NumericKernels.Generators.Numerics;
using NumericKernels.Search.Fitting;
using NumericKernels.Search.Mpfr;
using Xunit;

namespace NumericKernels.Search.Tests.Quadrature;

/// <summary>The double-double constants and functions the rules are computed with, against MPFR at 256 bits.</summary>
public class DoubleDoubleMathTests
{
    private const int Precision = 256;

    /// <summary>|dd - reference| / |reference|, computed in MPFR.</summary>
    private static double RelativeError(DoubleDouble value, MpfrFloat reference)
    {
        using var v = new MpfrFloat(Precision);
        using var lo = new MpfrFloat(Precision);
        v.Set(value.Hi);
        lo.Set(value.Lo);
        FittingMpfrNative.mpfr_add(v.Handle, v.Handle, lo.Handle, MpfrRounding.ToNearest);
        FittingMpfrNative.mpfr_sub(v.Handle, v.Handle, reference.Handle, MpfrRounding.ToNearest);
        FittingMpfrNative.mpfr_div(v.Handle, v.Handle, reference.Handle, MpfrRounding.ToNearest);
        return Math.Abs(v.ToDouble());
    }

    private static MpfrFloat Exact(DoubleDouble x)
    {
        var v = new MpfrFloat(Precision);
        using var lo = new MpfrFloat(Precision);
        v.Set(x.Hi);
        lo.Set(x.Lo);
        FittingMpfrNative.mpfr_add(v.Handle, v.Handle, lo.Handle, MpfrRounding.ToNearest);
        return v;
    }

    [Fact]
    public void Pi_and_ln2_carry_107_bits()
    {
        using var pi = new MpfrFloat(Precision);
        using var minusOne = new MpfrFloat(Precision);
        minusOne.Set(-1.0);
        MpfrNative.mpfr_acos(pi.Handle, minusOne.Handle, MpfrRounding.ToNearest);
        Assert.True(RelativeError(DoubleDoubleMath.Pi, pi) < Math.ScaleB(1, -106));
        using var ln2 = new MpfrFloat(Precision);
        FittingMpfrNative.mpfr_const_log2(ln2.Handle, MpfrRounding.ToNearest);
        Assert.True(RelativeError(DoubleDoubleMath.Ln2, ln2) < Math.ScaleB(1, -106));
    }

    [Fact]
    public void Cosine_and_sine_of_rational_multiples_of_pi_are_accurate_to_2_to_the_minus_100()
    {
        using var reference = new MpfrFloat(Precision);
        foreach (int n in new[] { 3, 7, 64, 1000, 1024 })
        {
            for (int m = 1; m < 2 * n; m += Math.Max(1, n / 50))
            {
                if (2 * m == n || 2 * m == 3 * n || m == n)
                {
                    continue; // exact zeros and the sine's zeros: relative error is meaningless there
                }
                DoubleDouble x = DoubleDoubleMath.Pi * m / n;
                using MpfrFloat exact = Exact(x);
                MpfrNative.mpfr_cos(reference.Handle, exact.Handle, MpfrRounding.ToNearest);
                // Near a zero of cos the relative error grows as 1/|cos|: bound the absolute error there instead.
                double cosError = RelativeError(DoubleDoubleMath.Cos(x), reference) * Math.Min(1, Math.Abs(reference.ToDouble()));
                Assert.True(cosError < Math.ScaleB(1, -100), $"cos({m} pi / {n}): {cosError}");
                MpfrNative.mpfr_sin(reference.Handle, exact.Handle, MpfrRounding.ToNearest);
                double sinError = RelativeError(DoubleDoubleMath.Sin(x), reference) * Math.Min(1, Math.Abs(reference.ToDouble()));
                Assert.True(sinError < Math.ScaleB(1, -100), $"sin({m} pi / {n}): {sinError}");
            }
        }
    }

    [Fact]
    public void Exponential_is_accurate_to_2_to_the_minus_94()
    {
        using var reference = new MpfrFloat(Precision);
        var random = new Random(20261203);
        for (int t = 0; t < 2000; t++)
        {
            DoubleDouble x = new DoubleDouble((random.NextDouble() - 0.5) * 1300, 0) * (1 + random.NextDouble() * Math.ScaleB(1, -60));
            using MpfrFloat exact = Exact(x);
            MpfrNative.mpfr_exp(reference.Handle, exact.Handle, MpfrRounding.ToNearest);
            double error = RelativeError(DoubleDoubleMath.Exp(x), reference);
            // k ln2 carries ln2's 2^-107 error times |k| <= 1075. Below e^-670 the low part is subnormal and the
            // double-double loses bits, so the arguments stay within +-650.
            Assert.True(error < Math.ScaleB(1, -94), $"exp({x}): {error}");
        }
    }
}
