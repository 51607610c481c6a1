using System;
using System.Runtime.Intrinsics;

namespace NumericKernels.Samples.PathCheck.Kernels
{
    /// <summary>erf at the default bound: the piecewise program (erf.f32.u1), with its special path for tiny inputs.</summary>
    internal static partial class ErfFloat32Ulp1
    {
        private const double Bound = 1;

        [Approximate(MathFunction.Erf, MaxUlp = Bound)]
        public static partial float Scalar(float x);

        [Approximate(MathFunction.Erf, MaxUlp = Bound)]
        public static partial Vector128<float> V128(Vector128<float> x);

        [Approximate(MathFunction.Erf, MaxUlp = Bound)]
        public static partial Vector256<float> V256(Vector256<float> x);

        [Approximate(MathFunction.Erf, MaxUlp = Bound)]
        public static partial Vector512<float> V512(Vector512<float> x);

        [Approximate(MathFunction.Erf, MaxUlp = Bound)]
        public static partial void Span(ReadOnlySpan<float> x, Span<float> y);

        public static KernelPaths<float> Paths { get; } =
            new("erf.f32.ulp1", "Erf float32 MaxUlp=1", typeof(ErfFloat32Ulp1).GetMethod(nameof(Scalar))!, Scalar, V128, V256, V512, Span);
    }
}
