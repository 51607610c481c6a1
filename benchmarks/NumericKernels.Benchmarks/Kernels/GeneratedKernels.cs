using System;

namespace NumericKernels.Benchmarks.Kernels
{
    /// <summary>
    /// The NumericKernels kernels under test, generated at compile time from the catalog. The methods carry an
    /// access modifier on purpose: a modifier-less <c>partial void</c> may legally have no implementation, and the
    /// compiler would then drop the calls, so a generator that emitted nothing would "win" every benchmark.
    /// </summary>
    internal static partial class GeneratedKernels
    {
        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        internal static partial void ExpU1(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Exp, MaxUlp = 1, Variant = "exp.f32.u1")]
        internal static partial void ExpU1Carried(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Exp, MaxUlp = 1, DomainMin = -87, DomainMax = 88)]
        internal static partial void ExpU1Bounded(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Exp, MaxUlp = 4)]
        internal static partial void ExpU4(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Log, MaxUlp = 1)]
        internal static partial void LogU1(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Log, MaxUlp = 4)]
        internal static partial void LogU4(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Erf, MaxUlp = 1)]
        internal static partial void ErfU1(ReadOnlySpan<float> x, Span<float> y);
    }
}
