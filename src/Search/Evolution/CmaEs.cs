using System;
using System.Linq;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// (μ/μ_w, λ)-CMA-ES (Hansen's standard parameters: cumulative step-size adaptation, rank-one and rank-μ covariance
    /// updates) for the constants a program uses nonlinearly, as AutoNumerics-Zero fits its constants. The objective is a
    /// maximum error: not smooth, so no gradients; CMA-ES only ranks samples, which suits it. Each coordinate is searched
    /// relative to its starting value (constants of one program span many orders of magnitude), and the run restarts
    /// around its best point with a smaller step, splitting the evaluation budget. Deterministic for a given random state.
    /// </summary>
    internal static class CmaEs
    {
        public static double[] Minimize(Func<double[], double> objective, double[] start, int evaluations, int restarts, SearchRandom random)
        {
            int n = start.Length;
            double[] scale = start.Select(v => v != 0 && double.IsFinite(v) ? Math.Abs(v) : 1.0).ToArray();
            double[] ToPoint(double[] u)
            {
                var x = new double[n];
                for (int i = 0; i < n; i++) x[i] = start[i] + scale[i] * u[i];
                return x;
            }

            double[] bestU = new double[n];
            double bestValue = Safe(objective(start));
            int budget = Math.Max(1, evaluations / (restarts + 1));
            for (int run = 0; run <= restarts; run++)
            {
                double sigma = run == 0 ? 0.1 : 0.02 * (1 + random.NextDouble());
                var (u, value) = Run(u => Safe(objective(ToPoint(u))), bestU, sigma, budget, random);
                if (value < bestValue)
                {
                    bestU = u;
                    bestValue = value;
                }
            }
            return ToPoint(bestU);
        }

        private static (double[] Best, double Value) Run(Func<double[], double> f, double[] mean0, double sigma, int budget, SearchRandom random)
        {
            int n = mean0.Length;
            int lambda = 4 + (int)(3 * Math.Log(n));
            int mu = lambda / 2;
            double[] weights = Enumerable.Range(1, mu).Select(i => Math.Log(mu + 0.5) - Math.Log(i)).ToArray();
            double weightSum = weights.Sum();
            for (int i = 0; i < mu; i++) weights[i] /= weightSum;
            double muEff = 1 / weights.Sum(w => w * w);
            double cSigma = (muEff + 2) / (n + muEff + 5);
            double dSigma = 1 + 2 * Math.Max(0, Math.Sqrt((muEff - 1) / (n + 1)) - 1) + cSigma;
            double cC = (4 + muEff / n) / (n + 4 + 2 * muEff / n);
            double c1 = 2 / ((n + 1.3) * (n + 1.3) + muEff);
            double cMu = Math.Min(1 - c1, 2 * (muEff - 2 + 1 / muEff) / ((n + 2) * (n + 2) + muEff));
            double chiN = Math.Sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));

            double[] mean = (double[])mean0.Clone();
            var pSigma = new double[n];
            var pC = new double[n];
            double[,] c = Identity(n);
            double[,] b = Identity(n);
            double[] d = Enumerable.Repeat(1.0, n).ToArray();
            double[] best = (double[])mean.Clone();
            double bestValue = f(best);
            int used = 1;
            var ys = new double[lambda][];
            var values = new double[lambda];
            for (int generation = 0; used + lambda <= budget; generation++)
            {
                for (int k = 0; k < lambda; k++)
                {
                    var z = new double[n];
                    for (int i = 0; i < n; i++) z[i] = random.NextGaussian();
                    ys[k] = new double[n];
                    for (int i = 0; i < n; i++)
                    {
                        double sum = 0;
                        for (int j = 0; j < n; j++) sum += b[i, j] * d[j] * z[j];
                        ys[k][i] = sum;
                    }
                    var x = new double[n];
                    for (int i = 0; i < n; i++) x[i] = mean[i] + sigma * ys[k][i];
                    values[k] = f(x);
                    if (values[k] < bestValue)
                    {
                        bestValue = values[k];
                        best = x;
                    }
                }
                used += lambda;
                int[] order = Enumerable.Range(0, lambda).OrderBy(k => values[k]).ThenBy(k => k).ToArray();
                var yw = new double[n];
                for (int r = 0; r < mu; r++)
                {
                    for (int i = 0; i < n; i++) yw[i] += weights[r] * ys[order[r]][i];
                }
                for (int i = 0; i < n; i++) mean[i] += sigma * yw[i];

                // C^(-1/2)·yw = B·D^-1·Bᵀ·yw.
                var bty = new double[n];
                for (int j = 0; j < n; j++)
                {
                    for (int i = 0; i < n; i++) bty[j] += b[i, j] * yw[i];
                    bty[j] /= d[j];
                }
                double sigmaPathFactor = Math.Sqrt(cSigma * (2 - cSigma) * muEff);
                for (int i = 0; i < n; i++)
                {
                    double sum = 0;
                    for (int j = 0; j < n; j++) sum += b[i, j] * bty[j];
                    pSigma[i] = (1 - cSigma) * pSigma[i] + sigmaPathFactor * sum;
                }
                double pSigmaNorm = Math.Sqrt(pSigma.Sum(v => v * v));
                bool hSigma = pSigmaNorm / Math.Sqrt(1 - Math.Pow(1 - cSigma, 2 * (generation + 1))) < (1.4 + 2.0 / (n + 1)) * chiN;
                double pathFactor = Math.Sqrt(cC * (2 - cC) * muEff);
                for (int i = 0; i < n; i++) pC[i] = (1 - cC) * pC[i] + (hSigma ? pathFactor * yw[i] : 0);
                double lostVariance = hSigma ? 0 : cC * (2 - cC);
                for (int i = 0; i < n; i++)
                {
                    for (int j = 0; j < n; j++)
                    {
                        double rankMu = 0;
                        for (int r = 0; r < mu; r++) rankMu += weights[r] * ys[order[r]][i] * ys[order[r]][j];
                        c[i, j] = (1 - c1 - cMu) * c[i, j] + c1 * (pC[i] * pC[j] + lostVariance * c[i, j]) + cMu * rankMu;
                    }
                }
                sigma *= Math.Exp(cSigma / dSigma * (pSigmaNorm / chiN - 1));
                if (!(sigma > 1e-14) || !double.IsFinite(sigma)) break;
                if (!SymmetricEigen.Decompose(c, b, d)) break;
            }
            return (best, bestValue);
        }

        private static double[,] Identity(int n)
        {
            var m = new double[n, n];
            for (int i = 0; i < n; i++) m[i, i] = 1;
            return m;
        }

        private static double Safe(double value) => double.IsNaN(value) ? double.PositiveInfinity : value;
    }
}
