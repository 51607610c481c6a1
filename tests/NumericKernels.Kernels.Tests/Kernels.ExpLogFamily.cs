using System;
using System.Runtime.Intrinsics;

namespace NumericKernels.Kernels.Tests;

/// <summary>exp10, expm1, log10 and log1p, both float tiers, every shape.</summary>
internal static partial class F32
{
    [Approximate(MathFunction.Exp10)] public static partial float Exp10(float x);
    [Approximate(MathFunction.Exp10)] public static partial Vector128<float> Exp10(Vector128<float> x);
    [Approximate(MathFunction.Exp10)] public static partial Vector256<float> Exp10(Vector256<float> x);
    [Approximate(MathFunction.Exp10)] public static partial Vector512<float> Exp10(Vector512<float> x);
    [Approximate(MathFunction.Exp10)] public static partial void Exp10(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Exp10, MaxUlp = 4)] public static partial float Exp10U4(float x);
    [Approximate(MathFunction.Exp10, MaxUlp = 4)] public static partial Vector128<float> Exp10U4(Vector128<float> x);
    [Approximate(MathFunction.Exp10, MaxUlp = 4)] public static partial Vector256<float> Exp10U4(Vector256<float> x);
    [Approximate(MathFunction.Exp10, MaxUlp = 4)] public static partial Vector512<float> Exp10U4(Vector512<float> x);
    [Approximate(MathFunction.Exp10, MaxUlp = 4)] public static partial void Exp10U4(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.ExpM1)] public static partial float ExpM1(float x);
    [Approximate(MathFunction.ExpM1)] public static partial Vector128<float> ExpM1(Vector128<float> x);
    [Approximate(MathFunction.ExpM1)] public static partial Vector256<float> ExpM1(Vector256<float> x);
    [Approximate(MathFunction.ExpM1)] public static partial Vector512<float> ExpM1(Vector512<float> x);
    [Approximate(MathFunction.ExpM1)] public static partial void ExpM1(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.ExpM1, MaxUlp = 4)] public static partial float ExpM1U4(float x);
    [Approximate(MathFunction.ExpM1, MaxUlp = 4)] public static partial Vector128<float> ExpM1U4(Vector128<float> x);
    [Approximate(MathFunction.ExpM1, MaxUlp = 4)] public static partial Vector256<float> ExpM1U4(Vector256<float> x);
    [Approximate(MathFunction.ExpM1, MaxUlp = 4)] public static partial Vector512<float> ExpM1U4(Vector512<float> x);
    [Approximate(MathFunction.ExpM1, MaxUlp = 4)] public static partial void ExpM1U4(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Log10)] public static partial float Log10(float x);
    [Approximate(MathFunction.Log10)] public static partial Vector128<float> Log10(Vector128<float> x);
    [Approximate(MathFunction.Log10)] public static partial Vector256<float> Log10(Vector256<float> x);
    [Approximate(MathFunction.Log10)] public static partial Vector512<float> Log10(Vector512<float> x);
    [Approximate(MathFunction.Log10)] public static partial void Log10(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Log10, MaxUlp = 4)] public static partial float Log10U4(float x);
    [Approximate(MathFunction.Log10, MaxUlp = 4)] public static partial Vector128<float> Log10U4(Vector128<float> x);
    [Approximate(MathFunction.Log10, MaxUlp = 4)] public static partial Vector256<float> Log10U4(Vector256<float> x);
    [Approximate(MathFunction.Log10, MaxUlp = 4)] public static partial Vector512<float> Log10U4(Vector512<float> x);
    [Approximate(MathFunction.Log10, MaxUlp = 4)] public static partial void Log10U4(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Log1P)] public static partial float Log1P(float x);
    [Approximate(MathFunction.Log1P)] public static partial Vector128<float> Log1P(Vector128<float> x);
    [Approximate(MathFunction.Log1P)] public static partial Vector256<float> Log1P(Vector256<float> x);
    [Approximate(MathFunction.Log1P)] public static partial Vector512<float> Log1P(Vector512<float> x);
    [Approximate(MathFunction.Log1P)] public static partial void Log1P(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Log1P, MaxUlp = 4)] public static partial float Log1PU4(float x);
    [Approximate(MathFunction.Log1P, MaxUlp = 4)] public static partial Vector128<float> Log1PU4(Vector128<float> x);
    [Approximate(MathFunction.Log1P, MaxUlp = 4)] public static partial Vector256<float> Log1PU4(Vector256<float> x);
    [Approximate(MathFunction.Log1P, MaxUlp = 4)] public static partial Vector512<float> Log1PU4(Vector512<float> x);
    [Approximate(MathFunction.Log1P, MaxUlp = 4)] public static partial void Log1PU4(ReadOnlySpan<float> x, Span<float> y);
}

/// <summary>exp10, expm1, log10 and log1p in float64, every shape.</summary>
internal static partial class F64
{
    [Approximate(MathFunction.Exp10)] public static partial double Exp10(double x);
    [Approximate(MathFunction.Exp10)] public static partial Vector128<double> Exp10(Vector128<double> x);
    [Approximate(MathFunction.Exp10)] public static partial Vector256<double> Exp10(Vector256<double> x);
    [Approximate(MathFunction.Exp10)] public static partial Vector512<double> Exp10(Vector512<double> x);
    [Approximate(MathFunction.Exp10)] public static partial void Exp10(ReadOnlySpan<double> x, Span<double> y);

    [Approximate(MathFunction.ExpM1)] public static partial double ExpM1(double x);
    [Approximate(MathFunction.ExpM1)] public static partial Vector128<double> ExpM1(Vector128<double> x);
    [Approximate(MathFunction.ExpM1)] public static partial Vector256<double> ExpM1(Vector256<double> x);
    [Approximate(MathFunction.ExpM1)] public static partial Vector512<double> ExpM1(Vector512<double> x);
    [Approximate(MathFunction.ExpM1)] public static partial void ExpM1(ReadOnlySpan<double> x, Span<double> y);

    [Approximate(MathFunction.Log10)] public static partial double Log10(double x);
    [Approximate(MathFunction.Log10)] public static partial Vector128<double> Log10(Vector128<double> x);
    [Approximate(MathFunction.Log10)] public static partial Vector256<double> Log10(Vector256<double> x);
    [Approximate(MathFunction.Log10)] public static partial Vector512<double> Log10(Vector512<double> x);
    [Approximate(MathFunction.Log10)] public static partial void Log10(ReadOnlySpan<double> x, Span<double> y);

    [Approximate(MathFunction.Log1P)] public static partial double Log1P(double x);
    [Approximate(MathFunction.Log1P)] public static partial Vector128<double> Log1P(Vector128<double> x);
    [Approximate(MathFunction.Log1P)] public static partial Vector256<double> Log1P(Vector256<double> x);
    [Approximate(MathFunction.Log1P)] public static partial Vector512<double> Log1P(Vector512<double> x);
    [Approximate(MathFunction.Log1P)] public static partial void Log1P(ReadOnlySpan<double> x, Span<double> y);
}
