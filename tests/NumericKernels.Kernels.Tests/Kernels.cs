using System;
using System.Runtime.Intrinsics;

namespace NumericKernels.Kernels.Tests;

/// <summary>Every shape of every float32 kernel under test, declared as a user would.</summary>
internal static partial class F32
{
    [Approximate(MathFunction.Exp)] public static partial float Exp(float x);
    [Approximate(MathFunction.Exp)] public static partial Vector128<float> Exp(Vector128<float> x);
    [Approximate(MathFunction.Exp)] public static partial Vector256<float> Exp(Vector256<float> x);
    [Approximate(MathFunction.Exp)] public static partial Vector512<float> Exp(Vector512<float> x);
    [Approximate(MathFunction.Exp)] public static partial void Exp(ReadOnlySpan<float> x, Span<float> y);

    // The carried-error exp and its bounded twin are no longer anyone's cheapest choice; pinned so they stay tested.
    [Approximate(MathFunction.Exp, Variant = "exp.f32.u1")] public static partial float ExpCarried(float x);
    [Approximate(MathFunction.Exp, Variant = "exp.f32.u1")] public static partial Vector128<float> ExpCarried(Vector128<float> x);
    [Approximate(MathFunction.Exp, Variant = "exp.f32.u1")] public static partial Vector256<float> ExpCarried(Vector256<float> x);
    [Approximate(MathFunction.Exp, Variant = "exp.f32.u1")] public static partial Vector512<float> ExpCarried(Vector512<float> x);
    [Approximate(MathFunction.Exp, Variant = "exp.f32.u1")] public static partial void ExpCarried(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Exp, DomainMin = -87, DomainMax = 0, Variant = "exp.f32.u1.bounded")] public static partial float ExpCarriedBounded(float x);
    [Approximate(MathFunction.Exp, DomainMin = -87, DomainMax = 0, Variant = "exp.f32.u1.bounded")] public static partial Vector128<float> ExpCarriedBounded(Vector128<float> x);
    [Approximate(MathFunction.Exp, DomainMin = -87, DomainMax = 0, Variant = "exp.f32.u1.bounded")] public static partial Vector256<float> ExpCarriedBounded(Vector256<float> x);
    [Approximate(MathFunction.Exp, DomainMin = -87, DomainMax = 0, Variant = "exp.f32.u1.bounded")] public static partial Vector512<float> ExpCarriedBounded(Vector512<float> x);
    [Approximate(MathFunction.Exp, DomainMin = -87, DomainMax = 0, Variant = "exp.f32.u1.bounded")] public static partial void ExpCarriedBounded(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Exp, MaxUlp = 4)] public static partial float ExpU4(float x);
    [Approximate(MathFunction.Exp, MaxUlp = 4)] public static partial Vector128<float> ExpU4(Vector128<float> x);
    [Approximate(MathFunction.Exp, MaxUlp = 4)] public static partial Vector256<float> ExpU4(Vector256<float> x);
    [Approximate(MathFunction.Exp, MaxUlp = 4)] public static partial Vector512<float> ExpU4(Vector512<float> x);
    [Approximate(MathFunction.Exp, MaxUlp = 4)] public static partial void ExpU4(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Exp, DomainMin = -1, DomainMax = 1)] public static partial float ExpUnit(float x);
    [Approximate(MathFunction.Exp, DomainMin = -1, DomainMax = 1)] public static partial Vector128<float> ExpUnit(Vector128<float> x);
    [Approximate(MathFunction.Exp, DomainMin = -1, DomainMax = 1)] public static partial Vector256<float> ExpUnit(Vector256<float> x);
    [Approximate(MathFunction.Exp, DomainMin = -1, DomainMax = 1)] public static partial Vector512<float> ExpUnit(Vector512<float> x);
    [Approximate(MathFunction.Exp, DomainMin = -1, DomainMax = 1)] public static partial void ExpUnit(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Exp, MaxUlp = 2.5, DomainMin = -1, DomainMax = 1)] public static partial float ExpUnitDirect(float x);
    [Approximate(MathFunction.Exp, MaxUlp = 2.5, DomainMin = -1, DomainMax = 1)] public static partial Vector128<float> ExpUnitDirect(Vector128<float> x);
    [Approximate(MathFunction.Exp, MaxUlp = 2.5, DomainMin = -1, DomainMax = 1)] public static partial Vector256<float> ExpUnitDirect(Vector256<float> x);
    [Approximate(MathFunction.Exp, MaxUlp = 2.5, DomainMin = -1, DomainMax = 1)] public static partial Vector512<float> ExpUnitDirect(Vector512<float> x);
    [Approximate(MathFunction.Exp, MaxUlp = 2.5, DomainMin = -1, DomainMax = 1)] public static partial void ExpUnitDirect(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Exp, DomainMin = -87, DomainMax = 0)] public static partial float ExpSoftmax(float x);
    [Approximate(MathFunction.Exp, DomainMin = -87, DomainMax = 0)] public static partial Vector128<float> ExpSoftmax(Vector128<float> x);
    [Approximate(MathFunction.Exp, DomainMin = -87, DomainMax = 0)] public static partial Vector256<float> ExpSoftmax(Vector256<float> x);
    [Approximate(MathFunction.Exp, DomainMin = -87, DomainMax = 0)] public static partial Vector512<float> ExpSoftmax(Vector512<float> x);
    [Approximate(MathFunction.Exp, DomainMin = -87, DomainMax = 0)] public static partial void ExpSoftmax(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Exp2)] public static partial float Exp2(float x);
    [Approximate(MathFunction.Exp2)] public static partial Vector128<float> Exp2(Vector128<float> x);
    [Approximate(MathFunction.Exp2)] public static partial Vector256<float> Exp2(Vector256<float> x);
    [Approximate(MathFunction.Exp2)] public static partial Vector512<float> Exp2(Vector512<float> x);
    [Approximate(MathFunction.Exp2)] public static partial void Exp2(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Exp2, DomainMin = 0, DomainMax = 1, SpecialValues = SpecialValues.FiniteOnly)] public static partial float Exp2Unit(float x);
    [Approximate(MathFunction.Exp2, DomainMin = 0, DomainMax = 1, SpecialValues = SpecialValues.FiniteOnly)] public static partial Vector128<float> Exp2Unit(Vector128<float> x);
    [Approximate(MathFunction.Exp2, DomainMin = 0, DomainMax = 1, SpecialValues = SpecialValues.FiniteOnly)] public static partial Vector256<float> Exp2Unit(Vector256<float> x);
    [Approximate(MathFunction.Exp2, DomainMin = 0, DomainMax = 1, SpecialValues = SpecialValues.FiniteOnly)] public static partial Vector512<float> Exp2Unit(Vector512<float> x);
    [Approximate(MathFunction.Exp2, DomainMin = 0, DomainMax = 1, SpecialValues = SpecialValues.FiniteOnly)] public static partial void Exp2Unit(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Log)] public static partial float Log(float x);
    [Approximate(MathFunction.Log)] public static partial Vector128<float> Log(Vector128<float> x);
    [Approximate(MathFunction.Log)] public static partial Vector256<float> Log(Vector256<float> x);
    [Approximate(MathFunction.Log)] public static partial Vector512<float> Log(Vector512<float> x);
    [Approximate(MathFunction.Log)] public static partial void Log(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Log, MaxUlp = 4)] public static partial float LogU4(float x);
    [Approximate(MathFunction.Log, MaxUlp = 4)] public static partial Vector128<float> LogU4(Vector128<float> x);
    [Approximate(MathFunction.Log, MaxUlp = 4)] public static partial Vector256<float> LogU4(Vector256<float> x);
    [Approximate(MathFunction.Log, MaxUlp = 4)] public static partial Vector512<float> LogU4(Vector512<float> x);
    [Approximate(MathFunction.Log, MaxUlp = 4)] public static partial void LogU4(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Log2)] public static partial float Log2(float x);
    [Approximate(MathFunction.Log2)] public static partial Vector128<float> Log2(Vector128<float> x);
    [Approximate(MathFunction.Log2)] public static partial Vector256<float> Log2(Vector256<float> x);
    [Approximate(MathFunction.Log2)] public static partial Vector512<float> Log2(Vector512<float> x);
    [Approximate(MathFunction.Log2)] public static partial void Log2(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Exp)] public static partial void ExpToHalf(ReadOnlySpan<float> x, Span<Half> y);
    [Approximate(MathFunction.Log)] public static partial void LogToBFloat16(ReadOnlySpan<float> x, Span<BFloat16> y);

    [Approximate(MathFunction.Erf)] public static partial float Erf(float x);
    [Approximate(MathFunction.Erf)] public static partial Vector128<float> Erf(Vector128<float> x);
    [Approximate(MathFunction.Erf)] public static partial Vector256<float> Erf(Vector256<float> x);
    [Approximate(MathFunction.Erf)] public static partial Vector512<float> Erf(Vector512<float> x);
    [Approximate(MathFunction.Erf)] public static partial void Erf(ReadOnlySpan<float> x, Span<float> y);
}

/// <summary>The float64 kernels, every shape.</summary>
internal static partial class F64
{
    [Approximate(MathFunction.Exp)] public static partial double Exp(double x);
    [Approximate(MathFunction.Exp)] public static partial Vector128<double> Exp(Vector128<double> x);
    [Approximate(MathFunction.Exp)] public static partial Vector256<double> Exp(Vector256<double> x);
    [Approximate(MathFunction.Exp)] public static partial Vector512<double> Exp(Vector512<double> x);
    [Approximate(MathFunction.Exp)] public static partial void Exp(ReadOnlySpan<double> x, Span<double> y);

    [Approximate(MathFunction.Exp2)] public static partial double Exp2(double x);
    [Approximate(MathFunction.Exp2)] public static partial Vector128<double> Exp2(Vector128<double> x);
    [Approximate(MathFunction.Exp2)] public static partial Vector256<double> Exp2(Vector256<double> x);
    [Approximate(MathFunction.Exp2)] public static partial Vector512<double> Exp2(Vector512<double> x);
    [Approximate(MathFunction.Exp2)] public static partial void Exp2(ReadOnlySpan<double> x, Span<double> y);

    [Approximate(MathFunction.Log)] public static partial double Log(double x);
    [Approximate(MathFunction.Log)] public static partial Vector128<double> Log(Vector128<double> x);
    [Approximate(MathFunction.Log)] public static partial Vector256<double> Log(Vector256<double> x);
    [Approximate(MathFunction.Log)] public static partial Vector512<double> Log(Vector512<double> x);
    [Approximate(MathFunction.Log)] public static partial void Log(ReadOnlySpan<double> x, Span<double> y);

    [Approximate(MathFunction.Log2)] public static partial double Log2(double x);
    [Approximate(MathFunction.Log2)] public static partial Vector128<double> Log2(Vector128<double> x);
    [Approximate(MathFunction.Log2)] public static partial Vector256<double> Log2(Vector256<double> x);
    [Approximate(MathFunction.Log2)] public static partial Vector512<double> Log2(Vector512<double> x);
    [Approximate(MathFunction.Log2)] public static partial void Log2(ReadOnlySpan<double> x, Span<double> y);
}
