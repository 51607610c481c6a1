using System;
using System.Runtime.Intrinsics;

// sin and cos over every float (fast path plus the Payne-Hanek special path) at 1 and 4 ULP, and within |x| <= 2^18
// (no special path).
namespace NumericKernels.Samples.PathCheck.Kernels
{
    internal static partial class SinFloat32Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Sin, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("sin.f32.ulp1", "Sin float32 MaxUlp=1", typeof(SinFloat32Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class CosFloat32Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Cos, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("cos.f32.ulp1", "Cos float32 MaxUlp=1", typeof(CosFloat32Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class SinFloat32Bounded
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Sin, MaxUlp = Bound, DomainMin = -262144, DomainMax = 262144)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound, DomainMin = -262144, DomainMax = 262144)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound, DomainMin = -262144, DomainMax = 262144)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound, DomainMin = -262144, DomainMax = 262144)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound, DomainMin = -262144, DomainMax = 262144)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("sin.f32.bounded", "Sin float32 MaxUlp=1 on [-2^18, 2^18]", typeof(SinFloat32Bounded).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span)
            {
                DomainMin = -262144,
                DomainMax = 262144,
            };
    }

    internal static partial class CosFloat32Bounded
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Cos, MaxUlp = Bound, DomainMin = -262144, DomainMax = 262144)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound, DomainMin = -262144, DomainMax = 262144)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound, DomainMin = -262144, DomainMax = 262144)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound, DomainMin = -262144, DomainMax = 262144)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound, DomainMin = -262144, DomainMax = 262144)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("cos.f32.bounded", "Cos float32 MaxUlp=1 on [-2^18, 2^18]", typeof(CosFloat32Bounded).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span)
            {
                DomainMin = -262144,
                DomainMax = 262144,
            };
    }

    internal static partial class SinFloat32Ulp4
    {
        private const double Bound = 4;

        [Approximate(MathFunction.Sin, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Sin, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("sin.f32.ulp4", "Sin float32 MaxUlp=4", typeof(SinFloat32Ulp4).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class CosFloat32Ulp4
    {
        private const double Bound = 4;

        [Approximate(MathFunction.Cos, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Cos, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("cos.f32.ulp4", "Cos float32 MaxUlp=4", typeof(CosFloat32Ulp4).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }
}
