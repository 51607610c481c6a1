using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

// [Quadrature] kernels whose integrand (1 / (1 + x^2), correctly rounded operations only) has every vector overload,
// beside the same rules with a scalar-only integrand: within a run they must agree bit for bit, and their results are
// hashed so runs on other runtimes and architectures can be compared.
namespace NumericKernels.Samples.PathCheck.Kernels
{
    internal sealed record QuadraturePaths<T>(string Name, Func<T, T, T> Vector, Func<T, T, T> Scalar, BatchIntegral<T> Batch);

    internal delegate void BatchIntegral<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> result);

    internal delegate T SampledIntegral<T>(ReadOnlySpan<T> samples, T step);

    internal sealed record SampledPaths<T>(string Name, SampledIntegral<T> Rule);

    internal sealed record AdaptivePaths<T>(string Name, Func<T, T, QuadratureResult> Vector, Func<T, T, QuadratureResult> Scalar);

    internal static partial class QuadratureKernels
    {
        public static IReadOnlyList<QuadraturePaths<double>> Float64 { get; } = new QuadraturePaths<double>[]
        {
            new("quadrature.GaussLegendre20.double", Gl20, Gl20Scalar, Gl20Batch),
            new("quadrature.GaussLegendre100.double", Gl100, Gl100Scalar, Gl100Batch),
            new("quadrature.ClenshawCurtis33.double", Cc33, Cc33Scalar, Cc33Batch),
        };

        public static IReadOnlyList<QuadraturePaths<float>> Float32 { get; } = new QuadraturePaths<float>[]
        {
            new("quadrature.GaussLegendre20.float", Gl20F, Gl20FScalar, Gl20FBatch),
            new("quadrature.ClenshawCurtis65.float", Cc65F, Cc65FScalar, Cc65FBatch),
        };

        // Sampled rules have one path per run (the widest accelerated width); runs without SIMD and on arm64 compare the hashes.
        public static IReadOnlyList<SampledPaths<double>> SampledFloat64 { get; } = new SampledPaths<double>[]
        {
            new("quadrature.Trapezoid.double", TrapezoidRule),
            new("quadrature.Simpson.double", SimpsonRule),
            // Bayesian takes exactly Points samples: the first 37 (windows shorter than that give 0).
            new("quadrature.Bayesian37.double", (y, interval) => y.Length < 37 ? 0 : Bayesian37(y.Slice(0, 37), interval, out _)),
        };

        public static IReadOnlyList<SampledPaths<float>> SampledFloat32 { get; } = new SampledPaths<float>[]
        {
            new("quadrature.Trapezoid.float", TrapezoidRuleF),
            new("quadrature.Simpson.float", SimpsonRuleF),
            new("quadrature.Bayesian21.float", (y, interval) => y.Length < 21 ? 0 : Bayesian21F(y.Slice(0, 21), interval)),
        };

        [Quadrature(QuadratureRule.Bayesian, Points = 37, Kernel = BayesKernel.Matern52)]
        private static partial double Bayesian37(ReadOnlySpan<double> samples, double interval, out double variance);

        [Quadrature(QuadratureRule.Bayesian, Points = 21, Kernel = BayesKernel.Matern32, LengthScale = 0.2)]
        private static partial float Bayesian21F(ReadOnlySpan<float> samples, float interval);

        [Quadrature(QuadratureRule.Trapezoid)]
        private static partial double TrapezoidRule(ReadOnlySpan<double> samples, double step);

        [Quadrature(QuadratureRule.Simpson)]
        private static partial double SimpsonRule(ReadOnlySpan<double> samples, double step);

        [Quadrature(QuadratureRule.Trapezoid)]
        private static partial float TrapezoidRuleF(ReadOnlySpan<float> samples, float step);

        [Quadrature(QuadratureRule.Simpson)]
        private static partial float SimpsonRuleF(ReadOnlySpan<float> samples, float step);

        public static IReadOnlyList<AdaptivePaths<double>> AdaptiveFloat64 { get; } = new AdaptivePaths<double>[]
        {
            new("quadrature.GaussKronrod21.adaptive.double", Gk21, Gk21Scalar),
            new("quadrature.TanhSinh.adaptive.double", Ts, TsScalar),
        };

        public static IReadOnlyList<AdaptivePaths<float>> AdaptiveFloat32 { get; } = new AdaptivePaths<float>[]
        {
            new("quadrature.GaussKronrod15.adaptive.float", Gk15F, Gk15FScalar),
            new("quadrature.TanhSinh.adaptive.float", TsF, TsFScalar),
        };

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double Runge(double x) => 1.0 / (1.0 + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<double> Runge(Vector128<double> x) => Vector128<double>.One / (Vector128<double>.One + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<double> Runge(Vector256<double> x) => Vector256<double>.One / (Vector256<double>.One + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<double> Runge(Vector512<double> x) => Vector512<double>.One / (Vector512<double>.One + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static double RungeScalar(double x) => 1.0 / (1.0 + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static float RungeF(float x) => 1f / (1f + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector128<float> RungeF(Vector128<float> x) => Vector128<float>.One / (Vector128<float>.One + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector256<float> RungeF(Vector256<float> x) => Vector256<float>.One / (Vector256<float>.One + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static Vector512<float> RungeF(Vector512<float> x) => Vector512<float>.One / (Vector512<float>.One + x * x);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static float RungeFScalar(float x) => 1f / (1f + x * x);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(Runge))]
        private static partial double Gl20(double a, double b);

        // Adaptive Gauss-Kronrod: the value, estimate and evaluation count all depend on every decision, so they are all compared.
        [Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(Runge), RelativeTolerance = 1e-12)]
        private static partial QuadratureResult Gk21(double a, double b);

        [Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(RungeScalar), RelativeTolerance = 1e-12)]
        private static partial QuadratureResult Gk21Scalar(double a, double b);

        [Quadrature(QuadratureRule.GaussKronrod, Points = 15, Integrand = nameof(RungeF), MaxSubdivisions = 300)]
        private static partial QuadratureResult Gk15F(float a, float b);

        // Tanh-sinh calls the integrand in scalar form only: an integrand with vector overloads gives the same bits.
        [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(Runge), RelativeTolerance = 1e-12)]
        private static partial QuadratureResult Ts(double a, double b);

        [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(RungeScalar), RelativeTolerance = 1e-12)]
        private static partial QuadratureResult TsScalar(double a, double b);

        [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(RungeF))]
        private static partial QuadratureResult TsF(float a, float b);

        [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(RungeFScalar))]
        private static partial QuadratureResult TsFScalar(float a, float b);

        [Quadrature(QuadratureRule.GaussKronrod, Points = 15, Integrand = nameof(RungeFScalar), MaxSubdivisions = 300)]
        private static partial QuadratureResult Gk15FScalar(float a, float b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeScalar))]
        private static partial double Gl20Scalar(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(Runge))]
        private static partial void Gl20Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(Runge))]
        private static partial double Gl100(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeScalar))]
        private static partial double Gl100Scalar(double a, double b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(Runge))]
        private static partial void Gl100Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

        [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(Runge))]
        private static partial double Cc33(double a, double b);

        [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeScalar))]
        private static partial double Cc33Scalar(double a, double b);

        [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(Runge))]
        private static partial void Cc33Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF))]
        private static partial float Gl20F(float a, float b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeFScalar))]
        private static partial float Gl20FScalar(float a, float b);

        [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF))]
        private static partial void Gl20FBatch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

        [Quadrature(QuadratureRule.ClenshawCurtis, Points = 65, Integrand = nameof(RungeF))]
        private static partial float Cc65F(float a, float b);

        [Quadrature(QuadratureRule.ClenshawCurtis, Points = 65, Integrand = nameof(RungeFScalar))]
        private static partial float Cc65FScalar(float a, float b);

        [Quadrature(QuadratureRule.ClenshawCurtis, Points = 65, Integrand = nameof(RungeF))]
        private static partial void Cc65FBatch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);
    }
}
