using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Numerics;
using NumericKernels.Search.Verification;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// The inputs a candidate is judged on. Training (about a thousand floats, Chebyshev-dense at the ends of the domain
    /// where minimax errors peak, plus a uniform grid and both endpoints) drives the constant fit; validation (2^16 floats,
    /// half uniform in value, half uniform in bit pattern so small inputs are covered, plus both endpoints) gives the
    /// error used for selection. Both are fixed by the function and domain, so every run and resume sees the same ones.
    /// </summary>
    internal sealed class EvaluationSamples
    {
        public const int TrainingChebyshev = 768;
        public const int TrainingUniform = 256;
        public const int ValidationCount = 1 << 16;

        public EvaluationSamples(MathFunctionId function, double domainMin, double domainMax)
        {
            Function = function;
            DomainMin = domainMin;
            DomainMax = domainMax;
            Func<double, double> reference = Float32Sweep.Reference(function);
            Training = new SampleSet(TrainingInputs(domainMin, domainMax), reference);
            Validation = new SampleSet(ValidationInputs(domainMin, domainMax), reference);
        }

        public MathFunctionId Function { get; }

        public double DomainMin { get; }

        public double DomainMax { get; }

        public SampleSet Training { get; }

        public SampleSet Validation { get; }

        private static float[] TrainingInputs(double min, double max)
        {
            var inputs = new SortedSet<float> { Clamp((float)min, min, max), Clamp((float)max, min, max) };
            for (int i = 0; i < TrainingChebyshev; i++)
            {
                double t = 0.5 - 0.5 * Math.Cos(Math.PI * (i + 0.5) / TrainingChebyshev);
                inputs.Add(Clamp((float)(min + t * (max - min)), min, max));
            }
            for (int i = 0; i <= TrainingUniform; i++)
            {
                inputs.Add(Clamp((float)(min + (max - min) * i / TrainingUniform), min, max));
            }
            return inputs.ToArray();
        }

        private static float[] ValidationInputs(double min, double max)
        {
            var (first, last) = FloatOrdinals.SingleRange(min, max, includeInfinities: false);
            var inputs = new SortedSet<float> { FloatOrdinals.SingleFromOrdinal(first), FloatOrdinals.SingleFromOrdinal(last) };
            int half = ValidationCount / 2;
            for (int i = 0; i < half; i++)
            {
                inputs.Add(Clamp((float)(min + (max - min) * (i + 0.5) / half), min, max));
                long ordinal = first + (long)((last - first) * ((i + 0.5) / half));
                inputs.Add(FloatOrdinals.SingleFromOrdinal(ordinal));
            }
            return inputs.ToArray();
        }

        private static float Clamp(float value, double min, double max)
        {
            if (value < min) value = MathF.BitIncrement(value);
            if (value > max) value = MathF.BitDecrement(value);
            return value;
        }
    }
}
