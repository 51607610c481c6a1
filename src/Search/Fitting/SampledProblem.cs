using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Numerics;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// A <see cref="FitProblem"/> tabulated on a dense grid (Chebyshev-distributed, so both ends are well covered) as
    /// weighted residuals, plus the coefficients already fixed to machine numbers. The Remez exchange reads the grid;
    /// it refines extrema between grid points with <see cref="Evaluate"/>.
    /// </summary>
    internal sealed class SampledProblem
    {
        private readonly ResidualEvaluator _evaluator;

        private SampledProblem(FitProblem problem, ResidualEvaluator evaluator, double[] points, DoubleDouble[] targets, double[] weights, int[] freeIndices, DoubleDouble[] fixedValues)
        {
            Problem = problem;
            _evaluator = evaluator;
            Points = points;
            Targets = targets;
            Weights = weights;
            FreeIndices = freeIndices;
            FixedValues = fixedValues;
            _lowestFreeBasisPower = freeIndices.Length == 0 ? 0 : freeIndices.Min(BasisPower);
        }

        private readonly int _lowestFreeBasisPower;

        public FitProblem Problem { get; }

        public double[] Points { get; }

        /// <summary>T at each point, with the fixed coefficients' terms already subtracted.</summary>
        public DoubleDouble[] Targets { get; }

        public double[] Weights { get; }

        /// <summary>Indices into <see cref="FitProblem.FreePowers"/> of the coefficients still free.</summary>
        public int[] FreeIndices { get; }

        /// <summary>For every index of FreePowers: its fixed value, or NaN while free.</summary>
        public DoubleDouble[] FixedValues { get; }

        /// <summary>Exponent of coefficient <paramref name="index"/> in the residual form (p_j - p0).</summary>
        public int BasisPower(int index) => Problem.FreePowers[index] - Problem.FreePowers[0];

        public static SampledProblem Create(FitProblem problem, ResidualEvaluator evaluator, int gridSize)
        {
            problem.Validate();
            var points = new List<double>(gridSize);
            double middle = 0.5 * (problem.Min + problem.Max);
            double half = 0.5 * (problem.Max - problem.Min);
            for (int k = 0; k < gridSize; k++)
            {
                double x = k == 0 ? problem.Min : k == gridSize - 1 ? problem.Max : middle - half * Math.Cos(Math.PI * k / (gridSize - 1));
                if (evaluator.IsDefinedAt(x) && (points.Count == 0 || x > points[^1])) points.Add(x);
            }
            var targets = new DoubleDouble[points.Count];
            var weights = new double[points.Count];
            for (int k = 0; k < points.Count; k++)
            {
                (targets[k], weights[k]) = evaluator.Evaluate(points[k]);
            }
            var fixedValues = Enumerable.Repeat(new DoubleDouble(double.NaN, 0), problem.FreePowers.Count).ToArray();
            return new SampledProblem(problem, evaluator, points.ToArray(), targets, weights, Enumerable.Range(0, problem.FreePowers.Count).ToArray(), fixedValues);
        }

        /// <summary>The same problem with coefficient <paramref name="index"/> fixed to <paramref name="value"/>.</summary>
        public SampledProblem WithFixed(int index, double value)
        {
            if (!FreeIndices.Contains(index)) throw new InvalidOperationException("Coefficient " + index + " is already fixed.");
            int power = BasisPower(index);
            var targets = new DoubleDouble[Targets.Length];
            for (int k = 0; k < targets.Length; k++)
            {
                targets[k] = Targets[k] - PowerOf(Points[k], power) * value;
            }
            var fixedValues = (DoubleDouble[])FixedValues.Clone();
            fixedValues[index] = value;
            return new SampledProblem(Problem, _evaluator, Points, targets, Weights, FreeIndices.Where(i => i != index).ToArray(), fixedValues);
        }

        /// <summary>(T, W) at any point of the interval, fixed coefficients accounted as on the grid.</summary>
        public (DoubleDouble Target, double Weight) Evaluate(double x)
        {
            var (target, weight) = _evaluator.Evaluate(x);
            for (int i = 0; i < FixedValues.Length; i++)
            {
                if (!double.IsNaN(FixedValues[i].Hi)) target -= PowerOf(x, BasisPower(i)) * FixedValues[i];
            }
            return (target, weight);
        }

        public bool IsDefinedAt(double x) => _evaluator.IsDefinedAt(x);

        /// <summary>
        /// The sign of x^q for the lowest free basis power q. Every free basis function has that factor, so when q is odd
        /// (after the constant term is fixed, say) the space is not a Haar space on an interval around 0, and the
        /// equioscillation theorem holds for the error divided by sign(x)^q: the exchange alternates that quantity.
        /// </summary>
        public int AlternationSign(double x)
        {
            return _lowestFreeBasisPower % 2 == 1 && x < 0 ? -1 : 1;
        }

        /// <summary>Σ c_i·x^(basis power of i) over the free indices, in double-double.</summary>
        public DoubleDouble FreePart(double x, IReadOnlyList<DoubleDouble> freeCoefficients)
        {
            DoubleDouble sum = DoubleDouble.Zero;
            for (int i = 0; i < FreeIndices.Length; i++)
            {
                sum += PowerOf(x, BasisPower(FreeIndices[i])) * freeCoefficients[i];
            }
            return sum;
        }

        /// <summary>Weighted error W·(free part - T) at a point given its tabulated or evaluated (T, W).</summary>
        public double Error(double x, DoubleDouble target, double weight, IReadOnlyList<DoubleDouble> freeCoefficients) =>
            weight * (FreePart(x, freeCoefficients) - target).ToDouble();

        /// <summary><see cref="Error"/> times <see cref="AlternationSign"/>: the curve that equioscillates at the optimum.</summary>
        public double AlternatingError(double x, DoubleDouble target, double weight, IReadOnlyList<DoubleDouble> freeCoefficients) =>
            AlternationSign(x) * Error(x, target, weight, freeCoefficients);

        internal static DoubleDouble PowerOf(double x, int power)
        {
            DoubleDouble result = DoubleDouble.One;
            for (int i = 0; i < power; i++) result *= x;
            return result;
        }
    }
}
