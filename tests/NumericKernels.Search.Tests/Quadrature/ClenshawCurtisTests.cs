using System;
using NumericKernels.Generators.Numerics;
using NumericKernels.Generators.Quadrature;
using NumericKernels.Search.Fitting;
using NumericKernels.Search.Mpfr;
using Xunit;

namespace NumericKernels.Search.Tests.Quadrature;

/// <summary>
/// Clenshaw-Curtis rules: exact for every polynomial of degree n (which fixes the weights uniquely), and every node and
/// weight rounded to double equal to the same formula evaluated in MPFR at 256 bits.
/// </summary>
public class ClenshawCurtisTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(17)]
    [InlineData(64)]
    [InlineData(129)]
    [InlineData(1025)]
    public void Polynomials_up_to_degree_n_integrate_exactly(int points)
    {
        (DoubleDouble[] nodes, DoubleDouble[] weights) = ClenshawCurtis.Compute(points);
        int n = points - 1;
        for (int degree = 0; degree <= Math.Min(n, 40); degree++)
        {
            DoubleDouble sum = 0;
            for (int k = 0; k < points; k++)
            {
                DoubleDouble power = 1;
                for (int p = 0; p < degree; p++)
                {
                    power *= nodes[k];
                }
                sum += weights[k] * power;
            }
            DoubleDouble expected = degree % 2 == 1 ? 0 : (DoubleDouble)2 / (degree + 1);
            Assert.True(Math.Abs((sum - expected).Hi) < 1e-28, $"points {points}, x^{degree}: {sum}");
        }
        for (int k = 0; k < points; k++)
        {
            Assert.Equal(-nodes[k].Hi, nodes[points - 1 - k].Hi);
            Assert.Equal(weights[k], weights[points - 1 - k]);
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(8)]
    [InlineData(33)]
    [InlineData(100)]
    [InlineData(1025)]
    public void Nodes_and_weights_match_MPFR_bit_for_bit(int points)
    {
        (DoubleDouble[] nodes, DoubleDouble[] weights) = ClenshawCurtis.Compute(points);
        int n = points - 1;
        const int Precision = 256;
        using var pi = new MpfrFloat(Precision);
        using var t = new MpfrFloat(Precision);
        using var v = new MpfrFloat(Precision);
        using var c = new MpfrFloat(Precision);
        t.Set(-1.0);
        MpfrNative.mpfr_acos(pi.Handle, t.Handle, MpfrRounding.ToNearest);
        var table = new MpfrFloat[2 * n];
        try
        {
            for (int m = 0; m < 2 * n; m++)
            {
                table[m] = new MpfrFloat(Precision);
                c.Set((double)m);
                FittingMpfrNative.mpfr_mul(t.Handle, pi.Handle, c.Handle, MpfrRounding.ToNearest);
                c.Set((double)n);
                FittingMpfrNative.mpfr_div(t.Handle, t.Handle, c.Handle, MpfrRounding.ToNearest);
                MpfrNative.mpfr_cos(table[m].Handle, t.Handle, MpfrRounding.ToNearest);
            }
            for (int k = 0; k <= n; k++)
            {
                // Descending node x_k = cos(k pi / n), weight from Trefethen's clencurt.
                if (k == 0 || k == n)
                {
                    v.Set(1.0);
                    c.Set(n % 2 == 0 ? (double)n * n - 1 : (double)n * n);
                    FittingMpfrNative.mpfr_div(v.Handle, v.Handle, c.Handle, MpfrRounding.ToNearest);
                }
                else
                {
                    v.Set(1.0);
                    int last = n % 2 == 0 ? n / 2 - 1 : (n - 1) / 2;
                    for (int j = 1; j <= last; j++)
                    {
                        c.Set(2.0); // 2 cos(2 j theta) / (4 j^2 - 1)
                        FittingMpfrNative.mpfr_mul(t.Handle, table[(int)(2L * j * k % (2L * n))].Handle, c.Handle, MpfrRounding.ToNearest);
                        c.Set(4.0 * j * j - 1);
                        FittingMpfrNative.mpfr_div(t.Handle, t.Handle, c.Handle, MpfrRounding.ToNearest);
                        FittingMpfrNative.mpfr_sub(v.Handle, v.Handle, t.Handle, MpfrRounding.ToNearest);
                    }
                    if (n % 2 == 0)
                    {
                        c.Set((double)n * n - 1);
                        FittingMpfrNative.mpfr_div(t.Handle, table[(int)((long)n * k % (2L * n))].Handle, c.Handle, MpfrRounding.ToNearest);
                        FittingMpfrNative.mpfr_sub(v.Handle, v.Handle, t.Handle, MpfrRounding.ToNearest);
                    }
                    // w = 2 v / n, as a multiplication by 2 and an exact-then-rounded division by n.
                    c.Set(2.0);
                    FittingMpfrNative.mpfr_mul(v.Handle, v.Handle, c.Handle, MpfrRounding.ToNearest);
                    c.Set((double)n);
                    FittingMpfrNative.mpfr_div(v.Handle, v.Handle, c.Handle, MpfrRounding.ToNearest);
                }
                int ascending = n - k;
                // The middle node is exactly 0 (MPFR's cos of its rounded pi/2 is about 5e-78).
                Assert.Equal(2 * k == n ? 0 : table[k].ToDouble(), nodes[ascending].ToDouble());
                Assert.Equal(BitConverter.DoubleToInt64Bits(v.ToDouble()), BitConverter.DoubleToInt64Bits(weights[ascending].ToDouble()));
                Assert.Equal(BitConverter.SingleToInt32Bits(v.ToSingle()), BitConverter.SingleToInt32Bits(weights[ascending].ToSingle()));
            }
        }
        finally
        {
            foreach (MpfrFloat f in table)
            {
                f?.Dispose();
            }
        }
    }
}
