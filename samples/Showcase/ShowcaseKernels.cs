using System;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>
    /// The kernels the showcase asks for. Each attribute states a contract; the generator picks the cheapest catalog entry
    /// that meets it and writes the body.
    /// </summary>
    internal static partial class ShowcaseKernels
    {
        [Approximate(MathFunction.Exp, MaxUlp = 1)]
        public static partial void Exp(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Exp2, MaxUlp = 1)]
        public static partial void Exp2(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Log, MaxUlp = 1)]
        public static partial void Log(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Log2, MaxUlp = 1)]
        public static partial void Log2(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Sin, MaxUlp = 1)]
        public static partial void Sin(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Cos, MaxUlp = 1)]
        public static partial void Cos(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Tanh, MaxUlp = 1)]
        public static partial void Tanh(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Sigmoid, MaxUlp = 1)]
        public static partial void Sigmoid(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Exp10, MaxUlp = 1)]
        public static partial void Exp10(ReadOnlySpan<float> x, Span<float> y);

        /// <summary>e^x - 1 without the cancellation of exp(x) - 1: full relative accuracy for tiny x.</summary>
        [Approximate(MathFunction.ExpM1, MaxUlp = 1)]
        public static partial void ExpM1(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Log10, MaxUlp = 1)]
        public static partial void Log10(ReadOnlySpan<float> x, Span<float> y);

        /// <summary>ln(1 + x) without the cancellation of log(1 + x): full relative accuracy for tiny x.</summary>
        [Approximate(MathFunction.Log1P, MaxUlp = 1)]
        public static partial void Log1P(ReadOnlySpan<float> x, Span<float> y);

        /// <summary>A looser bound lets the generator choose a cheaper program.</summary>
        [Approximate(MathFunction.Exp, MaxUlp = 4)]
        public static partial void ExpFast(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Log, MaxUlp = 4)]
        public static partial void LogFast(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Tanh, MaxUlp = 4)]
        public static partial void TanhFast(ReadOnlySpan<float> x, Span<float> y);

        [Approximate(MathFunction.Sigmoid, MaxUlp = 4)]
        public static partial void SigmoidFast(ReadOnlySpan<float> x, Span<float> y);

        /// <summary>A restricted domain lets the generator drop the special-value handling.</summary>
        [Approximate(MathFunction.Exp, MaxUlp = 1, DomainMin = -1, DomainMax = 1)]
        public static partial void ExpUnitInterval(ReadOnlySpan<float> x, Span<float> y);

        /// <summary>With the small domain and a looser bound a single polynomial, without range reduction, is enough.</summary>
        [Approximate(MathFunction.Exp, MaxUlp = 4, DomainMin = -1, DomainMax = 1)]
        public static partial void ExpUnitIntervalFast(ReadOnlySpan<float> x, Span<float> y);

        /// <summary>Degree-5 Taylor polynomial of e^x, evaluated with fused multiply-adds in every path.</summary>
        [Polynomial(1.0, 1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120)]
        public static partial void TaylorExp5(ReadOnlySpan<float> x, Span<float> y);

        /// <summary>The coefficients of <see cref="TaylorExp5"/>, for the reference and the peers.</summary>
        public static readonly double[] TaylorExp5Coefficients = { 1.0, 1.0, 1.0 / 2, 1.0 / 6, 1.0 / 24, 1.0 / 120 };
    }
}
