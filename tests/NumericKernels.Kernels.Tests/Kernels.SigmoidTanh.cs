using System;
using System.Runtime.Intrinsics;

namespace NumericKernels.Kernels.Tests;

/// <summary>Sigmoid and tanh, both tiers, every shape.</summary>
internal static partial class F32
{
    [Approximate(MathFunction.Sigmoid)] public static partial float Sigmoid(float x);
    [Approximate(MathFunction.Sigmoid)] public static partial Vector128<float> Sigmoid(Vector128<float> x);
    [Approximate(MathFunction.Sigmoid)] public static partial Vector256<float> Sigmoid(Vector256<float> x);
    [Approximate(MathFunction.Sigmoid)] public static partial Vector512<float> Sigmoid(Vector512<float> x);
    [Approximate(MathFunction.Sigmoid)] public static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Sigmoid, MaxUlp = 4)] public static partial float SigmoidU4(float x);
    [Approximate(MathFunction.Sigmoid, MaxUlp = 4)] public static partial Vector128<float> SigmoidU4(Vector128<float> x);
    [Approximate(MathFunction.Sigmoid, MaxUlp = 4)] public static partial Vector256<float> SigmoidU4(Vector256<float> x);
    [Approximate(MathFunction.Sigmoid, MaxUlp = 4)] public static partial Vector512<float> SigmoidU4(Vector512<float> x);
    [Approximate(MathFunction.Sigmoid, MaxUlp = 4)] public static partial void SigmoidU4(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Tanh)] public static partial float Tanh(float x);
    [Approximate(MathFunction.Tanh)] public static partial Vector128<float> Tanh(Vector128<float> x);
    [Approximate(MathFunction.Tanh)] public static partial Vector256<float> Tanh(Vector256<float> x);
    [Approximate(MathFunction.Tanh)] public static partial Vector512<float> Tanh(Vector512<float> x);
    [Approximate(MathFunction.Tanh)] public static partial void Tanh(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Tanh, MaxUlp = 4)] public static partial float TanhU4(float x);
    [Approximate(MathFunction.Tanh, MaxUlp = 4)] public static partial Vector128<float> TanhU4(Vector128<float> x);
    [Approximate(MathFunction.Tanh, MaxUlp = 4)] public static partial Vector256<float> TanhU4(Vector256<float> x);
    [Approximate(MathFunction.Tanh, MaxUlp = 4)] public static partial Vector512<float> TanhU4(Vector512<float> x);
    [Approximate(MathFunction.Tanh, MaxUlp = 4)] public static partial void TanhU4(ReadOnlySpan<float> x, Span<float> y);
}

/// <summary>Sigmoid and tanh in float64, every shape.</summary>
internal static partial class F64
{
    [Approximate(MathFunction.Sigmoid)] public static partial double Sigmoid(double x);
    [Approximate(MathFunction.Sigmoid)] public static partial Vector128<double> Sigmoid(Vector128<double> x);
    [Approximate(MathFunction.Sigmoid)] public static partial Vector256<double> Sigmoid(Vector256<double> x);
    [Approximate(MathFunction.Sigmoid)] public static partial Vector512<double> Sigmoid(Vector512<double> x);
    [Approximate(MathFunction.Sigmoid)] public static partial void Sigmoid(ReadOnlySpan<double> x, Span<double> y);

    [Approximate(MathFunction.Tanh)] public static partial double Tanh(double x);
    [Approximate(MathFunction.Tanh)] public static partial Vector128<double> Tanh(Vector128<double> x);
    [Approximate(MathFunction.Tanh)] public static partial Vector256<double> Tanh(Vector256<double> x);
    [Approximate(MathFunction.Tanh)] public static partial Vector512<double> Tanh(Vector512<double> x);
    [Approximate(MathFunction.Tanh)] public static partial void Tanh(ReadOnlySpan<double> x, Span<double> y);
}
