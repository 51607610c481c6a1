using System;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Planning
{
    /// <summary>
    /// Resolves <see cref="PolynomialSchemeId.Auto"/> by dependency-chain latency, counted in fused multiply-adds.
    /// Horner is a chain of n FMAs for degree n. Estrin needs ceil(log2(n + 1)) levels of FMAs, plus one for the power
    /// chain (x^2 must exist before the second level and its multiply competes with the first level for the same
    /// ports). Ties go to Horner: fewer operations and bit-identical to the scalar Horner reference.
    /// </summary>
    internal static class PolynomialSchemeChooser
    {
        public static PolynomialSchemeId Choose(PolynomialSchemeId requested, int degree)
        {
            if (requested == PolynomialSchemeId.Horner || requested == PolynomialSchemeId.Estrin)
            {
                return requested;
            }
            return EstrinLatency(degree) < HornerLatency(degree) ? PolynomialSchemeId.Estrin : PolynomialSchemeId.Horner;
        }

        public static int HornerLatency(int degree) => degree;

        public static int EstrinLatency(int degree) => degree == 0 ? 0 : EstrinLevels(degree) + 1;

        /// <summary>Pairwise combination levels for degree n: ceil(log2(n + 1)).</summary>
        public static int EstrinLevels(int degree)
        {
            int levels = 0;
            for (int terms = degree + 1; terms > 1; terms = (terms + 1) / 2)
            {
                levels++;
            }
            return levels;
        }
    }
}
