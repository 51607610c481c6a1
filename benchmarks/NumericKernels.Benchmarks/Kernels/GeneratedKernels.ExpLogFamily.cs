using System;

namespace NumericKernels.Benchmarks.Kernels
{
    internal static partial class GeneratedKernels
    {
        [Approximate(MathFunction.Exp10, MaxUlp = 1)]
        internal static partial void Exp10U1(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Exp10, MaxUlp = 4)]
        internal static partial void Exp10U4(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.ExpM1, MaxUlp = 1)]
        internal static partial void ExpM1U1(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.ExpM1, MaxUlp = 4)]
        internal static partial void ExpM1U4(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Log10, MaxUlp = 1)]
        internal static partial void Log10U1(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Log10, MaxUlp = 4)]
        internal static partial void Log10U4(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Log1P, MaxUlp = 1)]
        internal static partial void Log1PU1(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Log1P, MaxUlp = 4)]
        internal static partial void Log1PU4(ReadOnlySpan<float> x, Span<float> y);
    }
}
