using System;
using System.Threading;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// Local search on rounded coefficients against the error that matters: the ULP error of the program as the
    /// emitter evaluates it (its roundings included), on a sample. Coordinate descent, highest power first (its ULP is
    /// the smallest change), trying ±1..4 ULPs of each coefficient and keeping any step that lowers the maximum.
    /// </summary>
    internal static class CoefficientPolisher
    {
        private static readonly int[] Steps = { 1, -1, 2, -2, 3, -3, 4, -4 };

        public static (double[] Coefficients, double MaxUlp) Polish(double[] start, Func<double[], double> maxUlp, bool single, int maxEvaluations, CancellationToken cancellation)
        {
            var best = (double[])start.Clone();
            double bestError = maxUlp(best);
            int evaluations = 1;
            bool improved = true;
            while (improved && evaluations < maxEvaluations)
            {
                improved = false;
                for (int i = best.Length - 1; i >= 0 && evaluations < maxEvaluations; i--)
                {
                    foreach (int step in Steps)
                    {
                        cancellation.ThrowIfCancellationRequested();
                        var candidate = (double[])best.Clone();
                        candidate[i] = CoefficientRounder.Step(best[i], step, single);
                        double error = maxUlp(candidate);
                        evaluations++;
                        if (error < bestError)
                        {
                            best = candidate;
                            bestError = error;
                            improved = true;
                            break;
                        }
                    }
                }
            }
            return (best, bestError);
        }
    }
}
