using System;
using System.Runtime.CompilerServices;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>Largest error of a span kernel on a sweep and where it occurs.</summary>
    internal readonly record struct SweepResult(double MaxUlp, double WorstInput);

    internal static class AccuracySweep
    {
        public static SweepResult Measure<T>(SpanKernel<T> kernel, Func<double, double> reference, T[] inputs)
            where T : unmanaged
        {
            T[] outputs = new T[inputs.Length];
            kernel(inputs, outputs);
            double maxUlp = 0, worstInput = double.NaN;
            for (int i = 0; i < inputs.Length; i++)
            {
                double x = ToDouble(inputs[i]);
                double error = UlpError.Of(outputs[i], reference(x));
                if (error > maxUlp || double.IsNaN(worstInput))
                {
                    maxUlp = Math.Max(maxUlp, error);
                    worstInput = x;
                }
            }
            return new SweepResult(maxUlp, worstInput);
        }

        private static double ToDouble<T>(T value)
            where T : unmanaged
            => Unsafe.SizeOf<T>() == sizeof(float) ? Unsafe.As<T, float>(ref value) : Unsafe.As<T, double>(ref value);
    }
}
