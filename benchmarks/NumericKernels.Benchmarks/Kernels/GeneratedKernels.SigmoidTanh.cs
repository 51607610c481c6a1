using System;

namespace NumericKernels.Benchmarks.Kernels
{
    internal static partial class GeneratedKernels
    {
        [Approximate(MathFunction.Sigmoid, MaxUlp = 1)]
        internal static partial void SigmoidU1(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Sigmoid, MaxUlp = 4)]
        internal static partial void SigmoidU4(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Tanh, MaxUlp = 1)]
        internal static partial void TanhU1(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Tanh, MaxUlp = 4)]
        internal static partial void TanhU4(ReadOnlySpan<float> x, Span<float> y);
    }
}
