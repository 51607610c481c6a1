using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NumericKernels.Generators.Numerics;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// The Remez exchange for weighted linear minimax: find free coefficients c and the levelled error E with
    /// W(x_i)·(Σ c_j·x_i^q_j - T(x_i)) = (-1)^i·E on a reference of m + 1 points, then move the reference to the
    /// alternating extrema of the error curve, until the extrema are level (the equioscillation theorem's optimum).
    /// </summary>
    /// <remarks>
    /// Multiple exchange on a dense grid: each sign run of the error contributes its largest point, refined between grid
    /// points by one parabolic step on the exact error; surplus points are dropped the way that keeps alternation and the
    /// largest errors. Linear algebra and evaluation are in double-double, targets come from MPFR.
    /// </remarks>
    internal static class RemezExchange
    {
        public const int MaxIterations = 60;

        /// <summary>Converged when (max |e| - min |e| on the reference) &lt;= this·max |e|.</summary>
        public const double LevelTolerance = 1e-7;

        /// <summary>Errors below this fraction of the residual's own size are beyond double-double and cannot be levelled.</summary>
        private const double ResolutionLimit = 1e-29;

        /// <param name="sampled">The tabulated problem (fixed coefficients already subtracted).</param>
        /// <param name="requireConvergence">Throw on non-convergence; else return the best iterate, flagged.</param>
        /// <param name="cancellation">Checked once per exchange.</param>
        public static RemezResult Fit(SampledProblem sampled, bool requireConvergence, CancellationToken cancellation)
        {
            int m = sampled.FreeIndices.Length;
            string name = sampled.Problem.Name;
            double[] xs = sampled.Points;
            if (m == 0) return Result(sampled, Array.Empty<DoubleDouble>(), MaxAbsError(sampled, Array.Empty<DoubleDouble>()), 0, 0, true, Array.Empty<double>());
            if (xs.Length < 8 * (m + 1)) throw new FitException($"{name}: degree too high for the grid ({m} free coefficients on {xs.Length} points).");

            var reference = LeastSquaresReference(sampled) ?? InitialReference(sampled, m + 1);
            RemezResult? best = null;
            double scale = sampled.Targets.Select((t, k) => Math.Abs(t.Hi) * sampled.Weights[k]).Max();
            for (int iteration = 1; iteration <= MaxIterations; iteration++)
            {
                cancellation.ThrowIfCancellationRequested();
                var (coefficients, levelled) = SolveReference(sampled, reference)
                    ?? throw new FitException($"{name}: the reference system is singular at {m} free coefficients (degree too high for double-double, or points collapsed).");
                double[] errors = new double[xs.Length];
                for (int k = 0; k < xs.Length; k++) errors[k] = sampled.AlternatingError(xs[k], sampled.Targets[k], sampled.Weights[k], coefficients);
                var extrema = AlternatingExtrema(sampled, errors, coefficients);
                double gridMax = errors.Max(Math.Abs);
                double maxError = Math.Max(gridMax, extrema.Count == 0 ? 0 : extrema.Max(e => Math.Abs(e.Error)));
                var current = Result(sampled, coefficients, maxError, Math.Abs(levelled), iteration, false, reference.Select(r => r.X).ToArray());
                if (best == null || maxError < best.MaxError) best = current;
                if (maxError < ResolutionLimit * scale)
                {
                    throw new FitException(Invariant($"{name}: degree too high: the error {maxError:G3} is below what double-double resolves ({ResolutionLimit * scale:G3}); use fewer coefficients."));
                }
                if (extrema.Count < m + 1)
                {
                    if (!requireConvergence) return best;
                    throw new FitException(Invariant($"{name}: the error curve alternates only {extrema.Count} times, {m + 1} needed: the problem does not satisfy the Haar condition on this interval."));
                }
                double minOnReference = extrema.Min(e => Math.Abs(e.Error));
                if (maxError - minOnReference <= LevelTolerance * maxError)
                {
                    return current with { Converged = true, Reference = extrema.Select(e => e.X).ToArray() };
                }
                reference = extrema.Select(e => (e.X, e.Target, e.Weight)).ToList();
            }
            if (requireConvergence || best == null)
            {
                throw new FitException(Invariant($"{name}: no convergence after {MaxIterations} exchanges (levelled error {best?.LevelledError:G6}, max {best?.MaxError:G6})."));
            }
            return best;
        }

        private static RemezResult Result(SampledProblem sampled, IReadOnlyList<DoubleDouble> free, double maxError, double levelled, int iterations, bool converged, IReadOnlyList<double> reference)
        {
            var all = (DoubleDouble[])sampled.FixedValues.Clone();
            for (int i = 0; i < sampled.FreeIndices.Length; i++) all[sampled.FreeIndices[i]] = free[i];
            return new RemezResult(all, maxError, levelled, iterations, converged, reference);
        }

        private static double MaxAbsError(SampledProblem sampled, IReadOnlyList<DoubleDouble> free) =>
            sampled.Points.Select((x, k) => Math.Abs(sampled.AlternatingError(x, sampled.Targets[k], sampled.Weights[k], free))).Max();

        /// <summary>
        /// The alternating extrema of the weighted least-squares fit on the grid: close to the minimax reference, and
        /// unlike the Chebyshev points it avoids places where the weight vanishes (r = 0 for r²·P(r)), where a reference
        /// point makes the first system nearly singular. Null when that curve alternates too few times.
        /// </summary>
        private static List<(double X, DoubleDouble Target, double Weight)>? LeastSquaresReference(SampledProblem sampled)
        {
            int m = sampled.FreeIndices.Length;
            double[] xs = sampled.Points;
            var normal = new DoubleDouble[m, m];
            var right = new DoubleDouble[m];
            var row = new DoubleDouble[m];
            for (int k = 0; k < xs.Length; k++)
            {
                for (int j = 0; j < m; j++) row[j] = SampledProblem.PowerOf(xs[k], sampled.BasisPower(sampled.FreeIndices[j])) * sampled.Weights[k];
                DoubleDouble target = sampled.Targets[k] * sampled.Weights[k];
                for (int i = 0; i < m; i++)
                {
                    for (int j = 0; j < m; j++) normal[i, j] += row[i] * row[j];
                    right[i] += row[i] * target;
                }
            }
            DoubleDouble[]? coefficients = LinearSystem.Solve(normal, right);
            if (coefficients == null) return null;
            double[] errors = new double[xs.Length];
            for (int k = 0; k < xs.Length; k++) errors[k] = sampled.AlternatingError(xs[k], sampled.Targets[k], sampled.Weights[k], coefficients);
            var extrema = AlternatingExtrema(sampled, errors, coefficients);
            return extrema.Count == m + 1 ? extrema.Select(e => (e.X, e.Target, e.Weight)).ToList() : null;
        }

        /// <summary>Grid points nearest the Chebyshev extrema: the reference of the Chebyshev polynomial, a good first guess.</summary>
        private static List<(double X, DoubleDouble Target, double Weight)> InitialReference(SampledProblem sampled, int count)
        {
            double[] xs = sampled.Points;
            var indices = new List<int>();
            for (int i = 0; i < count; i++)
            {
                double t = 0.5 * (1 - Math.Cos(Math.PI * i / (count - 1)));
                double wanted = sampled.Problem.Min + t * (sampled.Problem.Max - sampled.Problem.Min);
                int k = Array.BinarySearch(xs, wanted);
                if (k < 0) k = Math.Min(~k, xs.Length - 1);
                if (indices.Count > 0 && k <= indices[^1]) k = indices[^1] + 1;
                indices.Add(k);
            }
            // Shift back from the upper end if the monotone fix-up ran past it.
            for (int i = indices.Count - 1; i >= 0 && indices[i] > xs.Length - 1 - (indices.Count - 1 - i); i--) indices[i] = xs.Length - 1 - (indices.Count - 1 - i);
            return indices.Select(k => (xs[k], sampled.Targets[k], sampled.Weights[k])).ToList();
        }

        private static (DoubleDouble[] Coefficients, double Levelled)? SolveReference(SampledProblem sampled, List<(double X, DoubleDouble Target, double Weight)> reference)
        {
            int m = sampled.FreeIndices.Length;
            var a = new DoubleDouble[m + 1, m + 1];
            var b = new DoubleDouble[m + 1];
            for (int i = 0; i <= m; i++)
            {
                var (x, target, weight) = reference[i];
                for (int j = 0; j < m; j++)
                {
                    a[i, j] = SampledProblem.PowerOf(x, sampled.BasisPower(sampled.FreeIndices[j])) * weight;
                }
                a[i, m] = (i % 2 == 0 ? -1.0 : 1.0) * sampled.AlternationSign(x);
                b[i] = target * weight;
            }
            DoubleDouble[]? solution = LinearSystem.Solve(a, b);
            if (solution == null) return null;
            return (solution.Take(m).ToArray(), solution[m].ToDouble());
        }

        private readonly record struct Extremum(double X, double Error, DoubleDouble Target, double Weight);

        /// <summary>One extremum per sign run of the error, refined, then reduced to m + 1 alternating points.</summary>
        private static List<Extremum> AlternatingExtrema(SampledProblem sampled, double[] errors, DoubleDouble[] coefficients)
        {
            double[] xs = sampled.Points;
            var runs = new List<int>();
            int sign = 0;
            for (int k = 0; k < errors.Length; k++)
            {
                int s = Math.Sign(errors[k]);
                if (s == 0) continue;
                if (s != sign)
                {
                    runs.Add(k);
                    sign = s;
                }
                else if (Math.Abs(errors[k]) > Math.Abs(errors[runs[^1]]))
                {
                    runs[^1] = k;
                }
            }
            var extrema = runs.Select(k => Refine(sampled, errors, coefficients, k)).ToList();
            int wanted = sampled.FreeIndices.Length + 1;
            while (extrema.Count > wanted)
            {
                if (extrema.Count == wanted + 1)
                {
                    // One too many: drop the smaller end, which keeps the signs alternating.
                    extrema.RemoveAt(Math.Abs(extrema[0].Error) < Math.Abs(extrema[^1].Error) ? 0 : extrema.Count - 1);
                    continue;
                }
                int smallest = 0;
                for (int i = 1; i < extrema.Count; i++)
                {
                    if (Math.Abs(extrema[i].Error) < Math.Abs(extrema[smallest].Error)) smallest = i;
                }
                if (smallest == 0 || smallest == extrema.Count - 1)
                {
                    extrema.RemoveAt(smallest);
                }
                else
                {
                    // Removing a point with its smaller neighbour keeps alternation.
                    int neighbour = Math.Abs(extrema[smallest - 1].Error) < Math.Abs(extrema[smallest + 1].Error) ? smallest - 1 : smallest + 1;
                    extrema.RemoveAt(Math.Max(smallest, neighbour));
                    extrema.RemoveAt(Math.Min(smallest, neighbour));
                }
            }
            return extrema;
        }

        /// <summary>One parabolic step through the grid neighbours of a discrete extremum, kept when it is larger.</summary>
        private static Extremum Refine(SampledProblem sampled, double[] errors, DoubleDouble[] coefficients, int k)
        {
            double[] xs = sampled.Points;
            var onGrid = new Extremum(xs[k], errors[k], sampled.Targets[k], sampled.Weights[k]);
            if (k == 0 || k == xs.Length - 1) return onGrid;
            double x0 = xs[k - 1], x1 = xs[k], x2 = xs[k + 1];
            double y0 = Math.Abs(errors[k - 1]), y1 = Math.Abs(errors[k]), y2 = Math.Abs(errors[k + 1]);
            double d = (x0 - x1) * (x0 - x2) * (x1 - x2);
            double a = (x2 * (y1 - y0) + x1 * (y0 - y2) + x0 * (y2 - y1)) / d;
            double b = (x2 * x2 * (y0 - y1) + x1 * x1 * (y2 - y0) + x0 * x0 * (y1 - y2)) / d;
            if (!(a < 0)) return onGrid;
            double x = -b / (2 * a);
            if (!(x > x0 && x < x2) || x == x1 || !sampled.IsDefinedAt(x)) return onGrid;
            var (target, weight) = sampled.Evaluate(x);
            double error = sampled.AlternatingError(x, target, weight, coefficients);
            return Math.Sign(error) == Math.Sign(errors[k]) && Math.Abs(error) > y1 ? new Extremum(x, error, target, weight) : onGrid;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
