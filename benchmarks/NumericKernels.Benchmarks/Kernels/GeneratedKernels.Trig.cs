using System;

namespace NumericKernels.Benchmarks.Kernels
{
    internal static partial class GeneratedKernels
    {
        [Approximate(MathFunction.Sin, MaxUlp = 1)]
        internal static partial void SinU1(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Sin, MaxUlp = 1, DomainMin = -262144, DomainMax = 262144)]
        internal static partial void SinU1Bounded(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Sin, MaxUlp = 4)]
        internal static partial void SinU4(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Cos, MaxUlp = 1)]
        internal static partial void CosU1(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Cos, MaxUlp = 1, DomainMin = -262144, DomainMax = 262144)]
        internal static partial void CosU1Bounded(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Cos, MaxUlp = 4)]
        internal static partial void CosU4(ReadOnlySpan<float> x, Span<float> y);
    }
}
