using System;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// Float inputs with their exact results (double reference) and the reciprocal of the float ULP at each result, so an
    /// error in ULPs is one multiplication: |result - exact| / ulp_float(exact), the measure nk-search verify uses.
    /// </summary>
    internal sealed class SampleSet
    {
        public SampleSet(float[] inputs, Func<double, double> reference)
        {
            Inputs = inputs;
            Exact = new double[inputs.Length];
            InverseUlp = new double[inputs.Length];
            for (int i = 0; i < inputs.Length; i++)
            {
                Exact[i] = reference(inputs[i]);
                InverseUlp[i] = InverseFloatUlp(Exact[i]);
            }
        }

        public float[] Inputs { get; }

        public double[] Exact { get; }

        public double[] InverseUlp { get; }

        public int Count => Inputs.Length;

        /// <summary>Largest float32 error of <paramref name="program"/> in ULPs, +Infinity when a result is not finite.</summary>
        public double MaxUlpError(EvolvedProgram program) => MaxUlpError(program, out _);

        public double MaxUlpError(EvolvedProgram program, out float worstInput)
        {
            var results = new float[Inputs.Length];
            program.Evaluate(Inputs, results);
            double max = 0;
            worstInput = Inputs.Length > 0 ? Inputs[0] : 0;
            for (int i = 0; i < Inputs.Length; i++)
            {
                double error = Math.Abs(results[i] - Exact[i]) * InverseUlp[i];
                if (!(error <= max))
                {
                    worstInput = Inputs[i];
                    if (!double.IsFinite(error)) return double.PositiveInfinity;
                    max = error;
                }
            }
            return max;
        }

        /// <summary>1 / ulp_float(v) for the binade of v (subnormal ULP 2^-149 below 2^-126), as the float32 sweep computes it.</summary>
        public static double InverseFloatUlp(double value)
        {
            if (value == 0 || !double.IsFinite(value)) return Math.ScaleB(1.0, 149);
            int exponent = Math.Clamp(Math.ILogB(value), -126, 127);
            return Math.ScaleB(1.0, 23 - exponent);
        }
    }
}
