using System;
using System.Runtime.Intrinsics;

namespace NumericKernels.Kernels.Tests;

/// <summary>sin and cos, every shape: the whole-range entries at 1 and 4 ULP and the bounded ones (|x| &lt;= 2^18, no special path).</summary>
internal static partial class F32
{
    [Approximate(MathFunction.Sin)] public static partial float Sin(float x);
    [Approximate(MathFunction.Sin)] public static partial Vector128<float> Sin(Vector128<float> x);
    [Approximate(MathFunction.Sin)] public static partial Vector256<float> Sin(Vector256<float> x);
    [Approximate(MathFunction.Sin)] public static partial Vector512<float> Sin(Vector512<float> x);
    [Approximate(MathFunction.Sin)] public static partial void Sin(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Cos)] public static partial float Cos(float x);
    [Approximate(MathFunction.Cos)] public static partial Vector128<float> Cos(Vector128<float> x);
    [Approximate(MathFunction.Cos)] public static partial Vector256<float> Cos(Vector256<float> x);
    [Approximate(MathFunction.Cos)] public static partial Vector512<float> Cos(Vector512<float> x);
    [Approximate(MathFunction.Cos)] public static partial void Cos(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Sin, DomainMin = -262144, DomainMax = 262144)] public static partial float SinBounded(float x);
    [Approximate(MathFunction.Sin, DomainMin = -262144, DomainMax = 262144)] public static partial Vector128<float> SinBounded(Vector128<float> x);
    [Approximate(MathFunction.Sin, DomainMin = -262144, DomainMax = 262144)] public static partial Vector256<float> SinBounded(Vector256<float> x);
    [Approximate(MathFunction.Sin, DomainMin = -262144, DomainMax = 262144)] public static partial Vector512<float> SinBounded(Vector512<float> x);
    [Approximate(MathFunction.Sin, DomainMin = -262144, DomainMax = 262144)] public static partial void SinBounded(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Cos, DomainMin = -262144, DomainMax = 262144)] public static partial float CosBounded(float x);
    [Approximate(MathFunction.Cos, DomainMin = -262144, DomainMax = 262144)] public static partial Vector128<float> CosBounded(Vector128<float> x);
    [Approximate(MathFunction.Cos, DomainMin = -262144, DomainMax = 262144)] public static partial Vector256<float> CosBounded(Vector256<float> x);
    [Approximate(MathFunction.Cos, DomainMin = -262144, DomainMax = 262144)] public static partial Vector512<float> CosBounded(Vector512<float> x);
    [Approximate(MathFunction.Cos, DomainMin = -262144, DomainMax = 262144)] public static partial void CosBounded(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Sin, MaxUlp = 4)] public static partial float SinU4(float x);
    [Approximate(MathFunction.Sin, MaxUlp = 4)] public static partial Vector128<float> SinU4(Vector128<float> x);
    [Approximate(MathFunction.Sin, MaxUlp = 4)] public static partial Vector256<float> SinU4(Vector256<float> x);
    [Approximate(MathFunction.Sin, MaxUlp = 4)] public static partial Vector512<float> SinU4(Vector512<float> x);
    [Approximate(MathFunction.Sin, MaxUlp = 4)] public static partial void SinU4(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Cos, MaxUlp = 4)] public static partial float CosU4(float x);
    [Approximate(MathFunction.Cos, MaxUlp = 4)] public static partial Vector128<float> CosU4(Vector128<float> x);
    [Approximate(MathFunction.Cos, MaxUlp = 4)] public static partial Vector256<float> CosU4(Vector256<float> x);
    [Approximate(MathFunction.Cos, MaxUlp = 4)] public static partial Vector512<float> CosU4(Vector512<float> x);
    [Approximate(MathFunction.Cos, MaxUlp = 4)] public static partial void CosU4(ReadOnlySpan<float> x, Span<float> y);
}
