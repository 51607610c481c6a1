using System;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations: CMA-ES samples through C = B·D²·Bᵀ.
    /// Jacobi is exact to rounding and simple for the dozen dimensions a program's constants have.
    /// </summary>
    internal static class SymmetricEigen
    {
        private const int MaxSweeps = 50;

        /// <summary>
        /// Writes the eigenvectors of <paramref name="matrix"/> into the columns of <paramref name="vectors"/> and the
        /// square roots of its eigenvalues into <paramref name="roots"/>; false (outputs unspecified) when the matrix is
        /// not finite and positive definite.
        /// </summary>
        public static bool Decompose(double[,] matrix, double[,] vectors, double[] roots)
        {
            int n = roots.Length;
            var a = new double[n, n];
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    // Rounding leaves the updated covariance slightly asymmetric; the rotations assume symmetry.
                    a[i, j] = 0.5 * (matrix[i, j] + matrix[j, i]);
                    if (!double.IsFinite(a[i, j])) return false;
                    vectors[i, j] = i == j ? 1 : 0;
                }
            }
            for (int sweep = 0; sweep < MaxSweeps; sweep++)
            {
                double off = 0, diagonal = 0;
                for (int i = 0; i < n; i++)
                {
                    diagonal += a[i, i] * a[i, i];
                    for (int j = i + 1; j < n; j++) off += a[i, j] * a[i, j];
                }
                if (off <= 1e-30 * diagonal) break;
                for (int p = 0; p < n; p++)
                {
                    for (int q = p + 1; q < n; q++)
                    {
                        if (a[p, q] == 0) continue;
                        double theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                        double t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                        double cos = 1 / Math.Sqrt(t * t + 1), sin = t * cos;
                        for (int k = 0; k < n; k++)
                        {
                            double akp = a[k, p], akq = a[k, q];
                            a[k, p] = cos * akp - sin * akq;
                            a[k, q] = sin * akp + cos * akq;
                        }
                        for (int k = 0; k < n; k++)
                        {
                            double apk = a[p, k], aqk = a[q, k];
                            a[p, k] = cos * apk - sin * aqk;
                            a[q, k] = sin * apk + cos * aqk;
                        }
                        for (int k = 0; k < n; k++)
                        {
                            double vkp = vectors[k, p], vkq = vectors[k, q];
                            vectors[k, p] = cos * vkp - sin * vkq;
                            vectors[k, q] = sin * vkp + cos * vkq;
                        }
                    }
                }
            }
            for (int i = 0; i < n; i++)
            {
                if (!(a[i, i] > 0) || !double.IsFinite(a[i, i])) return false;
                roots[i] = Math.Sqrt(a[i, i]);
            }
            return true;
        }
    }
}
