#if FLOAT64_KERNELS
using System;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>The float64 kernels, compiled when the float64 catalog entries are verified (see Showcase.csproj, Float64Kernels).</summary>
    internal static partial class ShowcaseKernels
    {
        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        public static partial void ExpDouble(ReadOnlySpan<double> x, Span<double> y);

        [Approximate(MathFunction.Log, MaxUlp = 1)]
        public static partial void LogDouble(ReadOnlySpan<double> x, Span<double> y);
    }
}
#endif
