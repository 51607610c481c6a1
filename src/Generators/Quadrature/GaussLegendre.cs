using System;
using NumericKernels.Generators.Numerics;

namespace NumericKernels.Generators.Quadrature
{
    /// <summary>
    /// Gauss-Legendre nodes and weights on [-1, 1] in double-double arithmetic, for every point count from 1 to
    /// <see cref="MaxPoints"/>: Newton's method on the three-term recurrence, started from Tricomi's asymptotic
    /// approximation, in double until the correction is at rounding level, then in double-double until it is below
    /// 2^-100 of the node (two steps as a rule). Deterministic on every host (only IEEE additions, multiplications and
    /// divisions; the starting cosines come from a series of our own).
    /// </summary>
    internal static class GaussLegendre
    {
        public const int MaxPoints = 1024;

        /// <summary>The rule of <paramref name="points"/> nodes, ascending, with their weights.</summary>
        public static (DoubleDouble[] Nodes, DoubleDouble[] Weights) Compute(int points)
        {
            if (points < 1 || points > MaxPoints)
            {
                throw new ArgumentOutOfRangeException(nameof(points), points, "Gauss-Legendre rules have 1 to " + MaxPoints + " points.");
            }
            var nodes = new DoubleDouble[points];
            var weights = new DoubleDouble[points];
            // The recurrence (j + 1) P_{j+1} = (2j + 1) x P_j - j P_{j-1}, with its two ratios precomputed.
            var a = new DoubleDouble[points];
            var b = new DoubleDouble[points];
            for (int j = 1; j < points; j++)
            {
                a[j] = (DoubleDouble)(2 * j + 1) / (j + 1);
                b[j] = (DoubleDouble)j / (j + 1);
            }
            int half = points / 2;
            for (int k = 1; k <= half; k++)
            {
                // The k-th largest root: cos(theta) with theta = pi (4k - 1) / (4n + 2), corrected by Tricomi's term.
                double theta = Math.PI * (4 * k - 1) / (4 * points + 2);
                double n = points;
                double start = Cosine(theta) * (1 - (n - 1) / (8 * n * n * n));
                // Newton in double first (cheap), then in double-double: from a double-accurate start two steps reach
                // the double-double's resolution (the loop allows more should a start be poorer).
                for (int iteration = 0; iteration < 20; iteration++)
                {
                    double step = DoubleStep(points, start);
                    start -= step;
                    if (Math.Abs(step) <= Math.Abs(start) * 1e-15)
                    {
                        break;
                    }
                }
                DoubleDouble x = start;
                DoubleDouble derivative = default;
                for (int iteration = 0; iteration < 20; iteration++)
                {
                    DoubleDouble at = x;
                    derivative = Derivative(points, at, a, b, out DoubleDouble value);
                    DoubleDouble step = value / derivative;
                    x -= step;
                    if (Math.Abs(step.Hi) <= Math.Abs(x.Hi) * 7.9e-31) // 2^-100
                    {
                        // P_n' at the new x from the one at the last point, by the Legendre equation
                        // (1 - x^2) P'' = 2 x P' - n (n + 1) P: the step is below 2^-100, so the first-order term suffices.
                        DoubleDouble second = ((DoubleDouble)2 * at * derivative - (DoubleDouble)n * (n + 1) * value) / ((1 - at) * (1 + at));
                        derivative -= second * step;
                        break;
                    }
                }
                // w = 2 / ((1 - x^2) P_n'(x)^2), with 1 - x^2 as (1 - x)(1 + x) to keep it exact near the ends.
                DoubleDouble oneMinusSquare = (1 - x) * (1 + x);
                DoubleDouble weight = (DoubleDouble)2 / (oneMinusSquare * derivative * derivative);
                nodes[points - k] = x;
                nodes[k - 1] = -x;
                weights[points - k] = weight;
                weights[k - 1] = weight;
            }
            if (points % 2 == 1)
            {
                DoubleDouble derivative = Derivative(points, 0, a, b, out _);
                nodes[half] = 0;
                weights[half] = (DoubleDouble)2 / (derivative * derivative);
            }
            return (nodes, weights);
        }

        /// <summary>The Newton step P_n(x) / P_n'(x) in double arithmetic.</summary>
        private static double DoubleStep(int n, double x)
        {
            double previous = 1, current = x;
            for (int j = 1; j < n; j++)
            {
                double next = ((2 * j + 1) * x * current - j * previous) / (j + 1);
                previous = current;
                current = next;
            }
            if (n == 1)
            {
                return x;
            }
            double derivative = n * (x * current - previous) / ((x - 1) * (x + 1));
            return current / derivative;
        }

        /// <summary>P_n'(x), and P_n(x) in <paramref name="value"/>.</summary>
        private static DoubleDouble Derivative(int n, DoubleDouble x, DoubleDouble[] a, DoubleDouble[] b, out DoubleDouble value)
        {
            DoubleDouble previous = 1;
            DoubleDouble current = x;
            for (int j = 1; j < n; j++)
            {
                DoubleDouble next = a[j] * x * current - b[j] * previous;
                previous = current;
                current = next;
            }
            value = current;
            if (n == 1)
            {
                return 1;
            }
            // P_n' = n (x P_n - P_{n-1}) / (x^2 - 1).
            return (DoubleDouble)n * (x * current - previous) / ((x - 1) * (x + 1));
        }

        /// <summary>cos(theta) for theta in (0, pi), to about 1e-16, from Taylor series in IEEE arithmetic (a start for Newton only).</summary>
        internal static double Cosine(double theta)
        {
            const double Pi = 3.141592653589793;
            if (theta > Pi / 2)
            {
                return -Cosine(Pi - theta);
            }
            if (theta > Pi / 4)
            {
                return SineSeries(Pi / 2 - theta);
            }
            return CosineSeries(theta);
        }

        private static double CosineSeries(double t)
        {
            double t2 = t * t, term = 1, sum = 1;
            for (int k = 1; k <= 12; k++)
            {
                term *= -t2 / ((2 * k - 1) * (2 * k));
                sum += term;
            }
            return sum;
        }

        private static double SineSeries(double t)
        {
            double t2 = t * t, term = t, sum = t;
            for (int k = 1; k <= 12; k++)
            {
                term *= -t2 / ((2 * k) * (2 * k + 1));
                sum += term;
            }
            return sum;
        }
    }
}
