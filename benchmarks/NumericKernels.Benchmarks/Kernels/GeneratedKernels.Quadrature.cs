using System;
using System.Runtime.Intrinsics;

namespace NumericKernels.Benchmarks.Kernels
{
    /// <summary>
    /// Generated quadrature kernels for the MathNet comparison: exp(-x^2) on an interval, once with Math.Exp (the integrand
    /// MathNet gets, called directly instead of through a delegate) and once with the generated 1-ULP double exp, whose
    /// Vector256/512 paths let the kernel evaluate 4 or 8 nodes per call.
    /// </summary>
    internal static partial class GeneratedKernels
    {
        internal static double Gaussian(double x) => Math.Exp(-x * x);

        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        internal static partial double ExpF64(double x);

        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        internal static partial Vector256<double> ExpF64(Vector256<double> x);

        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        internal static partial Vector512<double> ExpF64(Vector512<double> x);

        internal static double GaussianSimd(double x) => ExpF64(-x * x);

        internal static Vector256<double> GaussianSimd(Vector256<double> x) => ExpF64(-(x * x));

        internal static Vector512<double> GaussianSimd(Vector512<double> x) => ExpF64(-(x * x));

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(Gaussian))]
        internal static partial double GaussianGl20(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(GaussianSimd))]
        internal static partial double GaussianSimdGl20(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(GaussianSimd))]
        internal static partial void GaussianSimdGl20(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);
    }
}
