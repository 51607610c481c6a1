using System;
using NumericKernels.Generators.Numerics;

namespace NumericKernels.Generators.Quadrature
{
    /// <summary>
    /// Clenshaw-Curtis rules on [-1, 1]: the n + 1 Chebyshev extreme points cos(k pi / n) and the weights of the
    /// polynomial interpolant through them (exact for degree n), in double-double from the explicit cosine sum (as in
    /// Trefethen's clencurt), with every cosine read from one table of cos(m pi / n).
    /// </summary>
    internal static class ClenshawCurtis
    {
        /// <summary>The largest point count (n = 1024 intervals).</summary>
        public const int MaxPoints = 1025;

        /// <summary>The rule of <paramref name="points"/> = n + 1 nodes, ascending, with their weights.</summary>
        public static (DoubleDouble[] Nodes, DoubleDouble[] Weights) Compute(int points)
        {
            if (points < 2 || points > MaxPoints)
            {
                throw new ArgumentOutOfRangeException(nameof(points), points, "Clenshaw-Curtis rules have 2 to " + MaxPoints + " points.");
            }
            int n = points - 1;
            // cos(m pi / n) for m = 0 .. 2n - 1: every cosine below is one of them (2 j k pi / n reduced mod 2 pi). Only
            // the first quarter is computed; the rest follow by exact symmetry, so the rule is exactly symmetric.
            var quarter = new DoubleDouble[n / 2 + 1];
            for (int m = 0; 2 * m <= n; m++)
            {
                quarter[m] = m == 0 ? 1 : 2 * m == n ? 0 : DoubleDoubleMath.Cos(DoubleDoubleMath.Pi * m / n);
            }
            var table = new DoubleDouble[2 * n];
            for (int m = 0; m < 2 * n; m++)
            {
                int r = m <= n ? m : 2 * n - m; // cos(2 pi - t) = cos t
                table[m] = 2 * r <= n ? quarter[r] : -quarter[n - r]; // cos(pi - t) = -cos t
            }
            var nodes = new DoubleDouble[points];
            var weights = new DoubleDouble[points];
            // The cosine sum runs to j = n/2 - 1 for even n (the j = n/2 term is taken apart below), to (n - 1)/2 for odd n.
            int last = n % 2 == 0 ? n / 2 - 1 : n / 2;
            DoubleDouble end = n % 2 == 0 ? (DoubleDouble)1 / ((double)n * n - 1) : (DoubleDouble)1 / ((double)n * n);
            for (int k = 0; k <= n; k++)
            {
                // Ascending: node k of the rule is cos((n - k) pi / n).
                nodes[k] = table[n - k];
                if (k == 0 || k == n)
                {
                    weights[k] = end;
                    continue;
                }
                DoubleDouble v = 1;
                for (int j = 1; j <= last; j++)
                {
                    DoubleDouble c = table[(int)((2L * j * k) % (2L * n))];
                    v -= c * 2 / ((4.0 * j * j) - 1);
                }
                if (n % 2 == 0)
                {
                    v -= table[(int)((long)n * k % (2L * n))] / ((double)n * n - 1);
                }
                weights[n - k] = v * 2 / n;
            }
            return (nodes, weights);
        }
    }
}
