using System;
namespace NumericKernels.Generators.Numerics
{
    /// <summary>
    /// Dense linear solve in double-double by Gaussian elimination with partial pivoting: nk-search's Remez exchange and
    /// the generator's Gauss-Kronrod weights and Stieltjes coefficients.
    /// </summary>
    internal static class LinearSystem
    {
        /// <summary>Solves A·x = b in place; returns null when A is singular to working precision.</summary>
        public static DoubleDouble[]? Solve(DoubleDouble[,] a, DoubleDouble[] b)
        {
            int n = b.Length;
            for (int column = 0; column < n; column++)
            {
                int pivot = column;
                for (int row = column + 1; row < n; row++)
                {
                    if (Math.Abs(a[row, column].Hi) > Math.Abs(a[pivot, column].Hi)) pivot = row;
                }
                if (a[pivot, column].Hi == 0) return null;
                if (pivot != column)
                {
                    for (int k = 0; k < n; k++) (a[pivot, k], a[column, k]) = (a[column, k], a[pivot, k]);
                    (b[pivot], b[column]) = (b[column], b[pivot]);
                }
                for (int row = column + 1; row < n; row++)
                {
                    DoubleDouble factor = a[row, column] / a[column, column];
                    if (factor.Hi == 0) continue;
                    for (int k = column; k < n; k++) a[row, k] -= factor * a[column, k];
                    b[row] -= factor * b[column];
                }
            }
            var x = new DoubleDouble[n];
            for (int row = n - 1; row >= 0; row--)
            {
                DoubleDouble sum = b[row];
                for (int k = row + 1; k < n; k++) sum -= a[row, k] * x[k];
                x[row] = sum / a[row, row];
                if (double.IsNaN(x[row].Hi) || double.IsInfinity(x[row].Hi)) return null;
            }
            return x;
        }
    }
}
