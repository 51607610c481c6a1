using System;
using System.Linq;
using NumericKernels.Generators.Numerics;
using NumericKernels.Generators.Quadrature;
using Xunit;

namespace NumericKernels.Search.Tests.Quadrature;

/// <summary>
/// Gauss-Kronrod pairs: the published QUADPACK tables (qk15, qk21; Piessens et al. 1983, the DATA statements of
/// dqk15.f and dqk21.f, given to 33 digits), exactness to degree 3n + 1 (which the weight system does not impose, so it
/// checks the nodes), the embedded Gauss rule, symmetry and interlacing.
/// </summary>
public class GaussKronrodTests
{
    // dqk21.f: xgk (descending, 1..11), wgk, and wg (the 10-point Gauss weights at xgk(2), xgk(4), ...).
    private static readonly double[] Qk21Nodes =
    {
        0.995657163025808080735527280689003, 0.973906528517171720077964012084452, 0.930157491355708226001207180059508,
        0.865063366688984510732096688423493, 0.780817726586416897063717578345042, 0.679409568299024406234327365114874,
        0.562757134668604683339000099272694, 0.433395394129247190799265943165784, 0.294392862701460198131126603103866,
        0.148874338981631210884826001129720, 0.0,
    };

    private static readonly double[] Qk21KronrodWeights =
    {
        0.011694638867371874278064396062192, 0.032558162307964727478818972459390, 0.054755896574351996031381300244580,
        0.075039674810919952767043140916190, 0.093125454583697605535065465083366, 0.109387158802297641899210590325805,
        0.123491976262065851077208067960312, 0.134709217311473325928054001771707, 0.142775938577060080797094273138717,
        0.147739104901338491374841515972068, 0.149445554002916905664936468389821,
    };

    private static readonly double[] Qk21GaussWeights =
    {
        0.066671344308688137593568809893332, 0.149451349150580593145776339657697, 0.219086362515982043995534934228163,
        0.269266719309996355091226921569469, 0.295524224714752870173892994651338,
    };

    // dqk15.f: xgk, wgk (8 each, descending to the centre).
    private static readonly double[] Qk15Nodes =
    {
        0.991455371120812639206854697526329, 0.949107912342758524526189684047851, 0.864864423359769072789712788640926,
        0.741531185599394439863864773280788, 0.586087235467691130294144845693013, 0.405845151377397166906606412076961,
        0.207784955007898467600689403773245, 0.0,
    };

    private static readonly double[] Qk15KronrodWeights =
    {
        0.022935322010529224963732008058970, 0.063092092629978553290700663189204, 0.104790010322250183839876322541518,
        0.140653259715525918745189590510238, 0.169004726639267902826583426598550, 0.190350578064785409913256402421014,
        0.204432940075298892414161999234649, 0.209482141084727828012999174891714,
    };

    [Fact]
    public void Qk21_matches_the_quadpack_table()
    {
        (DoubleDouble[] nodes, DoubleDouble[] kronrod, DoubleDouble[] gauss) = GaussKronrod.Compute(21);
        for (int i = 0; i < 11; i++)
        {
            // QUADPACK's upper half, descending: our index 20 - i. The published decimals round to the nearest double.
            Assert.Equal(Qk21Nodes[i], nodes[20 - i].ToDouble());
            Assert.Equal(Qk21KronrodWeights[i], kronrod[20 - i].ToDouble());
        }
        for (int i = 0; i < 5; i++)
        {
            Assert.Equal(Qk21GaussWeights[i], gauss[19 - 2 * i].ToDouble());
        }
    }

    [Fact]
    public void Qk15_matches_the_quadpack_table()
    {
        (DoubleDouble[] nodes, DoubleDouble[] kronrod, _) = GaussKronrod.Compute(15);
        for (int i = 0; i < 8; i++)
        {
            Assert.Equal(Qk15Nodes[i], nodes[14 - i].ToDouble());
            Assert.Equal(Qk15KronrodWeights[i], kronrod[14 - i].ToDouble());
        }
    }

    public static TheoryData<int> Sizes() => new(GaussKronrod.Sizes);

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_kronrod_rule_is_exact_to_degree_3n_plus_1_and_the_gauss_rule_to_2n_minus_1(int points)
    {
        (DoubleDouble[] nodes, DoubleDouble[] kronrod, DoubleDouble[] gauss) = GaussKronrod.Compute(points);
        int n = (points - 1) / 2;
        for (int degree = 0; degree <= 3 * n + 1; degree++)
        {
            DoubleDouble k = 0, g = 0;
            for (int i = 0; i < points; i++)
            {
                DoubleDouble power = 1;
                for (int p = 0; p < degree; p++)
                {
                    power *= nodes[i];
                }
                k += kronrod[i] * power;
                g += gauss[i] * power;
            }
            DoubleDouble exact = degree % 2 == 1 ? 0 : (DoubleDouble)2 / (degree + 1);
            Assert.True(Math.Abs((k - exact).Hi) < 1e-28, $"Kronrod {points}, degree {degree}: {k}");
            if (degree <= 2 * n - 1)
            {
                Assert.True(Math.Abs((g - exact).Hi) < 1e-28, $"Gauss {n}, degree {degree}: {g}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Nodes_are_symmetric_interlaced_and_the_gauss_nodes_are_the_gauss_legendre_rule(int points)
    {
        (DoubleDouble[] nodes, DoubleDouble[] kronrod, DoubleDouble[] gauss) = GaussKronrod.Compute(points);
        int n = (points - 1) / 2;
        (DoubleDouble[] gaussNodes, DoubleDouble[] gaussWeights) = GaussLegendre.Compute(n);
        for (int i = 0; i < points; i++)
        {
            Assert.Equal(-nodes[i].Hi, nodes[points - 1 - i].Hi);
            Assert.Equal(kronrod[i].Hi, kronrod[points - 1 - i].Hi);
            Assert.True(kronrod[i].Hi > 0);
            Assert.True(i == 0 ? nodes[0].Hi > -1 : nodes[i - 1] < nodes[i]);
            if (i % 2 == 1)
            {
                Assert.Equal(gaussNodes[i / 2], nodes[i]);
                Assert.Equal(gaussWeights[i / 2], gauss[i]);
            }
            else
            {
                Assert.Equal(0.0, gauss[i].Hi);
            }
        }
        Assert.True(nodes[points - 1].Hi < 1);
    }
}
