using System;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>
    /// The scalar library functions in plain loops. Each loop calls its function directly, not through a delegate, so
    /// the comparison charges the peer for the function and nothing else.
    /// </summary>
    internal static class ScalarPeers
    {
        public static void MathFExp(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = MathF.Exp(x[i]);
        }

        /// <summary>MathF has no Exp2; float.Exp2 is the BCL's scalar one.</summary>
        public static void FloatExp2(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = float.Exp2(x[i]);
        }

        public static void MathFLog(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = MathF.Log(x[i]);
        }

        public static void MathFLog2(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = MathF.Log2(x[i]);
        }

        /// <summary>float.Exp10, float.ExpM1 and float.LogP1 are the BCL's scalar ones (ExpM1 and LogP1 as Exp(x) - 1 and Log(x + 1)).</summary>
        public static void FloatExp10(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = float.Exp10(x[i]);
        }

        public static void FloatExpM1(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = float.ExpM1(x[i]);
        }

        public static void MathFLog10(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = MathF.Log10(x[i]);
        }

        public static void FloatLogP1(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = float.LogP1(x[i]);
        }

        public static void MathFSin(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = MathF.Sin(x[i]);
        }

        public static void MathFCos(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = MathF.Cos(x[i]);
        }

        public static void MathFTanh(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = MathF.Tanh(x[i]);
        }

        /// <summary>The BCL has no sigmoid: 1/(1 + MathF.Exp(-x)), as users write it.</summary>
        public static void MathFSigmoid(ReadOnlySpan<float> x, Span<float> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = 1f / (1f + MathF.Exp(-x[i]));
        }

        public static void MathExp(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = Math.Exp(x[i]);
        }

        public static void MathLog(ReadOnlySpan<double> x, Span<double> y)
        {
            for (int i = 0; i < x.Length; i++) y[i] = Math.Log(x[i]);
        }

        /// <summary>Horner's rule with MathF.FusedMultiplyAdd, coefficients in ascending order.</summary>
        public static SpanKernel<float> Horner(double[] coefficients)
        {
            float[] c = Array.ConvertAll(coefficients, v => (float)v);
            return (x, y) =>
            {
                for (int i = 0; i < x.Length; i++)
                {
                    float sum = c[^1];
                    for (int k = c.Length - 2; k >= 0; k--)
                    {
                        sum = MathF.FusedMultiplyAdd(sum, x[i], c[k]);
                    }
                    y[i] = sum;
                }
            };
        }
    }
}
