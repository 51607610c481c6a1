using System;
using System.Runtime.Intrinsics;

// Each class requests one contract through all five shapes; PathCheck asserts the five agree bit for bit.
namespace NumericKernels.Samples.PathCheck.Kernels
{
    internal static partial class ExpFloat32Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("exp.f32.ulp1", "Exp float32 MaxUlp=1", typeof(ExpFloat32Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    /// <summary>The carried-error exp, pinned: no longer the cheapest 1-ULP choice, still shipped.</summary>
    internal static partial class ExpFloat32Carried
    {
        private const string Entry = "exp.f32.u1";

        [Approximate(MathFunction.Exp, Variant = Entry)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Exp, Variant = Entry)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Exp, Variant = Entry)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Exp, Variant = Entry)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Exp, Variant = Entry)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("exp.f32.carried", "Exp float32 Variant=exp.f32.u1", typeof(ExpFloat32Carried).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class ExpFloat32Ulp4
    {
        private const double Bound = 4;

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("exp.f32.ulp4", "Exp float32 MaxUlp=4", typeof(ExpFloat32Ulp4).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    internal static partial class ExpFloat32UnitInterval
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Exp, MaxUlp = Bound, DomainMin = -1, DomainMax = 1)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound, DomainMin = -1, DomainMax = 1)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound, DomainMin = -1, DomainMax = 1)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound, DomainMin = -1, DomainMax = 1)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound, DomainMin = -1, DomainMax = 1)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("exp.f32.ulp1.[-1,1]", "Exp float32 MaxUlp=1 on [-1, 1]", typeof(ExpFloat32UnitInterval).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span)
            {
                DomainMin = -1,
                DomainMax = 1,
            };
    }

    internal static partial class ExpFloat32UnitIntervalUlp4
    {
        private const double Bound = 4;

        [Approximate(MathFunction.Exp, MaxUlp = Bound, DomainMin = -1, DomainMax = 1)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound, DomainMin = -1, DomainMax = 1)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound, DomainMin = -1, DomainMax = 1)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound, DomainMin = -1, DomainMax = 1)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Exp, MaxUlp = Bound, DomainMin = -1, DomainMax = 1)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("exp.f32.ulp4.[-1,1]", "Exp float32 MaxUlp=4 on [-1, 1]", typeof(ExpFloat32UnitIntervalUlp4).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span)
            {
                DomainMin = -1,
                DomainMax = 1,
            };
    }
}
