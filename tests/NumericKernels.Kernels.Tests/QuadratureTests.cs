using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>Generated kernels for the accuracy tests: integrands with closed-form integrals.</summary>
public static partial class QuadratureAccuracyKernels
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Exp(double x) => Math.Exp(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float ExpF(float x) => MathF.Exp(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Cos5(double x) => Math.Cos(5 * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Gauss(double x) => Math.Exp(-x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Runge(double x) => 1.0 / (1.0 + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RungeF(float x) => 1f / (1f + x * x);

    // x^38 and x^8 by repeated squaring (a few roundings, each within half an ulp).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pow38(double x)
    {
        double x2 = x * x, x4 = x2 * x2, x8 = x4 * x4, x16 = x8 * x8, x32 = x16 * x16;
        return x32 * x4 * x2;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pow8(double x)
    {
        double x2 = x * x, x4 = x2 * x2;
        return x4 * x4;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Pow2046(double x) => Math.Pow(x, 2046);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(Exp))]
    public static partial double ExpGl20(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 10, Integrand = nameof(ExpF))]
    public static partial float ExpGl10F(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 64, Integrand = nameof(Cos5))]
    public static partial double Cos5Gl64(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 30, Integrand = nameof(Gauss))]
    public static partial double GaussGl30(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(Runge))]
    public static partial double RungeGl100(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 257, Integrand = nameof(Runge))]
    public static partial double RungeCc257(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 40, Integrand = nameof(RungeF))]
    public static partial float RungeGl40F(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(Pow38))]
    public static partial double Pow38Gl20(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 1024, Integrand = nameof(Pow2046))]
    public static partial double Pow2046Gl1024(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(Pow8))]
    public static partial double Pow8Cc9(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(Exp))]
    public static partial void ExpGl5(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);
}

/// <summary>
/// Generated quadrature kernels: known integrals to a few ULPs (references are closed forms, evaluated to 40 digits with
/// mpmath by hand, or exact rationals), every SIMD path and the batches bit-identical to the scalar path, and span
/// misuse answered with an ArgumentException naming the parameter.
/// </summary>
public class QuadratureTests
{
    private static double UlpsDouble(double value, double reference) => Math.Abs(value - reference) / Ulp.OfDouble(reference);

    private static double UlpsSingle(float value, double reference) => Math.Abs(value - reference) / Ulp.OfSingle(reference);

    [Fact]
    public void Smooth_integrals_match_their_closed_forms_to_a_few_ulps()
    {
        Assert.InRange(UlpsDouble(QuadratureAccuracyKernels.ExpGl20(0, 1), 1.718281828459045235360287471352662497757), 0, 2); // e - 1
        Assert.InRange(UlpsDouble(QuadratureAccuracyKernels.GaussGl30(0, 3), 0.8862073482595212338944845779118455795696), 0, 2); // sqrt(pi)/2 erf(3)
        Assert.InRange(UlpsDouble(QuadratureAccuracyKernels.RungeGl100(-5, 5), 2.746801533890031721722543852889922297302), 0, 4); // 2 atan 5
        Assert.InRange(UlpsDouble(QuadratureAccuracyKernels.RungeCc257(-5, 5), 2.746801533890031721722543852889922297302), 0, 4);
        Assert.InRange(UlpsSingle(QuadratureAccuracyKernels.ExpGl10F(0, 1), 1.718281828459045235360287471352662497757), 0, 2);
        Assert.InRange(UlpsSingle(QuadratureAccuracyKernels.RungeGl40F(-5, 5), 2.746801533890031721722543852889922297302), 0, 4);
    }

    [Fact]
    public void An_oscillatory_integral_matches_its_closed_form()
    {
        // sin(50) / 5. The terms cancel to 1 % of their absolute sum (about 6.4), so the bound is absolute: each node t
        // (up to 10) is rounded by up to 2^-53 t and cos(5 t) moves by up to 5 times that, giving at most about
        // 10 * 5 * 10 * 2^-53 = 5.6e-14 in the sum; the rule's own error at 64 nodes is far below that.
        double value = QuadratureAccuracyKernels.Cos5Gl64(0, 10);
        Assert.InRange(Math.Abs(value - -0.05247497074078575718287872938252450917733), 0, 5.6e-14);
    }

    [Fact]
    public void Reversed_and_empty_intervals_follow_the_sign_of_b_minus_a()
    {
        Assert.Equal(-QuadratureAccuracyKernels.ExpGl20(0, 1), QuadratureAccuracyKernels.ExpGl20(1, 0), 15);
        Assert.Equal(0.0, QuadratureAccuracyKernels.ExpGl20(2.5, 2.5));
    }

    [Fact]
    public void Polynomials_up_to_the_rules_degree_are_integrated_to_a_few_ulps()
    {
        // Gauss-Legendre with 20 nodes is exact to degree 39: x^38 on [0, 2] is 2^39 / 39.
        Assert.InRange(UlpsDouble(QuadratureAccuracyKernels.Pow38Gl20(0, 2), Math.ScaleB(1.0 / 39, 39)), 0, 4);
        // 1024 nodes, degree 2046 on [-1, 1] (where the mapped nodes are the rule's own): 2 / 2047. Each node is a
        // correctly rounded double, off by up to 2^-53 |x|, which moves x^2046 by up to 2046 times that relatively; so the
        // bound is (2046 + a few) half-ulps, not a few ulps. (The nodes themselves are checked bit for bit against MPFR by
        // the Search tests and `nk-search quadrature-verify`.)
        Assert.InRange(UlpsDouble(QuadratureAccuracyKernels.Pow2046Gl1024(-1, 1), 2.0 / 2047), 0, (2046 + 8) / 2.0);
        // Clenshaw-Curtis with 9 points is exact to degree 9: x^8 on [0, 2] is 2^9 / 9.
        Assert.InRange(UlpsDouble(QuadratureAccuracyKernels.Pow8Cc9(0, 2), Math.ScaleB(1.0 / 9, 9)), 0, 4);
    }

    private static IEnumerable<(double A, double B)> Intervals()
    {
        yield return (0, 1);
        yield return (-1, 1);
        yield return (-5, 5);
        yield return (3, -2);
        yield return (7, 7);
        yield return (1e-300, 3e-300);
        yield return (-1e300, 1e300);
        var random = new Random(20261203);
        for (int i = 0; i < 200; i++)
        {
            double a = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-3, 4));
            yield return (a, a + (random.NextDouble() - 0.3) * Math.Pow(10, random.Next(-3, 4)));
        }
    }

    public static TheoryData<QuadratureKernels.PathCase<double>> DoubleCases() => new(QuadratureKernels.DoubleCases);

    public static TheoryData<QuadratureKernels.PathCase<float>> SingleCases() => new(QuadratureKernels.SingleCases);

    public static TheoryData<QuadratureKernels.BatchCase<double>> DoubleBatches() => new(QuadratureKernels.DoubleBatches);

    public static TheoryData<QuadratureKernels.BatchCase<float>> SingleBatches() => new(QuadratureKernels.SingleBatches);

    [Theory]
    [MemberData(nameof(DoubleCases))]
    public void Every_vector_path_equals_the_scalar_path_bit_for_bit(QuadratureKernels.PathCase<double> c)
    {
        foreach ((double a, double b) in Intervals())
        {
            long expected = BitConverter.DoubleToInt64Bits(c.Scalar(a, b));
            Assert.True(expected == BitConverter.DoubleToInt64Bits(c.V128(a, b)), $"V128 [{a:R}, {b:R}]");
            Assert.True(expected == BitConverter.DoubleToInt64Bits(c.V256(a, b)), $"V256 [{a:R}, {b:R}]");
            Assert.True(expected == BitConverter.DoubleToInt64Bits(c.V512(a, b)), $"V512 [{a:R}, {b:R}]");
            Assert.True(expected == BitConverter.DoubleToInt64Bits(c.All(a, b)), $"all overloads [{a:R}, {b:R}]");
        }
    }

    [Theory]
    [MemberData(nameof(SingleCases))]
    public void Every_vector_path_equals_the_scalar_path_bit_for_bit_in_float(QuadratureKernels.PathCase<float> c)
    {
        foreach ((double a64, double b64) in Intervals())
        {
            float a = (float)a64, b = (float)b64;
            int expected = BitConverter.SingleToInt32Bits(c.Scalar(a, b));
            Assert.True(expected == BitConverter.SingleToInt32Bits(c.V128(a, b)), $"V128 [{a:R}, {b:R}]");
            Assert.True(expected == BitConverter.SingleToInt32Bits(c.V256(a, b)), $"V256 [{a:R}, {b:R}]");
            Assert.True(expected == BitConverter.SingleToInt32Bits(c.V512(a, b)), $"V512 [{a:R}, {b:R}]");
            Assert.True(expected == BitConverter.SingleToInt32Bits(c.All(a, b)), $"all overloads [{a:R}, {b:R}]");
        }
    }

    [Theory]
    [MemberData(nameof(DoubleBatches))]
    public void Every_batch_path_equals_the_scalar_single_interval_kernel_bit_for_bit(QuadratureKernels.BatchCase<double> c)
    {
        (double A, double B)[] all = Intervals().ToArray();
        foreach (int length in new[] { 0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 33, all.Length })
        {
            double[] a = all.Take(length).Select(i => i.A).ToArray(), b = all.Take(length).Select(i => i.B).ToArray();
            foreach (QuadratureKernels.Batch<double> batch in new[] { c.Scalar, c.V128, c.V256, c.V512, c.All })
            {
                var result = new double[length + 1];
                result[length] = 42;
                batch(a, b, result);
                for (int i = 0; i < length; i++)
                {
                    Assert.True(BitConverter.DoubleToInt64Bits(c.Single(a[i], b[i])) == BitConverter.DoubleToInt64Bits(result[i]), $"length {length}, interval {i}");
                }
                Assert.Equal(42, result[length]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(SingleBatches))]
    public void Every_batch_path_equals_the_scalar_single_interval_kernel_bit_for_bit_in_float(QuadratureKernels.BatchCase<float> c)
    {
        (double A, double B)[] all = Intervals().ToArray();
        foreach (int length in new[] { 0, 1, 3, 4, 5, 15, 16, 17, 33, all.Length })
        {
            float[] a = all.Take(length).Select(i => (float)i.A).ToArray(), b = all.Take(length).Select(i => (float)i.B).ToArray();
            foreach (QuadratureKernels.Batch<float> batch in new[] { c.Scalar, c.V128, c.V256, c.V512, c.All })
            {
                var result = new float[length];
                batch(a, b, result);
                for (int i = 0; i < length; i++)
                {
                    Assert.True(BitConverter.SingleToInt32Bits(c.Single(a[i], b[i])) == BitConverter.SingleToInt32Bits(result[i]), $"length {length}, interval {i}");
                }
            }
        }
    }

    [Fact]
    public void A_batch_may_write_over_its_interval_starts_or_ends()
    {
        double[] a = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
        double[] b = a.Select(x => x + 0.5).ToArray();
        double[] expected = a.Zip(b, (x, y) => QuadratureKernels.Gl5_F64_S(x, y)).ToArray();
        double[] inA = (double[])a.Clone();
        QuadratureKernels.Gl5_F64_V256_Batch(inA, b, inA);
        Assert.Equal(expected, inA);
        double[] inB = (double[])b.Clone();
        QuadratureKernels.Gl5_F64_V512_Batch(a, inB, inB);
        Assert.Equal(expected, inB);
    }

    [Fact]
    public void Batch_misuse_is_an_argument_exception_naming_the_parameter()
    {
        double[] a = new double[8], b = new double[8], result = new double[8];
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => QuadratureAccuracyKernels.ExpGl5(a, b.AsSpan(0, 7), result)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => QuadratureAccuracyKernels.ExpGl5(a, b, result.AsSpan(0, 7))).ParamName);
        double[] shared = new double[9];
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => QuadratureAccuracyKernels.ExpGl5(shared.AsSpan(0, 8), b, shared.AsSpan(1, 8))).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentException>(() => QuadratureAccuracyKernels.ExpGl5(a, shared.AsSpan(1, 8), shared.AsSpan(0, 8))).ParamName);
        // A longer destination is allowed; only its first a.Length elements are written.
        var longer = new double[9];
        longer[8] = -1;
        QuadratureAccuracyKernels.ExpGl5(a, b, longer);
        Assert.Equal(-1, longer[8]);
    }
}
