using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NumericKernels.Benchmarks.Kernels
{
    /// <summary>
    /// Generated quadrature kernels for the MathNet comparison: exp(-x^2) on an interval, once with Math.Exp (the integrand
    /// MathNet gets, called directly instead of through a delegate) and once with the generated 1-ULP double exp, whose
    /// Vector256/512 paths let the kernel evaluate 4 or 8 nodes per call; and the cheap integrand 1 / (1 + x^2), where
    /// the cost of reaching the integrand shows.
    /// </summary>
    internal static partial class GeneratedKernels
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double Gaussian(double x) => Math.Exp(-x * x);

        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        internal static partial double ExpF64(double x);

        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        internal static partial Vector256<double> ExpF64(Vector256<double> x);

        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        internal static partial Vector512<double> ExpF64(Vector512<double> x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double GaussianSimd(double x) => ExpF64(-x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> GaussianSimd(Vector256<double> x) => ExpF64(-(x * x));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> GaussianSimd(Vector512<double> x) => ExpF64(-(x * x));

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(Gaussian))]
        internal static partial double GaussianGl20(double a, double b);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double Runge(double x) => 1.0 / (1.0 + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double RungeSimd(double x) => 1.0 / (1.0 + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> RungeSimd(Vector256<double> x) => Vector256<double>.One / (Vector256<double>.One + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> RungeSimd(Vector512<double> x) => Vector512<double>.One / (Vector512<double>.One + x * x);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(Runge))]
        internal static partial double RungeGl20(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeSimd))]
        internal static partial double RungeSimdGl20(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeSimd))]
        internal static partial void RungeSimdGl20(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(GaussianSimd))]
        internal static partial double GaussianSimdGl20(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(GaussianSimd))]
        internal static partial void GaussianSimdGl20(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double Peak(double x) => 1.0 / (1e-4 + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double PeakSimd(double x) => 1.0 / (1e-4 + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector256<double> PeakSimd(Vector256<double> x) => Vector256<double>.One / (Vector256.Create(1e-4) + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static Vector512<double> PeakSimd(Vector512<double> x) => Vector512<double>.One / (Vector512.Create(1e-4) + x * x);

        [Quadrature(QuadratureRule.GaussKronrod, Points = 21, Integrand = nameof(Peak), RelativeTolerance = 1e-10)]
        internal static partial QuadratureResult PeakGk21(double a, double b);

        [Quadrature(QuadratureRule.GaussKronrod, Points = 21, Integrand = nameof(PeakSimd), RelativeTolerance = 1e-10)]
        internal static partial QuadratureResult PeakSimdGk21(double a, double b);

        [Quadrature(QuadratureRule.GaussKronrod, Points = 21, Integrand = nameof(Gaussian), RelativeTolerance = 1e-10)]
        internal static partial QuadratureResult GaussianGk21(double a, double b);
    

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double Log(double x) => Math.Log(x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal static double InverseSqrt(double x) => 1 / Math.Sqrt(x);

        [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(Log), RelativeTolerance = 1e-10)]
        internal static partial QuadratureResult LogTanhSinh(double a, double b);

        [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(InverseSqrt), RelativeTolerance = 1e-10)]
        internal static partial QuadratureResult InverseSqrtTanhSinh(double a, double b);

        [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(Gaussian), RelativeTolerance = 1e-10)]
        internal static partial QuadratureResult GaussianTanhSinh(double a, double b);
    }
}
