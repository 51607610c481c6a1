using System;
using System.Runtime.CompilerServices;

namespace NumericKernels.Samples.IntegralRL;

/// <summary>
/// The rules the sample compares, all generated: the trapezoid rule, Bayesian quadrature with Matérn 3/2 and 5/2 kernels
/// (length scale half the interval) at each sample count, and adaptive Gauss-Kronrod on the closed-form reward as a
/// second reference.
/// </summary>
internal static partial class Quadratures
{
    public static readonly int[] Counts = { 4, 8, 16, 32, 64, 128, 256 };

    public delegate double Rule(ReadOnlySpan<double> samples, double interval);

    public static readonly Rule[] Matern32 = { M32x4, M32x8, M32x16, M32x32, M32x64, M32x128, M32x256 };

    public static readonly Rule[] Matern52 = { M52x4, M52x8, M52x16, M52x32, M52x64, M52x128, M52x256 };

    [Quadrature(QuadratureRule.Trapezoid)]
    public static partial double Trapezoid(ReadOnlySpan<double> samples, double step);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Reward(double t) => Pendulum.Reward(t);

    [Quadrature(QuadratureRule.GaussKronrod, Points = 31, Integrand = nameof(Reward), RelativeTolerance = 1e-13)]
    public static partial QuadratureResult Reference(double a, double b);

    [Quadrature(QuadratureRule.Bayesian, Points = 4, Kernel = BayesKernel.Matern32)] private static partial double M32x4(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 8, Kernel = BayesKernel.Matern32)] private static partial double M32x8(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 16, Kernel = BayesKernel.Matern32)] private static partial double M32x16(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 32, Kernel = BayesKernel.Matern32)] private static partial double M32x32(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 64, Kernel = BayesKernel.Matern32)] private static partial double M32x64(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 128, Kernel = BayesKernel.Matern32)] private static partial double M32x128(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 256, Kernel = BayesKernel.Matern32)] private static partial double M32x256(ReadOnlySpan<double> samples, double interval);

    [Quadrature(QuadratureRule.Bayesian, Points = 4, Kernel = BayesKernel.Matern52)] private static partial double M52x4(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 8, Kernel = BayesKernel.Matern52)] private static partial double M52x8(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 16, Kernel = BayesKernel.Matern52)] private static partial double M52x16(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 32, Kernel = BayesKernel.Matern52)] private static partial double M52x32(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 64, Kernel = BayesKernel.Matern52)] private static partial double M52x64(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 128, Kernel = BayesKernel.Matern52)] private static partial double M52x128(ReadOnlySpan<double> samples, double interval);
    [Quadrature(QuadratureRule.Bayesian, Points = 256, Kernel = BayesKernel.Matern52)] private static partial double M52x256(ReadOnlySpan<double> samples, double interval);
}
