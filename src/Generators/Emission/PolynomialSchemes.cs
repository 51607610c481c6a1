using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Polynomial evaluation for catalog programs, written against <see cref="KernelOps"/> so every path performs the
    /// same operations. Horner is the default; Estrin shortens the chain but rounds differently (on log2.f32 its larger
    /// intermediate terms cost 0.3 ULP, 1.27 exhaustively), so an entry is verified in the scheme it ships with.
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

        /// <summary>
        /// The polynomial in <paramref name="scheme"/> as an expression; Estrin first declares the powers it needs as
        /// locals named <paramref name="prefix"/>2, <paramref name="prefix"/>4, ...
        /// </summary>
        public static string Evaluate(SourceWriter w, KernelOps o, EvaluationScheme scheme, IReadOnlyList<string> coefficients, string x, string prefix) =>
            scheme == EvaluationScheme.Estrin ? Estrin(w, o, coefficients, x, prefix) : Horner(o, coefficients, x);

        /// <summary>
        /// Estrin's scheme as <see cref="PolynomialEvaluationEmitter"/> spells it: level 0 pairs c_2i + c_2i+1·x (one fused
        /// multiply-add), level j combines neighbours as lo + hi·x^(2^j); a term without a partner moves up unchanged.
        /// </summary>
        private static string Estrin(SourceWriter w, KernelOps o, IReadOnlyList<string> coefficients, string x, string prefix)
        {
            var terms = new List<string>();
            for (int i = 0; 2 * i < coefficients.Count; i++)
            {
                terms.Add(2 * i + 1 < coefficients.Count
                    ? o.MulAdd(o.Const(coefficients[2 * i + 1]), x, o.Const(coefficients[2 * i]))
                    : o.Const(coefficients[2 * i]));
            }
            string power = x;
            for (int level = 1; terms.Count > 1; level++)
            {
                string next = prefix + (1 << level).ToString(CultureInfo.InvariantCulture);
                w.WriteLine($"{o.Float} {next} = {power} * {power};");
                power = next;
                var combined = new List<string>();
                for (int i = 0; 2 * i < terms.Count; i++)
                {
                    combined.Add(2 * i + 1 < terms.Count ? o.MulAdd(terms[2 * i + 1], power, terms[2 * i]) : terms[2 * i]);
                }
                terms = combined;
            }
            return terms[0];
        }

        /// <summary>Multiplications Estrin spends on powers of x for <paramref name="count"/> coefficients.</summary>
        public static int EstrinPowers(int count)
        {
            int powers = 0;
            for (int terms = (count + 1) / 2; terms > 1; terms = (terms + 1) / 2) powers++;
            return powers;
        }
    }
}
