using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace NumericKernels.Kernels.Tests;

/// <summary>
/// Generated [Quadrature] kernels of several rules and sizes, each declared four times: with an integrand that has only
/// the scalar overload, and with one that has only its Vector128, Vector256 or Vector512 overload besides it, and with one that has all three
/// (so the last nodes of a wide path go through the narrower overloads), so every
/// path runs on any machine that accelerates it; and as batches. The integrand 1 / (1 + x^2) is computed with the same
/// correctly rounded operations on every path, so the kernels must agree bit for bit.
/// </summary>
public static partial class QuadratureKernels
{
    public delegate T Fixed<T>(T a, T b);

    public delegate void Batch<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b, Span<T> result);

    /// <summary>One rule and size: the scalar-path kernel and the kernels whose integrand has one vector overload.</summary>
    public sealed record PathCase<T>(QuadratureRule Rule, int Points, Fixed<T> Scalar, Fixed<T> V128, Fixed<T> V256, Fixed<T> V512, Fixed<T> All)
    {
        public override string ToString() => $"{Rule} {Points}";
    }

    /// <summary>One rule and size as batches, with the scalar single-interval kernel they must equal.</summary>
    public sealed record BatchCase<T>(QuadratureRule Rule, int Points, Fixed<T> Single, Batch<T> Scalar, Batch<T> V128, Batch<T> V256, Batch<T> V512, Batch<T> All)
    {
        public override string ToString() => $"{Rule} {Points}";
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RungeF64_S(double x) => 1.0 / (1.0 + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RungeF64_V128(double x) => RungeF64_S(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> RungeF64_V128(Vector128<double> x) => Vector128<double>.One / (Vector128<double>.One + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RungeF64_V256(double x) => RungeF64_S(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> RungeF64_V256(Vector256<double> x) => Vector256<double>.One / (Vector256<double>.One + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RungeF64_V512(double x) => RungeF64_S(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> RungeF64_V512(Vector512<double> x) => Vector512<double>.One / (Vector512<double>.One + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RungeF32_S(float x) => 1f / (1f + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RungeF32_V128(float x) => RungeF32_S(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> RungeF32_V128(Vector128<float> x) => Vector128<float>.One / (Vector128<float>.One + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RungeF32_V256(float x) => RungeF32_S(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> RungeF32_V256(Vector256<float> x) => Vector256<float>.One / (Vector256<float>.One + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RungeF32_V512(float x) => RungeF32_S(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> RungeF32_V512(Vector512<float> x) => Vector512<float>.One / (Vector512<float>.One + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double RungeF64_All(double x) => RungeF64_S(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<double> RungeF64_All(Vector128<double> x) => Vector128<double>.One / (Vector128<double>.One + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> RungeF64_All(Vector256<double> x) => Vector256<double>.One / (Vector256<double>.One + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> RungeF64_All(Vector512<double> x) => Vector512<double>.One / (Vector512<double>.One + x * x);

    public static readonly IReadOnlyList<PathCase<double>> DoubleCases = new PathCase<double>[]
    {
        new(QuadratureRule.GaussLegendre, 1, Gl1_F64_S, Gl1_F64_V128, Gl1_F64_V256, Gl1_F64_V512, Gl1_F64_All),
        new(QuadratureRule.GaussLegendre, 2, Gl2_F64_S, Gl2_F64_V128, Gl2_F64_V256, Gl2_F64_V512, Gl2_F64_All),
        new(QuadratureRule.GaussLegendre, 3, Gl3_F64_S, Gl3_F64_V128, Gl3_F64_V256, Gl3_F64_V512, Gl3_F64_All),
        new(QuadratureRule.GaussLegendre, 5, Gl5_F64_S, Gl5_F64_V128, Gl5_F64_V256, Gl5_F64_V512, Gl5_F64_All),
        new(QuadratureRule.GaussLegendre, 8, Gl8_F64_S, Gl8_F64_V128, Gl8_F64_V256, Gl8_F64_V512, Gl8_F64_All),
        new(QuadratureRule.GaussLegendre, 9, Gl9_F64_S, Gl9_F64_V128, Gl9_F64_V256, Gl9_F64_V512, Gl9_F64_All),
        new(QuadratureRule.GaussLegendre, 20, Gl20_F64_S, Gl20_F64_V128, Gl20_F64_V256, Gl20_F64_V512, Gl20_F64_All),
        new(QuadratureRule.GaussLegendre, 64, Gl64_F64_S, Gl64_F64_V128, Gl64_F64_V256, Gl64_F64_V512, Gl64_F64_All),
        new(QuadratureRule.GaussLegendre, 65, Gl65_F64_S, Gl65_F64_V128, Gl65_F64_V256, Gl65_F64_V512, Gl65_F64_All),
        new(QuadratureRule.GaussLegendre, 100, Gl100_F64_S, Gl100_F64_V128, Gl100_F64_V256, Gl100_F64_V512, Gl100_F64_All),
        new(QuadratureRule.ClenshawCurtis, 2, Cc2_F64_S, Cc2_F64_V128, Cc2_F64_V256, Cc2_F64_V512, Cc2_F64_All),
        new(QuadratureRule.ClenshawCurtis, 9, Cc9_F64_S, Cc9_F64_V128, Cc9_F64_V256, Cc9_F64_V512, Cc9_F64_All),
        new(QuadratureRule.ClenshawCurtis, 33, Cc33_F64_S, Cc33_F64_V128, Cc33_F64_V256, Cc33_F64_V512, Cc33_F64_All),
        new(QuadratureRule.ClenshawCurtis, 129, Cc129_F64_S, Cc129_F64_V128, Cc129_F64_V256, Cc129_F64_V512, Cc129_F64_All),
    };

    public static readonly IReadOnlyList<BatchCase<double>> DoubleBatches = new BatchCase<double>[]
    {
        new(QuadratureRule.GaussLegendre, 1, Gl1_F64_S, Gl1_F64_S_Batch, Gl1_F64_V128_Batch, Gl1_F64_V256_Batch, Gl1_F64_V512_Batch, Gl1_F64_All_Batch),
        new(QuadratureRule.GaussLegendre, 5, Gl5_F64_S, Gl5_F64_S_Batch, Gl5_F64_V128_Batch, Gl5_F64_V256_Batch, Gl5_F64_V512_Batch, Gl5_F64_All_Batch),
        new(QuadratureRule.GaussLegendre, 20, Gl20_F64_S, Gl20_F64_S_Batch, Gl20_F64_V128_Batch, Gl20_F64_V256_Batch, Gl20_F64_V512_Batch, Gl20_F64_All_Batch),
        new(QuadratureRule.GaussLegendre, 100, Gl100_F64_S, Gl100_F64_S_Batch, Gl100_F64_V128_Batch, Gl100_F64_V256_Batch, Gl100_F64_V512_Batch, Gl100_F64_All_Batch),
        new(QuadratureRule.ClenshawCurtis, 9, Cc9_F64_S, Cc9_F64_S_Batch, Cc9_F64_V128_Batch, Cc9_F64_V256_Batch, Cc9_F64_V512_Batch, Cc9_F64_All_Batch),
        new(QuadratureRule.ClenshawCurtis, 129, Cc129_F64_S, Cc129_F64_S_Batch, Cc129_F64_V128_Batch, Cc129_F64_V256_Batch, Cc129_F64_V512_Batch, Cc129_F64_All_Batch),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float RungeF32_All(float x) => RungeF32_S(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<float> RungeF32_All(Vector128<float> x) => Vector128<float>.One / (Vector128<float>.One + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> RungeF32_All(Vector256<float> x) => Vector256<float>.One / (Vector256<float>.One + x * x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<float> RungeF32_All(Vector512<float> x) => Vector512<float>.One / (Vector512<float>.One + x * x);

    public static readonly IReadOnlyList<PathCase<float>> SingleCases = new PathCase<float>[]
    {
        new(QuadratureRule.GaussLegendre, 3, Gl3_F32_S, Gl3_F32_V128, Gl3_F32_V256, Gl3_F32_V512, Gl3_F32_All),
        new(QuadratureRule.GaussLegendre, 16, Gl16_F32_S, Gl16_F32_V128, Gl16_F32_V256, Gl16_F32_V512, Gl16_F32_All),
        new(QuadratureRule.GaussLegendre, 17, Gl17_F32_S, Gl17_F32_V128, Gl17_F32_V256, Gl17_F32_V512, Gl17_F32_All),
        new(QuadratureRule.GaussLegendre, 20, Gl20_F32_S, Gl20_F32_V128, Gl20_F32_V256, Gl20_F32_V512, Gl20_F32_All),
        new(QuadratureRule.GaussLegendre, 70, Gl70_F32_S, Gl70_F32_V128, Gl70_F32_V256, Gl70_F32_V512, Gl70_F32_All),
        new(QuadratureRule.ClenshawCurtis, 5, Cc5_F32_S, Cc5_F32_V128, Cc5_F32_V256, Cc5_F32_V512, Cc5_F32_All),
        new(QuadratureRule.ClenshawCurtis, 33, Cc33_F32_S, Cc33_F32_V128, Cc33_F32_V256, Cc33_F32_V512, Cc33_F32_All),
    };

    public static readonly IReadOnlyList<BatchCase<float>> SingleBatches = new BatchCase<float>[]
    {
        new(QuadratureRule.GaussLegendre, 20, Gl20_F32_S, Gl20_F32_S_Batch, Gl20_F32_V128_Batch, Gl20_F32_V256_Batch, Gl20_F32_V512_Batch, Gl20_F32_All_Batch),
        new(QuadratureRule.GaussLegendre, 70, Gl70_F32_S, Gl70_F32_S_Batch, Gl70_F32_V128_Batch, Gl70_F32_V256_Batch, Gl70_F32_V512_Batch, Gl70_F32_All_Batch),
        new(QuadratureRule.ClenshawCurtis, 33, Cc33_F32_S, Cc33_F32_S_Batch, Cc33_F32_V128_Batch, Cc33_F32_V256_Batch, Cc33_F32_V512_Batch, Cc33_F32_All_Batch),
    };

    [Quadrature(QuadratureRule.GaussLegendre, Points = 1, Integrand = nameof(RungeF64_S))]
    public static partial double Gl1_F64_S(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 1, Integrand = nameof(RungeF64_V128))]
    public static partial double Gl1_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 1, Integrand = nameof(RungeF64_V256))]
    public static partial double Gl1_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 1, Integrand = nameof(RungeF64_V512))]
    public static partial double Gl1_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 1, Integrand = nameof(RungeF64_All))]
    public static partial double Gl1_F64_All(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 2, Integrand = nameof(RungeF64_S))]
    public static partial double Gl2_F64_S(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 2, Integrand = nameof(RungeF64_V128))]
    public static partial double Gl2_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 2, Integrand = nameof(RungeF64_V256))]
    public static partial double Gl2_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 2, Integrand = nameof(RungeF64_V512))]
    public static partial double Gl2_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 2, Integrand = nameof(RungeF64_All))]
    public static partial double Gl2_F64_All(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 3, Integrand = nameof(RungeF64_S))]
    public static partial double Gl3_F64_S(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 3, Integrand = nameof(RungeF64_V128))]
    public static partial double Gl3_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 3, Integrand = nameof(RungeF64_V256))]
    public static partial double Gl3_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 3, Integrand = nameof(RungeF64_V512))]
    public static partial double Gl3_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 3, Integrand = nameof(RungeF64_All))]
    public static partial double Gl3_F64_All(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(RungeF64_S))]
    public static partial double Gl5_F64_S(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(RungeF64_V128))]
    public static partial double Gl5_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(RungeF64_V256))]
    public static partial double Gl5_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(RungeF64_V512))]
    public static partial double Gl5_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(RungeF64_All))]
    public static partial double Gl5_F64_All(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 8, Integrand = nameof(RungeF64_S))]
    public static partial double Gl8_F64_S(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 8, Integrand = nameof(RungeF64_V128))]
    public static partial double Gl8_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 8, Integrand = nameof(RungeF64_V256))]
    public static partial double Gl8_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 8, Integrand = nameof(RungeF64_V512))]
    public static partial double Gl8_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 8, Integrand = nameof(RungeF64_All))]
    public static partial double Gl8_F64_All(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 9, Integrand = nameof(RungeF64_S))]
    public static partial double Gl9_F64_S(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 9, Integrand = nameof(RungeF64_V128))]
    public static partial double Gl9_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 9, Integrand = nameof(RungeF64_V256))]
    public static partial double Gl9_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 9, Integrand = nameof(RungeF64_V512))]
    public static partial double Gl9_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 9, Integrand = nameof(RungeF64_All))]
    public static partial double Gl9_F64_All(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF64_S))]
    public static partial double Gl20_F64_S(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF64_V128))]
    public static partial double Gl20_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF64_V256))]
    public static partial double Gl20_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF64_V512))]
    public static partial double Gl20_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF64_All))]
    public static partial double Gl20_F64_All(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 64, Integrand = nameof(RungeF64_S))]
    public static partial double Gl64_F64_S(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 64, Integrand = nameof(RungeF64_V128))]
    public static partial double Gl64_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 64, Integrand = nameof(RungeF64_V256))]
    public static partial double Gl64_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 64, Integrand = nameof(RungeF64_V512))]
    public static partial double Gl64_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 64, Integrand = nameof(RungeF64_All))]
    public static partial double Gl64_F64_All(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 65, Integrand = nameof(RungeF64_S))]
    public static partial double Gl65_F64_S(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 65, Integrand = nameof(RungeF64_V128))]
    public static partial double Gl65_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 65, Integrand = nameof(RungeF64_V256))]
    public static partial double Gl65_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 65, Integrand = nameof(RungeF64_V512))]
    public static partial double Gl65_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 65, Integrand = nameof(RungeF64_All))]
    public static partial double Gl65_F64_All(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeF64_S))]
    public static partial double Gl100_F64_S(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeF64_V128))]
    public static partial double Gl100_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeF64_V256))]
    public static partial double Gl100_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeF64_V512))]
    public static partial double Gl100_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeF64_All))]
    public static partial double Gl100_F64_All(double a, double b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 1, Integrand = nameof(RungeF64_S))]
    public static partial void Gl1_F64_S_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 1, Integrand = nameof(RungeF64_V128))]
    public static partial void Gl1_F64_V128_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 1, Integrand = nameof(RungeF64_V256))]
    public static partial void Gl1_F64_V256_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 1, Integrand = nameof(RungeF64_V512))]
    public static partial void Gl1_F64_V512_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 1, Integrand = nameof(RungeF64_All))]
    public static partial void Gl1_F64_All_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(RungeF64_S))]
    public static partial void Gl5_F64_S_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(RungeF64_V128))]
    public static partial void Gl5_F64_V128_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(RungeF64_V256))]
    public static partial void Gl5_F64_V256_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(RungeF64_V512))]
    public static partial void Gl5_F64_V512_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(RungeF64_All))]
    public static partial void Gl5_F64_All_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF64_S))]
    public static partial void Gl20_F64_S_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF64_V128))]
    public static partial void Gl20_F64_V128_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF64_V256))]
    public static partial void Gl20_F64_V256_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF64_V512))]
    public static partial void Gl20_F64_V512_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF64_All))]
    public static partial void Gl20_F64_All_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeF64_S))]
    public static partial void Gl100_F64_S_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeF64_V128))]
    public static partial void Gl100_F64_V128_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeF64_V256))]
    public static partial void Gl100_F64_V256_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeF64_V512))]
    public static partial void Gl100_F64_V512_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 100, Integrand = nameof(RungeF64_All))]
    public static partial void Gl100_F64_All_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 2, Integrand = nameof(RungeF64_S))]
    public static partial double Cc2_F64_S(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 2, Integrand = nameof(RungeF64_V128))]
    public static partial double Cc2_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 2, Integrand = nameof(RungeF64_V256))]
    public static partial double Cc2_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 2, Integrand = nameof(RungeF64_V512))]
    public static partial double Cc2_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 2, Integrand = nameof(RungeF64_All))]
    public static partial double Cc2_F64_All(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(RungeF64_S))]
    public static partial double Cc9_F64_S(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(RungeF64_V128))]
    public static partial double Cc9_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(RungeF64_V256))]
    public static partial double Cc9_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(RungeF64_V512))]
    public static partial double Cc9_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(RungeF64_All))]
    public static partial double Cc9_F64_All(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF64_S))]
    public static partial double Cc33_F64_S(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF64_V128))]
    public static partial double Cc33_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF64_V256))]
    public static partial double Cc33_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF64_V512))]
    public static partial double Cc33_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF64_All))]
    public static partial double Cc33_F64_All(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 129, Integrand = nameof(RungeF64_S))]
    public static partial double Cc129_F64_S(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 129, Integrand = nameof(RungeF64_V128))]
    public static partial double Cc129_F64_V128(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 129, Integrand = nameof(RungeF64_V256))]
    public static partial double Cc129_F64_V256(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 129, Integrand = nameof(RungeF64_V512))]
    public static partial double Cc129_F64_V512(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 129, Integrand = nameof(RungeF64_All))]
    public static partial double Cc129_F64_All(double a, double b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(RungeF64_S))]
    public static partial void Cc9_F64_S_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(RungeF64_V128))]
    public static partial void Cc9_F64_V128_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(RungeF64_V256))]
    public static partial void Cc9_F64_V256_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(RungeF64_V512))]
    public static partial void Cc9_F64_V512_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(RungeF64_All))]
    public static partial void Cc9_F64_All_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 129, Integrand = nameof(RungeF64_S))]
    public static partial void Cc129_F64_S_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 129, Integrand = nameof(RungeF64_V128))]
    public static partial void Cc129_F64_V128_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 129, Integrand = nameof(RungeF64_V256))]
    public static partial void Cc129_F64_V256_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 129, Integrand = nameof(RungeF64_V512))]
    public static partial void Cc129_F64_V512_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 129, Integrand = nameof(RungeF64_All))]
    public static partial void Cc129_F64_All_Batch(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 3, Integrand = nameof(RungeF32_S))]
    public static partial float Gl3_F32_S(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 3, Integrand = nameof(RungeF32_V128))]
    public static partial float Gl3_F32_V128(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 3, Integrand = nameof(RungeF32_V256))]
    public static partial float Gl3_F32_V256(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 3, Integrand = nameof(RungeF32_V512))]
    public static partial float Gl3_F32_V512(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 3, Integrand = nameof(RungeF32_All))]
    public static partial float Gl3_F32_All(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 16, Integrand = nameof(RungeF32_S))]
    public static partial float Gl16_F32_S(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 16, Integrand = nameof(RungeF32_V128))]
    public static partial float Gl16_F32_V128(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 16, Integrand = nameof(RungeF32_V256))]
    public static partial float Gl16_F32_V256(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 16, Integrand = nameof(RungeF32_V512))]
    public static partial float Gl16_F32_V512(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 16, Integrand = nameof(RungeF32_All))]
    public static partial float Gl16_F32_All(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 17, Integrand = nameof(RungeF32_S))]
    public static partial float Gl17_F32_S(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 17, Integrand = nameof(RungeF32_V128))]
    public static partial float Gl17_F32_V128(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 17, Integrand = nameof(RungeF32_V256))]
    public static partial float Gl17_F32_V256(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 17, Integrand = nameof(RungeF32_V512))]
    public static partial float Gl17_F32_V512(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 17, Integrand = nameof(RungeF32_All))]
    public static partial float Gl17_F32_All(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF32_S))]
    public static partial float Gl20_F32_S(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF32_V128))]
    public static partial float Gl20_F32_V128(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF32_V256))]
    public static partial float Gl20_F32_V256(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF32_V512))]
    public static partial float Gl20_F32_V512(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF32_All))]
    public static partial float Gl20_F32_All(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(RungeF32_S))]
    public static partial float Gl70_F32_S(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(RungeF32_V128))]
    public static partial float Gl70_F32_V128(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(RungeF32_V256))]
    public static partial float Gl70_F32_V256(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(RungeF32_V512))]
    public static partial float Gl70_F32_V512(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(RungeF32_All))]
    public static partial float Gl70_F32_All(float a, float b);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF32_S))]
    public static partial void Gl20_F32_S_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF32_V128))]
    public static partial void Gl20_F32_V128_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF32_V256))]
    public static partial void Gl20_F32_V256_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF32_V512))]
    public static partial void Gl20_F32_V512_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(RungeF32_All))]
    public static partial void Gl20_F32_All_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(RungeF32_S))]
    public static partial void Gl70_F32_S_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(RungeF32_V128))]
    public static partial void Gl70_F32_V128_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(RungeF32_V256))]
    public static partial void Gl70_F32_V256_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(RungeF32_V512))]
    public static partial void Gl70_F32_V512_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(RungeF32_All))]
    public static partial void Gl70_F32_All_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 5, Integrand = nameof(RungeF32_S))]
    public static partial float Cc5_F32_S(float a, float b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 5, Integrand = nameof(RungeF32_V128))]
    public static partial float Cc5_F32_V128(float a, float b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 5, Integrand = nameof(RungeF32_V256))]
    public static partial float Cc5_F32_V256(float a, float b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 5, Integrand = nameof(RungeF32_V512))]
    public static partial float Cc5_F32_V512(float a, float b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 5, Integrand = nameof(RungeF32_All))]
    public static partial float Cc5_F32_All(float a, float b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF32_S))]
    public static partial float Cc33_F32_S(float a, float b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF32_V128))]
    public static partial float Cc33_F32_V128(float a, float b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF32_V256))]
    public static partial float Cc33_F32_V256(float a, float b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF32_V512))]
    public static partial float Cc33_F32_V512(float a, float b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF32_All))]
    public static partial float Cc33_F32_All(float a, float b);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF32_S))]
    public static partial void Cc33_F32_S_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF32_V128))]
    public static partial void Cc33_F32_V128_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF32_V256))]
    public static partial void Cc33_F32_V256_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF32_V512))]
    public static partial void Cc33_F32_V512_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);

    [Quadrature(QuadratureRule.ClenshawCurtis, Points = 33, Integrand = nameof(RungeF32_All))]
    public static partial void Cc33_F32_All_Batch(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);
}
