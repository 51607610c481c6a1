using System;
using NumericKernels.Generators.Numerics;
using NumericKernels.Generators.Quadrature;
using NumericKernels.Search.Fitting;
using NumericKernels.Search.Mpfr;
using Xunit;

namespace NumericKernels.Search.Tests.Quadrature;

/// <summary>
/// tanh-sinh tables: every complement and weight at the finest level, rounded to double and to float, equal to the same
/// formulas evaluated in MPFR at 256 bits (pi as 4 atan 1, sinh, cosh and exp from MPFR); and the level-0 trapezoid sum
/// of the weights integrates 1 over [-1, 1].
/// </summary>
public class TanhSinhTests
{
    private const int Precision = 256;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_complement_and_weight_equals_mpfr(bool single)
    {
        double smallest = single ? Math.ScaleB(1.0, -126) : Math.ScaleB(1.0, -1022);
        (DoubleDouble[] complements, DoubleDouble[] weights) = TanhSinh.Compute(TanhSinh.MaxLevels, smallest);
        Assert.True(complements.Length > (single ? 800 : 1200), $"{complements.Length} nodes");
        using var pi = new MpfrFloat(Precision);
        using var t = new MpfrFloat(Precision);
        using var s = new MpfrFloat(Precision);
        using var c = new MpfrFloat(Precision);
        using var q = new MpfrFloat(Precision);
        using var w = new MpfrFloat(Precision);
        const MpfrRounding n = MpfrRounding.ToNearest;
        pi.Set(1.0);
        MpfrNative.mpfr_atan(pi.Handle, pi.Handle, n);
        pi.ScaleByPowerOfTwo(pi, 2);
        for (int k = 0; k < complements.Length; k++)
        {
            t.Set(Math.ScaleB(k, -TanhSinh.MaxLevels));
            MpfrNative.mpfr_sinh(s.Handle, t.Handle, n);
            FittingMpfrNative.mpfr_mul(s.Handle, s.Handle, pi.Handle, n);   // u = pi sinh t
            MpfrNative.mpfr_neg(q.Handle, s.Handle, n);
            MpfrNative.mpfr_exp(q.Handle, q.Handle, n);                      // q = e^-u
            MpfrNative.mpfr_add_ui(w.Handle, q.Handle, 1, n);                 // 1 + q
            FittingMpfrNative.mpfr_div(c.Handle, q.Handle, w.Handle, n);
            c.ScaleByPowerOfTwo(c, 1);                                       // c = 2q / (1 + q)
            FittingMpfrNative.mpfr_div(w.Handle, c.Handle, w.Handle, n);      // c / (1 + q)
            MpfrNative.mpfr_cosh(s.Handle, t.Handle, n);
            FittingMpfrNative.mpfr_mul(w.Handle, w.Handle, s.Handle, n);
            FittingMpfrNative.mpfr_mul(w.Handle, w.Handle, pi.Handle, n);     // w = pi cosh t c / (1 + q)
            if (single)
            {
                Assert.True(c.ToSingle() == complements[k].ToSingle(), $"complement {k}: {complements[k]} vs {c.ToDouble():R}");
                Assert.True(w.ToSingle() == weights[k].ToSingle(), $"weight {k}: {weights[k]} vs {w.ToDouble():R}");
            }
            else
            {
                Assert.True(c.ToDouble() == complements[k].ToDouble(), $"complement {k}: {complements[k]} vs {c.ToDouble():R}");
                Assert.True(w.ToDouble() == weights[k].ToDouble(), $"weight {k}: {weights[k]} vs {w.ToDouble():R}");
            }
        }
    }

    [Fact]
    public void The_trapezoid_sum_of_the_weights_integrates_one()
    {
        // sum over k of h w(kh) (both sides) tends to the length 2 double-exponentially fast in h.
        (_, DoubleDouble[] weights) = TanhSinh.Compute(4, Math.ScaleB(1.0, -1022));
        DoubleDouble sum = weights[0];
        for (int k = 1; k < weights.Length; k++)
        {
            sum += weights[k] * 2;
        }
        sum *= 1.0 / 16;
        Assert.True(Math.Abs((sum - 2).Hi) < 1e-30, sum.ToString());
    }
}
