using System;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Numerics;

namespace NumericKernels.Generators.Quadrature
{
    /// <summary>
    /// Bayesian quadrature on [0, 1] for N evenly spaced samples x_i = i/(N - 1) under a Gaussian-process prior with a
    /// Matérn kernel of half-integer smoothness nu = p + 1/2 and length scale l (relative to the interval):
    /// k(r) = P(a r) e^(-a r) with a = sqrt(2 nu)/l and P of degree p. The posterior mean of the integral is w · y with
    /// w = K^-1 z, K_ij = k(|x_i - x_j|) and z_i = the integral of k(|x - x_i|) over [0, 1] (the kernel mean, in closed
    /// form); its posterior variance is V = the double integral of k minus z · w. Everything in double-double: K is badly
    /// conditioned (its condition number grows like N^(2 nu + 1)), so the solve needs the extra precision.
    /// </summary>
    internal static class BayesianQuadrature
    {
        /// <summary>The most samples a Bayesian rule takes.</summary>
        public const int MaxPoints = 256;

        /// <summary>The length scale when LengthScale is not set: half the interval.</summary>
        public const double DefaultLengthScale = 0.5;

        /// <summary>The shortest length scale accepted (relative to the interval): shorter, the samples are independent to
        /// within double precision and the kernel polynomial of a long distance overflows.</summary>
        public const double MinLengthScale = 1e-6;

        /// <summary>The largest length scale accepted for any kernel (relative to the interval).</summary>
        public const double MaxLengthScale = 100;

        private static readonly int[] s_limitPoints = { 8, 16, 32, 64, 128, 192, 256 };

        // Per kernel (Matérn 1/2 .. 7/2) and sample count (up to s_limitPoints[i]): the largest length scale on the grid
        // 0.01, 0.02, 0.05, ..., 100 whose weights' asymmetry stays below 2^-62 (so they round correctly: the error is
        // within about 50 times the asymmetry). The kernel matrix's condition number grows with both; beyond these,
        // double-double no longer gives correctly rounded weights. Measured by BayesianQuadratureTests, which checks
        // every entry.
        private static readonly double[][] s_limits =
        {
            new double[] { 100, 100, 100, 100, 100, 100, 100 },
            new double[] { 100, 100, 100, 50, 20, 20, 10 },
            new double[] { 50, 20, 5, 2, 1, 0.5, 0.5 },
            new double[] { 10, 2, 2, 0.5, 0.2, 0.2, 0.1 },
        };

        /// <summary>The grid the limits were measured on: (kernel, points, largest length scale).</summary>
        public static System.Collections.Generic.IEnumerable<(BayesKernelId Kernel, int Points, double LengthScale)> Limits()
        {
            for (int kernel = 0; kernel < s_limits.Length; kernel++)
            {
                for (int i = 0; i < s_limitPoints.Length; i++)
                {
                    yield return ((BayesKernelId)kernel, s_limitPoints[i], s_limits[kernel][i]);
                }
            }
        }

        /// <summary>
        /// The largest length scale for which the weights of <paramref name="points"/> samples come out correctly rounded:
        /// the limit measured for the next sample count on the grid at or above it.
        /// </summary>
        public static double LargestLengthScale(BayesKernelId kernel, int points)
        {
            int i = 0;
            while (i < s_limitPoints.Length - 1 && s_limitPoints[i] < points)
            {
                i++;
            }
            return s_limits[(int)kernel][i];
        }

        /// <summary>Asymmetry (relative) below which the weights are taken as correctly rounded.</summary>
        public static readonly double AsymmetryLimit = Math.Pow(2, -62);

        /// <summary>
        /// The weights for N samples on [0, 1] (multiply by the interval length for another interval), and the posterior
        /// variance of the integral on [0, 1] for a kernel of unit amplitude with an upper bound of its rounding error (the
        /// variance is a small difference of order-1 terms).
        /// </summary>
        public static (DoubleDouble[] Weights, DoubleDouble Variance, double VarianceError, double Asymmetry) Compute(int points, BayesKernelId kernel, double lengthScale)
        {
            if (points < 2 || points > MaxPoints)
            {
                throw new ArgumentOutOfRangeException(nameof(points), points, "Bayesian quadrature takes 2 to " + MaxPoints + " samples.");
            }
            DoubleDouble[] c = Coefficients(kernel);
            DoubleDouble a = Sqrt(2 * (int)kernel + 1) / lengthScale; // sqrt(2 nu) with 2 nu = 1, 3, 5, 7
            DoubleDouble spacing = (DoubleDouble)1 / (points - 1);

            // k at each grid distance d h, d = 0 .. N - 1 (the matrix is Toeplitz).
            var k = new DoubleDouble[points];
            for (int d = 0; d < points; d++)
            {
                DoubleDouble u = a * (spacing * d);
                k[d] = Polynomial(c, u) * DoubleDoubleMath.Exp(-u);
            }
            var matrix = new DoubleDouble[points, points];
            for (int i = 0; i < points; i++)
            {
                for (int j = 0; j < points; j++)
                {
                    matrix[i, j] = k[Math.Abs(i - j)];
                }
            }
            // Kernel means: (G(a x_i) + G(a (1 - x_i))) / a, G(D) the integral of P(u) e^-u from 0 to D.
            var z = new DoubleDouble[points];
            for (int i = 0; i < points; i++)
            {
                z[i] = (Integral(c, a * (spacing * i), 0) + Integral(c, a * (spacing * (points - 1 - i)), 0)) / a;
            }
            DoubleDouble[] rhs = (DoubleDouble[])z.Clone();
            DoubleDouble[] solved = LinearSystem.Solve(matrix, rhs)
                ?? throw new InvalidOperationException("The kernel matrix is singular in double-double arithmetic.");
            // The exact weights are symmetric (K and z are); the solve's pivoting is not, so the pairs differ by about its
            // error: that difference, relative to the weight, measures how far the condition number ate into double-double.
            // The pair's mean is kept.
            var weights = new DoubleDouble[points];
            double asymmetry = 0;
            for (int i = 0; i < points; i++)
            {
                DoubleDouble mirror = solved[points - 1 - i];
                weights[i] = (solved[i] + mirror) * 0.5;
                asymmetry = Math.Max(asymmetry, Math.Abs((solved[i] - mirror).Hi) / Math.Abs(weights[i].Hi));
            }

            // Double integral of k over the unit square: 2 (G(a)/a - H(a)/a^2), H(A) the integral of u P(u) e^-u.
            DoubleDouble square = 2 * (Integral(c, a, 0) / a - Integral(c, a, 1) / (a * a));
            // z . K^-1 z as z . w plus w . (z - K w): the residual's correction makes the solve's error second order, so what
            // remains is the rounding of these sums (a few 2^-104 relative per term, times their magnitudes).
            DoubleDouble explained = 0;
            double magnitude = Math.Abs(square.Hi);
            for (int i = 0; i < points; i++)
            {
                DoubleDouble residual = z[i];
                double row = 0;
                for (int j = 0; j < points; j++)
                {
                    DoubleDouble product = k[Math.Abs(i - j)] * weights[j];
                    residual -= product;
                    row += Math.Abs(product.Hi);
                }
                DoubleDouble term = z[i] * weights[i] + weights[i] * residual;
                explained += term;
                magnitude += Math.Abs((z[i] * weights[i]).Hi) + Math.Abs(weights[i].Hi) * row;
            }
            DoubleDouble variance = square - explained;
            double error = (points + 1) * 64 * Math.Pow(2, -104) * magnitude;
            return (weights, variance, error, asymmetry);
        }

        /// <summary>P's coefficients c_0 .. c_p for each kernel.</summary>
        private static DoubleDouble[] Coefficients(BayesKernelId kernel) => kernel switch
        {
            BayesKernelId.Matern12 => new DoubleDouble[] { 1 },
            BayesKernelId.Matern32 => new DoubleDouble[] { 1, 1 },
            BayesKernelId.Matern52 => new DoubleDouble[] { 1, 1, (DoubleDouble)1 / 3 },
            BayesKernelId.Matern72 => new DoubleDouble[] { 1, 1, (DoubleDouble)2 / 5, (DoubleDouble)1 / 15 },
            _ => throw new ArgumentOutOfRangeException(nameof(kernel), kernel, "not a Matérn kernel"),
        };

        private static DoubleDouble Polynomial(DoubleDouble[] c, DoubleDouble u)
        {
            DoubleDouble p = c[c.Length - 1];
            for (int i = c.Length - 2; i >= 0; i--)
            {
                p = p * u + c[i];
            }
            return p;
        }

        /// <summary>The integral from 0 to D of u^shift P(u) e^-u du, as the sum of c_k times the incomplete gamma integrals.</summary>
        private static DoubleDouble Integral(DoubleDouble[] c, DoubleDouble d, int shift)
        {
            DoubleDouble sum = 0;
            for (int i = 0; i < c.Length; i++)
            {
                sum += c[i] * LowerGamma(i + shift, d);
            }
            return sum;
        }

        /// <summary>
        /// The integral from 0 to D of u^n e^-u du = n! e^-D (sum over j > n of D^j / j!): that series (positive terms, no
        /// cancellation) for D below 2, else n! (1 - e^-D (sum over j &lt;= n of D^j / j!)).
        /// </summary>
        internal static DoubleDouble LowerGamma(int n, DoubleDouble d)
        {
            DoubleDouble factorial = 1;
            for (int i = 2; i <= n; i++)
            {
                factorial *= i;
            }
            DoubleDouble e = DoubleDoubleMath.Exp(-d);
            if (d.Hi < 2)
            {
                // term_j = D^j / j! starting at j = n + 1.
                DoubleDouble term = 1;
                for (int j = 1; j <= n + 1; j++)
                {
                    term = term * d / j;
                }
                DoubleDouble series = 0;
                for (int j = n + 1; j < n + 200 && term.Hi != 0 && Math.Abs(term.Hi) > Math.Abs(series.Hi) * 1e-34; j++)
                {
                    series += term;
                    term = term * d / (j + 1);
                }
                return factorial * e * series;
            }
            DoubleDouble partial = 0, power = 1;
            for (int j = 0; j <= n; j++)
            {
                partial += power;
                power = power * d / (j + 1);
            }
            return factorial * (1 - e * partial);
        }

        /// <summary>sqrt(n) in double-double: the double square root and one Newton correction.</summary>
        private static DoubleDouble Sqrt(int n)
        {
            double s = Math.Sqrt(n);
            DoubleDouble root = s;
            return root + ((DoubleDouble)n - root * root) / (2 * root);
        }
    }
}
