using System;
using System.Linq;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// Nelder-Mead downhill simplex with restarts, for constants a program uses nonlinearly (divided by, multiplied
    /// together). The objective, a maximum error, is not smooth, which rules out Gauss-Newton; with a handful of constants
    /// a simplex restarted around its best point (as in the AutoNumerics-Zero baseline's CMA-ES role) is robust and cheap.
    /// </summary>
    internal static class NelderMead
    {
        public static double[] Minimize(Func<double[], double> objective, double[] start, int evaluations, int restarts, SearchRandom random)
        {
            double[] best = (double[])start.Clone();
            double bestValue = Safe(objective(best));
            int budget = Math.Max(1, evaluations / (restarts + 1));
            for (int run = 0; run <= restarts; run++)
            {
                double relativeStep = run == 0 ? 0.1 : 0.02 * (1 + random.NextDouble());
                double[] candidate = Run(objective, best, relativeStep, budget, out double value);
                if (value < bestValue)
                {
                    best = candidate;
                    bestValue = value;
                }
            }
            return best;
        }

        private static double[] Run(Func<double[], double> objective, double[] start, double relativeStep, int budget, out double bestValue)
        {
            int n = start.Length;
            var simplex = new double[n + 1][];
            var values = new double[n + 1];
            for (int v = 0; v <= n; v++)
            {
                simplex[v] = (double[])start.Clone();
                if (v > 0)
                {
                    double c = start[v - 1];
                    simplex[v][v - 1] = c == 0 ? relativeStep : c * (1 + relativeStep);
                }
                values[v] = Safe(objective(simplex[v]));
            }
            int used = n + 1;
            while (used < budget)
            {
                var order = Enumerable.Range(0, n + 1).OrderBy(i => values[i]).ToArray();
                simplex = order.Select(i => simplex[i]).ToArray();
                values = order.Select(i => values[i]).ToArray();
                if (values[n] - values[0] <= 1e-12 * Math.Abs(values[0])) break;
                var centroid = new double[n];
                for (int v = 0; v < n; v++) for (int j = 0; j < n; j++) centroid[j] += simplex[v][j] / n;

                double[] reflected = Along(centroid, simplex[n], -1);
                double fr = Safe(objective(reflected));
                used++;
                if (fr < values[0])
                {
                    double[] expanded = Along(centroid, simplex[n], -2);
                    double fe = Safe(objective(expanded));
                    used++;
                    (simplex[n], values[n]) = fe < fr ? (expanded, fe) : (reflected, fr);
                }
                else if (fr < values[n - 1])
                {
                    (simplex[n], values[n]) = (reflected, fr);
                }
                else
                {
                    double[] contracted = Along(centroid, simplex[n], fr < values[n] ? -0.5 : 0.5);
                    double fc = Safe(objective(contracted));
                    used++;
                    if (fc < Math.Min(fr, values[n]))
                    {
                        (simplex[n], values[n]) = (contracted, fc);
                    }
                    else
                    {
                        for (int v = 1; v <= n; v++)
                        {
                            simplex[v] = Along(simplex[0], simplex[v], 0.5);
                            values[v] = Safe(objective(simplex[v]));
                        }
                        used += n;
                    }
                }
            }
            int bestIndex = Array.IndexOf(values, values.Min());
            bestValue = values[bestIndex];
            return simplex[bestIndex];
        }

        /// <summary>centroid + t·(point - centroid).</summary>
        private static double[] Along(double[] centroid, double[] point, double t)
        {
            var result = new double[centroid.Length];
            for (int j = 0; j < result.Length; j++) result[j] = centroid[j] + t * (point[j] - centroid[j]);
            return result;
        }

        private static double Safe(double value) => double.IsNaN(value) ? double.PositiveInfinity : value;
    }
}
