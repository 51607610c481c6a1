using System;
using System.Runtime.Intrinsics;

// Each class requests one contract through all five shapes; PathCheck asserts the five agree bit for bit.
namespace NumericKernels.Samples.PathCheck.Kernels
{
    internal static partial class Exp2Float32Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Exp2, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("exp2.f32.ulp1", "Exp2 float32 MaxUlp=1", typeof(Exp2Float32Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }

    /// <summary>exp2 on [0, 1] for finite inputs: the straight-line program nk-search evolve found (exp2.f32.evolved.0-1.u1).</summary>
    internal static partial class Exp2Float32UnitEvolved
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Exp2, MaxUlp = Bound, DomainMin = 0, DomainMax = 1, SpecialValues = SpecialValues.FiniteOnly)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound, DomainMin = 0, DomainMax = 1, SpecialValues = SpecialValues.FiniteOnly)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound, DomainMin = 0, DomainMax = 1, SpecialValues = SpecialValues.FiniteOnly)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound, DomainMin = 0, DomainMax = 1, SpecialValues = SpecialValues.FiniteOnly)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Exp2, MaxUlp = Bound, DomainMin = 0, DomainMax = 1, SpecialValues = SpecialValues.FiniteOnly)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("exp2.f32.unit.evolved", "Exp2 float32 [0, 1] finite MaxUlp=1", typeof(Exp2Float32UnitEvolved).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span)
            {
                DomainMin = 0,
                DomainMax = 1,
            };
    }
}
