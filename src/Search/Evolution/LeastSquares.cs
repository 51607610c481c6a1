using System;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// Dense linear least squares by Householder QR, which keeps the condition number of monomial-like bases (about 1e5 for
    /// degree 7 on [0, 1]) instead of squaring it as normal equations would. Columns are scaled to unit norm and a tiny
    /// ridge is appended, so dependent columns (K0 + K1 both free) give a finite, small solution instead of a breakdown.
    /// </summary>
    internal static class LeastSquares
    {
        private const double Ridge = 1e-11;

        /// <summary>Minimizes ||A·c - b||₂ for the m×n matrix <paramref name="a"/> (row-major).</summary>
        public static double[] Solve(double[] a, double[] b, int rows, int columns)
        {
            int m = rows + columns;
            var q = new double[m * columns];
            var rhs = new double[m];
            var scale = new double[columns];
            for (int j = 0; j < columns; j++)
            {
                double norm = 0;
                for (int i = 0; i < rows; i++) norm += a[i * columns + j] * a[i * columns + j];
                scale[j] = norm > 0 ? 1 / Math.Sqrt(norm) : 1;
            }
            for (int i = 0; i < rows; i++)
            {
                for (int j = 0; j < columns; j++) q[i * columns + j] = a[i * columns + j] * scale[j];
                rhs[i] = b[i];
            }
            for (int j = 0; j < columns; j++) q[(rows + j) * columns + j] = Ridge;

            for (int k = 0; k < columns; k++)
            {
                double norm = 0;
                for (int i = k; i < m; i++) norm += q[i * columns + k] * q[i * columns + k];
                norm = Math.Sqrt(norm);
                if (norm == 0) continue;
                double alpha = q[k * columns + k] > 0 ? -norm : norm;
                // v = column k below the diagonal minus alpha·e_k; H = I - 2vvᵀ/vᵀv.
                q[k * columns + k] -= alpha;
                double vv = 0;
                for (int i = k; i < m; i++) vv += q[i * columns + k] * q[i * columns + k];
                for (int j = k + 1; j < columns; j++)
                {
                    double dot = 0;
                    for (int i = k; i < m; i++) dot += q[i * columns + k] * q[i * columns + j];
                    double f = 2 * dot / vv;
                    for (int i = k; i < m; i++) q[i * columns + j] -= f * q[i * columns + k];
                }
                double dotB = 0;
                for (int i = k; i < m; i++) dotB += q[i * columns + k] * rhs[i];
                double fb = 2 * dotB / vv;
                for (int i = k; i < m; i++) rhs[i] -= fb * q[i * columns + k];
                q[k * columns + k] = alpha;
            }

            var x = new double[columns];
            for (int k = columns - 1; k >= 0; k--)
            {
                double sum = rhs[k];
                for (int j = k + 1; j < columns; j++) sum -= q[k * columns + j] * x[j];
                double diagonal = q[k * columns + k];
                x[k] = diagonal == 0 ? 0 : sum / diagonal;
            }
            for (int j = 0; j < columns; j++) x[j] *= scale[j];
            return x;
        }
    }
}
