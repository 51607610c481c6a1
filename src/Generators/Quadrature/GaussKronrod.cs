using System;
using NumericKernels.Generators.Numerics;

namespace NumericKernels.Generators.Quadrature
{
    /// <summary>
    /// Gauss-Kronrod pairs on [-1, 1] in double-double arithmetic: the n-point Gauss-Legendre rule extended by the n + 1
    /// zeros of the Stieltjes polynomial E_(n+1) to a (2n + 1)-point rule exact for polynomials of degree 3n + 1, for the
    /// QUADPACK sizes 15, 21, 31, 41, 51 and 61.
    /// </summary>
    /// <remarks>
    /// E_(n+1) is P_(n+1) plus Legendre polynomials of the same parity, with the coefficients that make it orthogonal to
    /// every polynomial of degree n or less against the weight P_n (a small linear system whose entries, integrals of
    /// three Legendre polynomials, come from a double-double Gauss-Legendre rule that is exact for them). Its zeros
    /// interlace the Gauss nodes; each is bracketed by bisection between two Gauss nodes and polished by double-double
    /// Newton. The weights are those of the interpolatory rule on the 2n + 1 nodes: the solution of
    /// sum_i w_i P_k(x_i) = 2 delta_k0 for k = 0..2n, by Gaussian elimination with partial pivoting in double-double.
    /// Exactness to degree 3n + 1, which the system does not impose, is the test of the nodes.
    /// </remarks>
    internal static class GaussKronrod
    {
        /// <summary>The Kronrod point counts of the pairs (QUADPACK's qk15 to qk61).</summary>
        public static readonly int[] Sizes = { 15, 21, 31, 41, 51, 61 };

        /// <summary>
        /// The pair with <paramref name="kronrodPoints"/> nodes, ascending: the Kronrod weights, and the Gauss weights at the
        /// Gauss nodes (the odd positions 1, 3, ..., 2n - 1) with 0 at the others.
        /// </summary>
        public static (DoubleDouble[] Nodes, DoubleDouble[] KronrodWeights, DoubleDouble[] GaussWeights) Compute(int kronrodPoints)
        {
            if (Array.IndexOf(Sizes, kronrodPoints) < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(kronrodPoints), kronrodPoints, "Gauss-Kronrod pairs have 15, 21, 31, 41, 51 or 61 points.");
            }
            int n = (kronrodPoints - 1) / 2;
            (DoubleDouble[] gaussNodes, DoubleDouble[] gaussWeights) = GaussLegendre.Compute(n);
            DoubleDouble[] stieltjes = StieltjesCoefficients(n);

            var nodes = new DoubleDouble[kronrodPoints];
            var gauss = new DoubleDouble[kronrodPoints];
            for (int i = 0; i < n; i++)
            {
                nodes[2 * i + 1] = gaussNodes[i];
                gauss[2 * i + 1] = gaussWeights[i];
            }
            // The zeros of E_(n+1) in the lower half, between consecutive Gauss nodes (and below the first), mirrored.
            for (int i = 0; 2 * i < kronrodPoints / 2; i++)
            {
                DoubleDouble lower = i == 0 ? (DoubleDouble)(-1) : gaussNodes[i - 1];
                DoubleDouble upper = gaussNodes[i];
                DoubleDouble zero = Zero(stieltjes, n + 1, lower, upper);
                nodes[2 * i] = zero;
                nodes[kronrodPoints - 1 - 2 * i] = -zero;
            }
            if (n % 2 == 0)
            {
                nodes[n] = 0; // E_(n+1) is odd
            }
            return (nodes, Weights(nodes), gauss);
        }

        /// <summary>
        /// c_j for E_(n+1) = sum_j c_j P_j over j = n + 1, n - 1, n - 3, ... (c_(n+1) = 1): orthogonal to P_n P_k for every
        /// k up to n (only odd k give a condition; the others vanish by parity).
        /// </summary>
        private static DoubleDouble[] StieltjesCoefficients(int n)
        {
            int unknowns = (n + 1) / 2; // j = n - 1, n - 3, ..., down to 0 or 1
            var c = new DoubleDouble[n + 2];
            c[n + 1] = 1;
            if (unknowns == 0)
            {
                return c;
            }
            // Triple products of degree up to 3n + 1, integrated exactly by a Gauss-Legendre rule of m nodes (2m - 1 >= 3n + 1).
            int m = (3 * n + 3) / 2 + 1;
            (DoubleDouble[] x, DoubleDouble[] w) = GaussLegendre.Compute(m);
            var legendre = new DoubleDouble[m][];
            for (int q = 0; q < m; q++)
            {
                legendre[q] = Legendre(x[q], n + 1, out _);
            }
            var matrix = new DoubleDouble[unknowns, unknowns];
            var right = new DoubleDouble[unknowns];
            for (int row = 0; row < unknowns; row++)
            {
                int k = 2 * row + 1;
                for (int column = 0; column <= unknowns; column++)
                {
                    int j = column == unknowns ? n + 1 : n - 1 - 2 * column;
                    DoubleDouble sum = 0;
                    for (int q = 0; q < m; q++)
                    {
                        sum += w[q] * legendre[q][n] * legendre[q][k] * legendre[q][j];
                    }
                    if (column == unknowns)
                    {
                        right[row] = -sum;
                    }
                    else
                    {
                        matrix[row, column] = sum;
                    }
                }
            }
            DoubleDouble[] solution = Solve(matrix, right);
            for (int column = 0; column < unknowns; column++)
            {
                c[n - 1 - 2 * column] = solution[column];
            }
            return c;
        }

        /// <summary>P_0..P_degree at x, and their derivatives in <paramref name="derivatives"/>.</summary>
        private static DoubleDouble[] Legendre(DoubleDouble x, int degree, out DoubleDouble[] derivatives)
        {
            var p = new DoubleDouble[degree + 1];
            derivatives = new DoubleDouble[degree + 1];
            p[0] = 1;
            derivatives[0] = 0;
            if (degree >= 1)
            {
                p[1] = x;
                derivatives[1] = 1;
            }
            for (int j = 1; j < degree; j++)
            {
                // (j + 1) P_(j+1) = (2j + 1) x P_j - j P_(j-1);  P'_(j+1) = P'_(j-1) + (2j + 1) P_j.
                p[j + 1] = ((DoubleDouble)(2 * j + 1) * x * p[j] - (DoubleDouble)j * p[j - 1]) / (j + 1);
                derivatives[j + 1] = derivatives[j - 1] + (DoubleDouble)(2 * j + 1) * p[j];
            }
            return p;
        }

        private static DoubleDouble Evaluate(DoubleDouble[] c, int degree, DoubleDouble x, out DoubleDouble derivative)
        {
            DoubleDouble[] p = Legendre(x, degree, out DoubleDouble[] dp);
            DoubleDouble value = 0;
            derivative = 0;
            for (int j = 0; j <= degree; j++)
            {
                if (c[j].Hi != 0)
                {
                    value += c[j] * p[j];
                    derivative += c[j] * dp[j];
                }
            }
            return value;
        }

        /// <summary>The one zero of E in (lower, upper): bisection on its sign to 2^-40, then double-double Newton.</summary>
        private static DoubleDouble Zero(DoubleDouble[] c, int degree, DoubleDouble lower, DoubleDouble upper)
        {
            int lowerSign = Math.Sign(Evaluate(c, degree, lower, out _).Hi);
            for (int iteration = 0; iteration < 200 && (upper - lower).Hi > 1e-12; iteration++)
            {
                DoubleDouble middle = (lower + upper) * 0.5;
                int sign = Math.Sign(Evaluate(c, degree, middle, out _).Hi);
                if (sign == 0)
                {
                    return middle;
                }
                if (sign == lowerSign)
                {
                    lower = middle;
                }
                else
                {
                    upper = middle;
                }
            }
            DoubleDouble x = (lower + upper) * 0.5;
            for (int iteration = 0; iteration < 20; iteration++)
            {
                DoubleDouble value = Evaluate(c, degree, x, out DoubleDouble derivative);
                DoubleDouble step = value / derivative;
                x -= step;
                if (Math.Abs(step.Hi) <= Math.Abs(x.Hi) * 7.9e-31) // 2^-100
                {
                    break;
                }
            }
            return x;
        }

        /// <summary>The interpolatory weights on the nodes: sum_i w_i P_k(x_i) = 2 delta_k0, k = 0..count - 1.</summary>
        private static DoubleDouble[] Weights(DoubleDouble[] nodes)
        {
            int count = nodes.Length;
            var matrix = new DoubleDouble[count, count];
            var right = new DoubleDouble[count];
            for (int i = 0; i < count; i++)
            {
                DoubleDouble[] p = Legendre(nodes[i], count - 1, out _);
                for (int k = 0; k < count; k++)
                {
                    matrix[k, i] = p[k];
                }
            }
            right[0] = 2;
            return Solve(matrix, right);
        }

        private static DoubleDouble[] Solve(DoubleDouble[,] matrix, DoubleDouble[] right)
            => LinearSystem.Solve(matrix, right) ?? throw new InvalidOperationException("A Gauss-Kronrod system is singular to double-double precision.");
    }
}
