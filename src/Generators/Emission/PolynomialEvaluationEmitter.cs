using System;
using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Writes the statements evaluating a polynomial in <c>x</c> with constants C0..Cn, for one element width. The same
    /// text serves scalar and vector code: only the type and the way a constant is spelled differ, so every path
    /// performs the same roundings in the same order.
    /// </summary>
    internal sealed class PolynomialEvaluationEmitter
    {
        private readonly string _type;
        private readonly Func<int, string> _constant;

        /// <param name="type">The value type: float, double or a VectorN type.</param>
        /// <param name="constant">Spells coefficient k as a value of <paramref name="type"/> ("C3" or "Vector128.Create(C3)").</param>
        public PolynomialEvaluationEmitter(string type, Func<int, string> constant)
        {
            _type = type;
            _constant = constant;
        }

        public void Emit(SourceWriter w, int degree, PolynomialSchemeId scheme)
        {
            if (degree == 0)
            {
                w.WriteLine($"return {_constant(0)};");
            }
            else if (scheme == PolynomialSchemeId.Estrin)
            {
                EmitEstrin(w, degree);
            }
            else
            {
                EmitHorner(w, degree);
            }
        }

        /// <summary>p = c_n; p = MulAdd(p, x, c_k) for k = n-1 .. 0: one rounding per coefficient.</summary>
        private void EmitHorner(SourceWriter w, int degree)
        {
            w.WriteLine($"{_type} p = {_constant(degree)};");
            for (int k = degree - 1; k >= 0; k--)
            {
                w.WriteLine($"p = MulAdd(p, x, {_constant(k)});");
            }
            w.WriteLine("return p;");
        }

        /// <summary>
        /// Estrin's scheme: level 0 pairs terms as c_2i + c_2i+1·x; level j combines neighbours with x^(2^j). A term
        /// without a partner moves up a level unchanged.
        /// </summary>
        private void EmitEstrin(SourceWriter w, int degree)
        {
            var terms = new List<string>();
            for (int i = 0; 2 * i <= degree; i++)
            {
                string name = Term(0, i);
                string value = 2 * i + 1 <= degree
                    ? $"MulAdd({_constant(2 * i + 1)}, x, {_constant(2 * i)})"
                    : _constant(2 * i);
                w.WriteLine($"{_type} {name} = {value};");
                terms.Add(name);
            }
            string power = "x";
            for (int level = 1; terms.Count > 1; level++)
            {
                string next = "x" + (1 << level).ToString(CultureInfo.InvariantCulture);
                w.WriteLine($"{_type} {next} = {power} * {power};");
                power = next;
                var combined = new List<string>();
                for (int i = 0; 2 * i < terms.Count; i++)
                {
                    if (2 * i + 1 < terms.Count)
                    {
                        string name = Term(level, i);
                        w.WriteLine($"{_type} {name} = MulAdd({terms[2 * i + 1]}, {power}, {terms[2 * i]});");
                        combined.Add(name);
                    }
                    else
                    {
                        combined.Add(terms[2 * i]);
                    }
                }
                terms = combined;
            }
            w.WriteLine($"return {terms[0]};");
        }

        private static string Term(int level, int index)
            => "p" + level.ToString(CultureInfo.InvariantCulture) + "_" + index.ToString(CultureInfo.InvariantCulture);
    }
}
