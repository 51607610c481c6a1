using System;
using System.Threading;
using NumericKernels.Generators.Numerics;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// fpminimax-like rounding of minimax coefficients to machine numbers: round one coefficient, lowest power first (it
    /// weighs most on the error), then re-fit the still-free ones by the Remez exchange so they absorb its rounding
    /// error, and so on. Rounding all at once can lose several bits; this keeps the result within a small factor of the
    /// real-coefficient optimum, like Sollya's fpminimax (which uses lattice reduction instead of the greedy order).
    /// </summary>
    internal static class CoefficientRounder
    {
        /// <summary>The coefficients as exact float (or double) values and the weighted error of that polynomial.</summary>
        public static (double[] Coefficients, double MaxError) Round(SampledProblem sampled, RemezResult real, bool single, CancellationToken cancellation)
        {
            RemezResult current = real;
            SampledProblem problem = sampled;
            int count = real.Coefficients.Count;
            var rounded = new double[count];
            for (int i = 0; i < count; i++)
            {
                rounded[i] = ToMachine(current.Coefficients[i], single);
                problem = problem.WithFixed(i, rounded[i]);
                // Re-fits need not converge to the last digit: any improvement over plain rounding is kept.
                current = RemezExchange.Fit(problem, requireConvergence: false, cancellation);
            }
            return (rounded, current.MaxError);
        }

        /// <summary>Nearest float or double to a double-double (ties beyond double's reach are immaterial here).</summary>
        public static double ToMachine(DoubleDouble value, bool single)
        {
            if (!single) return value.Hi;
            float nearest = (float)value.Hi;
            if (value.Lo == 0) return nearest;
            // hi - nearest is exact; only when hi is a float midpoint can the low part change the rounding.
            float toward = value.Lo > 0 ? MathF.BitIncrement(nearest) : MathF.BitDecrement(nearest);
            return Math.Abs(value.Hi - toward) == Math.Abs(value.Hi - nearest) ? toward : nearest;
        }

        /// <summary>The machine number <paramref name="steps"/> ULPs away from <paramref name="value"/>.</summary>
        public static double Step(double value, int steps, bool single)
        {
            if (single)
            {
                float f = (float)value;
                for (int i = 0; i < Math.Abs(steps); i++) f = steps > 0 ? MathF.BitIncrement(f) : MathF.BitDecrement(f);
                return f;
            }
            for (int i = 0; i < Math.Abs(steps); i++) value = steps > 0 ? Math.BitIncrement(value) : Math.BitDecrement(value);
            return value;
        }
    }
}
