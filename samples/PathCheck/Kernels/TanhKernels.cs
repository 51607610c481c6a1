using System;
using System.Runtime.Intrinsics;

// Each class requests one contract through all five shapes; PathCheck asserts the five agree bit for bit.
namespace NumericKernels.Samples.PathCheck.Kernels
{
    internal static partial class TanhFloat32Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("tanh.f32.ulp1", "Tanh float32 MaxUlp=1", typeof(TanhFloat32Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class TanhFloat32Ulp4
    {
        private const double Bound = 4;

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Tanh, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("tanh.f32.ulp4", "Tanh float32 MaxUlp=4", typeof(TanhFloat32Ulp4).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }
}
