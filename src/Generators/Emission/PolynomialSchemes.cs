using System.Collections.Generic;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Polynomial evaluation for catalog programs, written against <see cref="KernelOps"/>. Only Horner for now: Estrin
    /// shortened log's chain but its larger intermediate terms pushed log2.f32 to 1.27 ULP (exhaustive).
    /// </summary>
    internal static class PolynomialSchemes
    {
        /// <summary>Horner's rule: one fused multiply-add per coefficient, highest first; fewest operations, longest chain.</summary>
        public static string Horner(KernelOps o, IReadOnlyList<string> coefficients, string x)
        {
            string p = o.Const(coefficients[coefficients.Count - 1]);
            for (int i = coefficients.Count - 2; i >= 0; i--)
            {
                p = o.MulAdd(p, x, o.Const(coefficients[i]));
            }
            return p;
        }
    }
}
