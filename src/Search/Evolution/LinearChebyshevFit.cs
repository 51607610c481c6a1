using System;
using System.Collections.Generic;
using System.Linq;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// Best constants of a program affine in them, r(x) = b0(x) + Σ c_j·b_j(x), minimizing the largest weighted error
    /// max_i w_i·|r(x_i) - y_i| (w = 1/ulp, so the error is in float ULPs). Lawson's algorithm: iteratively reweighted least
    /// squares whose weights grow where the residual is large, converging to the Chebyshev (minimax) solution. Constants are
    /// then rounded to float one at a time, the most sensitive first, and the others refitted around each rounded one: the
    /// greedy cousin of fpminimax (Brisebarre and Chevillard), which rounds all at once by lattice reduction.
    /// </summary>
    internal sealed class LinearChebyshevFit
    {
        private const int Iterations = 40;
        private const int RefitIterations = 20;

        private readonly int _rows;
        private readonly int _columns;
        private readonly double[] _offset;
        private readonly double[] _basis;
        private readonly double[] _target;
        private readonly double[] _weight;

        public LinearChebyshevFit(EvolvedProgram program, SampleSet samples)
        {
            _rows = samples.Count;
            _columns = program.ConstantCount;
            _offset = new double[_rows];
            _basis = new double[_rows * _columns];
            _target = samples.Exact;
            _weight = samples.InverseUlp;
            Span<double> scratch = stackalloc double[program.Nodes.Count];
            var unit = new double[_columns];
            for (int i = 0; i < _rows; i++)
            {
                double x = samples.Inputs[i];
                _offset[i] = program.EvaluateDouble(x, unit, scratch);
                for (int j = 0; j < _columns; j++)
                {
                    unit[j] = 1;
                    _basis[i * _columns + j] = program.EvaluateDouble(x, unit, scratch) - _offset[i];
                    unit[j] = 0;
                }
            }
        }

        /// <summary>False when x alone already gives a non-finite value (a division by a constant-free zero, for example).</summary>
        public bool IsUsable => _offset.All(double.IsFinite) && _basis.All(double.IsFinite);

        /// <summary>Minimax constants in double, then rounded to float greedily.</summary>
        public float[] FitFloatConstants()
        {
            var offset = (double[])_offset.Clone();
            var free = Enumerable.Range(0, _columns).ToList();
            var result = new float[_columns];
            double[] values = Fit(offset, free, Iterations);
            while (free.Count > 0)
            {
                int pick = 0;
                double worst = -1;
                for (int f = 0; f < free.Count; f++)
                {
                    double sensitivity = FloatUlp(values[f]) * ColumnMax(free[f]);
                    if (sensitivity > worst)
                    {
                        worst = sensitivity;
                        pick = f;
                    }
                }
                int column = free[pick];
                float rounded = (float)values[pick];
                if (!float.IsFinite(rounded)) rounded = 0;
                result[column] = rounded;
                for (int i = 0; i < _rows; i++) offset[i] += _basis[i * _columns + column] * rounded;
                free.RemoveAt(pick);
                if (free.Count > 0) values = Fit(offset, free, RefitIterations);
            }
            return result;
        }

        /// <summary>Lawson iterations over the <paramref name="free"/> columns with <paramref name="offset"/> holding the fixed part.</summary>
        private double[] Fit(double[] offset, List<int> free, int iterations)
        {
            int n = free.Count;
            var u = Enumerable.Repeat(1.0 / _rows, _rows).ToArray();
            var a = new double[_rows * n];
            var b = new double[_rows];
            double[] best = new double[n];
            double bestError = double.PositiveInfinity;
            for (int iteration = 0; iteration < iterations; iteration++)
            {
                for (int i = 0; i < _rows; i++)
                {
                    double scale = Math.Sqrt(u[i]) * _weight[i];
                    for (int j = 0; j < n; j++) a[i * n + j] = scale * _basis[i * _columns + free[j]];
                    b[i] = scale * (_target[i] - offset[i]);
                }
                double[] c = LeastSquares.Solve(a, b, _rows, n);
                double max = 0, sum = 0;
                for (int i = 0; i < _rows; i++)
                {
                    double r = offset[i] - _target[i];
                    for (int j = 0; j < n; j++) r += _basis[i * _columns + free[j]] * c[j];
                    r = Math.Abs(r * _weight[i]);
                    if (!double.IsFinite(r)) return best;
                    max = Math.Max(max, r);
                    u[i] *= r;
                    sum += u[i];
                }
                if (max < bestError)
                {
                    bestError = max;
                    best = c;
                }
                if (!(sum > 0)) break;
                for (int i = 0; i < _rows; i++) u[i] = Math.Max(u[i] / sum, 1e-300);
            }
            return best;
        }

        private double ColumnMax(int column)
        {
            double max = 0;
            for (int i = 0; i < _rows; i++) max = Math.Max(max, Math.Abs(_basis[i * _columns + column]) * _weight[i]);
            return max;
        }

        private static double FloatUlp(double value)
        {
            if (value == 0 || !double.IsFinite(value)) return Math.ScaleB(1.0, -149);
            return Math.ScaleB(1.0, Math.Max(Math.ILogB(value), -126) - 23);
        }
    }
}
