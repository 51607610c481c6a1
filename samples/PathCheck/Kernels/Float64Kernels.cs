#if FLOAT64_KERNELS
using System;
using System.Runtime.Intrinsics;

// The float64 requests, compiled when the float64 catalog entries are verified (see PathCheck.csproj, Float64Kernels).
namespace NumericKernels.Samples.PathCheck.Kernels
{
    internal static partial class ExpFloat64Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial double Scalar(double x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial Vector128<double> V128(Vector128<double> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial Vector256<double> V256(Vector256<double> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial Vector512<double> V512(Vector512<double> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<double> x, Span<double> y);

        public static KernelPaths<double> Paths { get; } =
            new("exp.f64.ulp1", "Exp float64 MaxUlp=1", typeof(ExpFloat64Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class Exp2Float64Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Exp2, MaxUlp = Bound)]
        public static partial double Scalar(double x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound)]
        public static partial Vector128<double> V128(Vector128<double> x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound)]
        public static partial Vector256<double> V256(Vector256<double> x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound)]
        public static partial Vector512<double> V512(Vector512<double> x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<double> x, Span<double> y);

        public static KernelPaths<double> Paths { get; } =
            new("exp2.f64.ulp1", "Exp2 float64 MaxUlp=1", typeof(Exp2Float64Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class LogFloat64Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Log, MaxUlp = Bound)]
        public static partial double Scalar(double x);

        [Approximate(MathFunction.Log, MaxUlp = Bound)]
        public static partial Vector128<double> V128(Vector128<double> x);

        [Approximate(MathFunction.Log, MaxUlp = Bound)]
        public static partial Vector256<double> V256(Vector256<double> x);

        [Approximate(MathFunction.Log, MaxUlp = Bound)]
        public static partial Vector512<double> V512(Vector512<double> x);

        [Approximate(MathFunction.Log, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<double> x, Span<double> y);

        public static KernelPaths<double> Paths { get; } =
            new("log.f64.ulp1", "Log float64 MaxUlp=1", typeof(LogFloat64Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class Log2Float64Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Log2, MaxUlp = Bound)]
        public static partial double Scalar(double x);

        [Approximate(MathFunction.Log2, MaxUlp = Bound)]
        public static partial Vector128<double> V128(Vector128<double> x);

        [Approximate(MathFunction.Log2, MaxUlp = Bound)]
        public static partial Vector256<double> V256(Vector256<double> x);

        [Approximate(MathFunction.Log2, MaxUlp = Bound)]
        public static partial Vector512<double> V512(Vector512<double> x);

        [Approximate(MathFunction.Log2, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<double> x, Span<double> y);

        public static KernelPaths<double> Paths { get; } =
            new("log2.f64.ulp1", "Log2 float64 MaxUlp=1", typeof(Log2Float64Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class Exp10Float64Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial double Scalar(double x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial Vector128<double> V128(Vector128<double> x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial Vector256<double> V256(Vector256<double> x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial Vector512<double> V512(Vector512<double> x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<double> x, Span<double> y);

        public static KernelPaths<double> Paths { get; } =
            new("exp10.f64.ulp1", "Exp10 float64 MaxUlp=1", typeof(Exp10Float64Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class ExpM1Float64Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial double Scalar(double x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial Vector128<double> V128(Vector128<double> x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial Vector256<double> V256(Vector256<double> x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial Vector512<double> V512(Vector512<double> x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<double> x, Span<double> y);

        public static KernelPaths<double> Paths { get; } =
            new("expm1.f64.ulp1", "ExpM1 float64 MaxUlp=1", typeof(ExpM1Float64Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class Log10Float64Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial double Scalar(double x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial Vector128<double> V128(Vector128<double> x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial Vector256<double> V256(Vector256<double> x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial Vector512<double> V512(Vector512<double> x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<double> x, Span<double> y);

        public static KernelPaths<double> Paths { get; } =
            new("log10.f64.ulp1", "Log10 float64 MaxUlp=1", typeof(Log10Float64Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class Log1PFloat64Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial double Scalar(double x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial Vector128<double> V128(Vector128<double> x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial Vector256<double> V256(Vector256<double> x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial Vector512<double> V512(Vector512<double> x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<double> x, Span<double> y);

        public static KernelPaths<double> Paths { get; } =
            new("log1p.f64.ulp1", "Log1P float64 MaxUlp=1", typeof(Log1PFloat64Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class SigmoidFloat64Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Sigmoid, MaxUlp = Bound)]
        public static partial double Scalar(double x);

        [Approximate(MathFunction.Sigmoid, MaxUlp = Bound)]
        public static partial Vector128<double> V128(Vector128<double> x);

        [Approximate(MathFunction.Sigmoid, MaxUlp = Bound)]
        public static partial Vector256<double> V256(Vector256<double> x);

        [Approximate(MathFunction.Sigmoid, MaxUlp = Bound)]
        public static partial Vector512<double> V512(Vector512<double> x);

        [Approximate(MathFunction.Sigmoid, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<double> x, Span<double> y);

        public static KernelPaths<double> Paths { get; } =
            new("sigmoid.f64.ulp1", "Sigmoid float64 MaxUlp=1", typeof(SigmoidFloat64Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class TanhFloat64Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial double Scalar(double x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial Vector128<double> V128(Vector128<double> x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial Vector256<double> V256(Vector256<double> x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial Vector512<double> V512(Vector512<double> x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<double> x, Span<double> y);

        public static KernelPaths<double> Paths { get; } =
            new("tanh.f64.ulp1", "Tanh float64 MaxUlp=1", typeof(TanhFloat64Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }
}
#endif
