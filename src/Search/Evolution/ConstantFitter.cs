using System;
using System.Linq;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// Fits a program's constants to the training sample, then rounds them to float and polishes them in float32:
    /// <list type="number">
    /// <item>affine in its constants (<see cref="ConstantLinearity"/>): exact linear minimax by <see cref="LinearChebyshevFit"/>,
    /// rounded greedily;</item>
    /// <item>otherwise: <see cref="NelderMead"/> (or <see cref="CmaEs"/>, <see cref="ConstantSearch"/>) with restarts on
    /// the max error in ULPs computed in double, then rounded;</item>
    /// <item>both: a coordinate search of ±1, ±2, ±4 ... float ULPs per constant on the float32 error itself, which is what
    /// selection sees (rounding inside the program moves the optimum by a few ULPs of the constants).</item>
    /// </list>
    /// </summary>
    internal static class ConstantFitter
    {
        private const int PolishPasses = 3;
        private const int PolishSteps = 4;
        internal const int EvaluationsPerConstant = 120;

        public static EvolvedProgram Fit(EvolvedProgram program, SampleSet training, SearchRandom random, ConstantSearch search = ConstantSearch.NelderMead)
        {
            if (program.ConstantCount == 0) return program;
            float[] constants = null!;
            if (ConstantLinearity.IsAffine(program))
            {
                var linear = new LinearChebyshevFit(program, training);
                if (linear.IsUsable) constants = linear.FitFloatConstants();
            }
            constants ??= FitNonlinear(program, training, random, search);
            if (constants.Any(c => !float.IsFinite(c))) constants = program.ConstantValues();
            Polish(program, training, constants);
            return program.WithConstants(constants);
        }

        private static float[] FitNonlinear(EvolvedProgram program, SampleSet training, SearchRandom random, ConstantSearch search)
        {
            double[] start = program.ConstantValues().Select(v => (double)v).ToArray();
            Func<double[], double> objective = NonlinearObjective(program, training);
            int budget = EvaluationsPerConstant * start.Length;
            double[] best = search == ConstantSearch.CmaEs
                ? CmaEs.Minimize(objective, start, budget, restarts: 2, random)
                : NelderMead.Minimize(objective, start, budget, restarts: 2, random);
            return best.Select(v => (float)v).ToArray();
        }

        /// <summary>The largest error in ULPs, computed in double, on every fourth training input (and the last).</summary>
        /// <remarks>The search needs many evaluations; a quarter of the sample with both ends kept covers the interval.</remarks>
        internal static Func<double[], double> NonlinearObjective(EvolvedProgram program, SampleSet training)
        {
            int[] rows = Enumerable.Range(0, training.Count).Where(i => i % 4 == 0 || i == training.Count - 1).ToArray();
            var scratch = new double[program.Nodes.Count];
            return c =>
            {
                double max = 0;
                foreach (int i in rows)
                {
                    double error = Math.Abs(program.EvaluateDouble(training.Inputs[i], c, scratch) - training.Exact[i]) * training.InverseUlp[i];
                    if (!(error <= double.MaxValue)) return double.PositiveInfinity;
                    max = Math.Max(max, error);
                }
                return max;
            };
        }

        private static void Polish(EvolvedProgram program, SampleSet training, float[] constants)
        {
            double current = training.MaxUlpError(program.WithConstants(constants));
            if (!double.IsFinite(current)) return;
            for (int pass = 0; pass < PolishPasses; pass++)
            {
                bool improved = false;
                for (int j = 0; j < constants.Length; j++)
                {
                    float original = constants[j];
                    foreach (int direction in new[] { 1, -1 })
                    {
                        for (int step = 0; step < PolishSteps; step++)
                        {
                            float trial = Step(original, direction * (1 << step));
                            if (!float.IsFinite(trial)) break;
                            constants[j] = trial;
                            double error = training.MaxUlpError(program.WithConstants(constants));
                            if (error < current)
                            {
                                current = error;
                                original = trial;
                                improved = true;
                            }
                        }
                    }
                    constants[j] = original;
                }
                if (!improved) break;
            }
        }

        private static float Step(float value, int ulps)
        {
            int bits = BitConverter.SingleToInt32Bits(value);
            if (value == 0) return ulps > 0 ? float.Epsilon * ulps : -float.Epsilon * -ulps;
            // Same-sign bit patterns are ordered like the magnitudes they encode.
            return BitConverter.Int32BitsToSingle(value > 0 ? bits + ulps : bits - ulps);
        }
    }
}
