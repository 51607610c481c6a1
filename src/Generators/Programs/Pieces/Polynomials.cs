using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Building;

namespace NumericKernels.Generators.Programs.Pieces
{
    /// <summary>
    /// Polynomial evaluation: coefficients in ascending order of power, each step one fused multiply-add. Horner has the
    /// fewest operations and the longest chain; Estrin shortens the chain for the price of the powers, and rounds
    /// differently, so an entry is verified in the scheme it ships with.
    /// </summary>
    internal static class Polynomials
    {
        public static Value Evaluate(BlockBuilder b, EvaluationScheme scheme, IReadOnlyList<Value> coefficients, Value x, string powerPrefix) =>
            scheme == EvaluationScheme.Estrin ? Estrin(b, coefficients, x, powerPrefix) : Horner(b, coefficients, x);

        /// <summary>c_n; then p·x + c_k for k = n-1 .. 0.</summary>
        public static Value Horner(BlockBuilder b, IReadOnlyList<Value> coefficients, Value x)
        {
            Value p = coefficients[coefficients.Count - 1];
            for (int i = coefficients.Count - 2; i >= 0; i--) p = b.Fma(p, x, coefficients[i]);
            return p;
        }

        /// <summary>
        /// Level 0 pairs c_2i + c_2i+1·x; level j combines neighbours as lo + hi·x^(2^j), a term without a partner moving up
        /// unchanged. The powers are named {prefix}2, {prefix}4, ...
        /// </summary>
        public static Value Estrin(BlockBuilder b, IReadOnlyList<Value> coefficients, Value x, string powerPrefix)
        {
            var terms = new List<Value>();
            for (int i = 0; 2 * i < coefficients.Count; i++)
            {
                terms.Add(2 * i + 1 < coefficients.Count ? b.Fma(coefficients[2 * i + 1], x, coefficients[2 * i]) : coefficients[2 * i]);
            }
            Value power = x;
            for (int level = 1; terms.Count > 1; level++)
            {
                power = (power * power).Named(powerPrefix + (1 << level).ToString(CultureInfo.InvariantCulture));
                var combined = new List<Value>();
                for (int i = 0; 2 * i < terms.Count; i++)
                {
                    combined.Add(2 * i + 1 < terms.Count ? b.Fma(terms[2 * i + 1], power, terms[2 * i]) : terms[2 * i]);
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

        /// <summary>The constants {prefix}{first}, {prefix}{first + step}, ... that the program has, in that order.</summary>
        public static IReadOnlyList<Value> Coefficients(BlockBuilder b, string prefix, int first, int step = 1)
        {
            var values = new List<Value>();
            for (int i = first; b.Program.Has(prefix + i.ToString(CultureInfo.InvariantCulture)); i += step)
            {
                values.Add(b.Constant(prefix + i.ToString(CultureInfo.InvariantCulture)));
            }
            return values;
        }
    }
}
