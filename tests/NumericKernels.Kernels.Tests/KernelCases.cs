using System;
using System.Collections.Generic;
using System.Runtime.Intrinsics;

namespace NumericKernels.Kernels.Tests;

internal delegate void SpanKernel<T>(ReadOnlySpan<T> x, Span<T> y);

/// <summary>One kernel under test: every shape, its reference function and the bound its contract states.</summary>
internal sealed record KernelCase<T>(
    string Name,
    Func<T, T> Scalar,
    Func<Vector128<T>, Vector128<T>> V128,
    Func<Vector256<T>, Vector256<T>> V256,
    Func<Vector512<T>, Vector512<T>> V512,
    SpanKernel<T> Span,
    Func<double, double> Reference,
    double BoundUlp,
    double DomainMin = double.NegativeInfinity,
    double DomainMax = double.PositiveInfinity)
{
    public override string ToString() => Name;
}

internal static class KernelCases
{
    public static readonly IReadOnlyDictionary<string, KernelCase<float>> Single = new Dictionary<string, KernelCase<float>>
    {
        ["exp"] = new("exp", F32.Exp, F32.Exp, F32.Exp, F32.Exp, F32.Exp, Reference.Exp, 1),
        ["exp.carried"] = new("exp.carried", F32.ExpCarried, F32.ExpCarried, F32.ExpCarried, F32.ExpCarried, F32.ExpCarried, Reference.Exp, 1),
        ["exp.carried.bounded"] = new("exp.carried.bounded", F32.ExpCarriedBounded, F32.ExpCarriedBounded, F32.ExpCarriedBounded, F32.ExpCarriedBounded, F32.ExpCarriedBounded, Reference.Exp, 1, -87, 0),
        ["exp.u4"] = new("exp.u4", F32.ExpU4, F32.ExpU4, F32.ExpU4, F32.ExpU4, F32.ExpU4, Reference.Exp, 4),
        ["exp.unit"] = new("exp.unit", F32.ExpUnit, F32.ExpUnit, F32.ExpUnit, F32.ExpUnit, F32.ExpUnit, Reference.Exp, 1, -1, 1),
        ["exp.unit.direct"] = new("exp.unit.direct", F32.ExpUnitDirect, F32.ExpUnitDirect, F32.ExpUnitDirect, F32.ExpUnitDirect, F32.ExpUnitDirect, Reference.Exp, 2.5, -1, 1),
        ["exp.softmax"] = new("exp.softmax", F32.ExpSoftmax, F32.ExpSoftmax, F32.ExpSoftmax, F32.ExpSoftmax, F32.ExpSoftmax, Reference.Exp, 1, -87, 0),
        ["exp2"] = new("exp2", F32.Exp2, F32.Exp2, F32.Exp2, F32.Exp2, F32.Exp2, Reference.Exp2, 1),
        ["exp2.unit.evolved"] = new("exp2.unit.evolved", F32.Exp2Unit, F32.Exp2Unit, F32.Exp2Unit, F32.Exp2Unit, F32.Exp2Unit, Reference.Exp2, 1, 0, 1),
        ["log"] = new("log", F32.Log, F32.Log, F32.Log, F32.Log, F32.Log, Reference.Log, 1),
        ["log.u4"] = new("log.u4", F32.LogU4, F32.LogU4, F32.LogU4, F32.LogU4, F32.LogU4, Reference.Log, 4),
        ["log2"] = new("log2", F32.Log2, F32.Log2, F32.Log2, F32.Log2, F32.Log2, Reference.Log2, 1),
        ["erf"] = new("erf", F32.Erf, F32.Erf, F32.Erf, F32.Erf, F32.Erf, Reference.Erf, 1),
        ["sin"] = new("sin", F32.Sin, F32.Sin, F32.Sin, F32.Sin, F32.Sin, Reference.Sin, 1),
        ["cos"] = new("cos", F32.Cos, F32.Cos, F32.Cos, F32.Cos, F32.Cos, Reference.Cos, 1),
        ["sin.bounded"] = new("sin.bounded", F32.SinBounded, F32.SinBounded, F32.SinBounded, F32.SinBounded, F32.SinBounded, Reference.Sin, 1, -262144, 262144),
        ["cos.bounded"] = new("cos.bounded", F32.CosBounded, F32.CosBounded, F32.CosBounded, F32.CosBounded, F32.CosBounded, Reference.Cos, 1, -262144, 262144),
        ["sin.u4"] = new("sin.u4", F32.SinU4, F32.SinU4, F32.SinU4, F32.SinU4, F32.SinU4, Reference.Sin, 4),
        ["cos.u4"] = new("cos.u4", F32.CosU4, F32.CosU4, F32.CosU4, F32.CosU4, F32.CosU4, Reference.Cos, 4),
        ["sigmoid"] = new("sigmoid", F32.Sigmoid, F32.Sigmoid, F32.Sigmoid, F32.Sigmoid, F32.Sigmoid, Reference.Sigmoid, 1),
        ["sigmoid.u4"] = new("sigmoid.u4", F32.SigmoidU4, F32.SigmoidU4, F32.SigmoidU4, F32.SigmoidU4, F32.SigmoidU4, Reference.Sigmoid, 4),
        ["tanh"] = new("tanh", F32.Tanh, F32.Tanh, F32.Tanh, F32.Tanh, F32.Tanh, Reference.Tanh, 1),
        ["tanh.u4"] = new("tanh.u4", F32.TanhU4, F32.TanhU4, F32.TanhU4, F32.TanhU4, F32.TanhU4, Reference.Tanh, 4),
        ["exp10"] = new("exp10", F32.Exp10, F32.Exp10, F32.Exp10, F32.Exp10, F32.Exp10, Reference.Exp10, 1),
        ["exp10.u4"] = new("exp10.u4", F32.Exp10U4, F32.Exp10U4, F32.Exp10U4, F32.Exp10U4, F32.Exp10U4, Reference.Exp10, 4),
        ["expm1"] = new("expm1", F32.ExpM1, F32.ExpM1, F32.ExpM1, F32.ExpM1, F32.ExpM1, Reference.ExpM1, 1),
        ["expm1.u4"] = new("expm1.u4", F32.ExpM1U4, F32.ExpM1U4, F32.ExpM1U4, F32.ExpM1U4, F32.ExpM1U4, Reference.ExpM1, 4),
        ["log10"] = new("log10", F32.Log10, F32.Log10, F32.Log10, F32.Log10, F32.Log10, Reference.Log10, 1),
        ["log10.u4"] = new("log10.u4", F32.Log10U4, F32.Log10U4, F32.Log10U4, F32.Log10U4, F32.Log10U4, Reference.Log10, 4),
        ["log1p"] = new("log1p", F32.Log1P, F32.Log1P, F32.Log1P, F32.Log1P, F32.Log1P, Reference.Log1P, 1),
        ["log1p.u4"] = new("log1p.u4", F32.Log1PU4, F32.Log1PU4, F32.Log1PU4, F32.Log1PU4, F32.Log1PU4, Reference.Log1P, 4),
    };

    /// <summary>The float64 kernels; their accuracy is measured against MPFR (<see cref="MpfrDouble"/>, by the case's name), not libm.</summary>
    public static readonly IReadOnlyDictionary<string, KernelCase<double>> Double = new Dictionary<string, KernelCase<double>>
    {
        ["exp"] = new("exp", F64.Exp, F64.Exp, F64.Exp, F64.Exp, F64.Exp, Reference.Exp, 1),
        ["exp2"] = new("exp2", F64.Exp2, F64.Exp2, F64.Exp2, F64.Exp2, F64.Exp2, Reference.Exp2, 1),
        ["log"] = new("log", F64.Log, F64.Log, F64.Log, F64.Log, F64.Log, Reference.Log, 1),
        ["log2"] = new("log2", F64.Log2, F64.Log2, F64.Log2, F64.Log2, F64.Log2, Reference.Log2, 1),
        ["exp10"] = new("exp10", F64.Exp10, F64.Exp10, F64.Exp10, F64.Exp10, F64.Exp10, Reference.Exp10, 1),
        ["expm1"] = new("expm1", F64.ExpM1, F64.ExpM1, F64.ExpM1, F64.ExpM1, F64.ExpM1, Reference.ExpM1, 1),
        ["log10"] = new("log10", F64.Log10, F64.Log10, F64.Log10, F64.Log10, F64.Log10, Reference.Log10, 1),
        ["log1p"] = new("log1p", F64.Log1P, F64.Log1P, F64.Log1P, F64.Log1P, F64.Log1P, Reference.Log1P, 1),
        ["sigmoid"] = new("sigmoid", F64.Sigmoid, F64.Sigmoid, F64.Sigmoid, F64.Sigmoid, F64.Sigmoid, Reference.Sigmoid, 1),
        ["tanh"] = new("tanh", F64.Tanh, F64.Tanh, F64.Tanh, F64.Tanh, F64.Tanh, Reference.Tanh, 1),
    };

    public static IEnumerable<object[]> SingleNames()
    {
        foreach (string name in Single.Keys) yield return new object[] { name };
    }

    public static IEnumerable<object[]> DoubleNames()
    {
        foreach (string name in Double.Keys) yield return new object[] { name };
    }
}

/// <summary>Double-precision references (glibc libm, within about half a double ULP).</summary>
internal static class Reference
{
    public static double Exp(double x) => Math.Exp(x);

    public static double Log(double x) => Math.Log(x);

    public static double Log2(double x) => Math.Log2(x);

    /// <summary>2^x; Math.Pow is exact for integer x and within libm accuracy elsewhere.</summary>
    public static double Exp2(double x) => Math.Pow(2, x);

    /// <summary>glibc's double erf (within 1 double ULP, that is 2^-29 float ULP); .NET has no Math.Erf.</summary>
    public static double Erf(double x) => LibmErf(x);

    [System.Runtime.InteropServices.DllImport("libm.so.6", EntryPoint = "erf")]
    private static extern double LibmErf(double x);
    /// <summary>glibc's sin and cos reduce any double argument exactly and stay within one double ULP.</summary>
    public static double Sin(double x) => Math.Sin(x);

    public static double Cos(double x) => Math.Cos(x);

    public static double Tanh(double x) => Math.Tanh(x);

    public static double Log10(double x) => Math.Log10(x);

    /// <summary>glibc's exp10, expm1 and log1p (within about a double ULP); .NET has none of them.</summary>
    public static double Exp10(double x) => LibmExp10(x);

    public static double ExpM1(double x) => LibmExpM1(x);

    public static double Log1P(double x) => LibmLog1P(x);

    [System.Runtime.InteropServices.DllImport("libm.so.6", EntryPoint = "exp10")]
    private static extern double LibmExp10(double x);

    [System.Runtime.InteropServices.DllImport("libm.so.6", EntryPoint = "expm1")]
    private static extern double LibmExpM1(double x);

    [System.Runtime.InteropServices.DllImport("libm.so.6", EntryPoint = "log1p")]
    private static extern double LibmLog1P(double x);

    /// <summary>1/(1 + e^-x) in double: a few double ULPs, far below a float ULP (e^-x overflowing gives +0, as it should).</summary>
    public static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
