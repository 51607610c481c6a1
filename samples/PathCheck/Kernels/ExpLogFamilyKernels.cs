using System;
using System.Runtime.Intrinsics;

// exp10, expm1, log10 and log1p at both float tiers, each through all five shapes.
namespace NumericKernels.Samples.PathCheck.Kernels
{
    internal static partial class Exp10Float32Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("exp10.f32.ulp1", "Exp10 float32 MaxUlp=1", typeof(Exp10Float32Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class Exp10Float32Ulp4
    {
        private const double Bound = 4;

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Exp10, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("exp10.f32.ulp4", "Exp10 float32 MaxUlp=4", typeof(Exp10Float32Ulp4).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class ExpM1Float32Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("expm1.f32.ulp1", "ExpM1 float32 MaxUlp=1", typeof(ExpM1Float32Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class ExpM1Float32Ulp4
    {
        private const double Bound = 4;

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.ExpM1, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("expm1.f32.ulp4", "ExpM1 float32 MaxUlp=4", typeof(ExpM1Float32Ulp4).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class Log10Float32Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("log10.f32.ulp1", "Log10 float32 MaxUlp=1", typeof(Log10Float32Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class Log10Float32Ulp4
    {
        private const double Bound = 4;

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Log10, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("log10.f32.ulp4", "Log10 float32 MaxUlp=4", typeof(Log10Float32Ulp4).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class Log1PFloat32Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("log1p.f32.ulp1", "Log1P float32 MaxUlp=1", typeof(Log1PFloat32Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class Log1PFloat32Ulp4
    {
        private const double Bound = 4;

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Log1P, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("log1p.f32.ulp4", "Log1P float32 MaxUlp=4", typeof(Log1PFloat32Ulp4).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }
}
