using System.Globalization;
using System.Linq;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Planning;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Writes a [Polynomial] method: the user's method delegates to a private nested class holding the coefficients and
    /// the scalar, Vector128/256/512 and span evaluations, all through the same MulAdd helpers.
    /// </summary>
    internal static class PolynomialEmitter
    {
        /// <summary>
        /// Nested class name: the double underscore and the signature key keep it from clashing with user members or with
        /// another overload's class in the same type.
        /// </summary>
        public static string ImplementationClassName(MethodTarget target)
            => "__NumericKernels_" + target.Name.TrimStart('@') + "_" + target.Signature.Key;

        public static string Emit(PolynomialSpec spec) => KernelFileEmitter.Emit(spec.Target, w =>
        {
            EmitUserMethod(w, spec);
            w.WriteLine();
            EmitImplementationClass(w, spec);
        });

        private static void EmitUserMethod(SourceWriter w, PolynomialSpec spec) =>
            KernelFileEmitter.EmitDelegatingMethod(w, spec.Target, ImplementationClassName(spec.Target), Contract(spec));

        /// <summary>What the method computes and how, in words, for its XML doc.</summary>
        public static string Contract(PolynomialSpec spec)
        {
            ElementTypeNames t = ElementTypeNames.For(spec.Target.Signature.Element);
            string coefficients = string.Join(", ", spec.Coefficients.Select(c => EntryEmitter.FormatNumber(c.Value)));
            string polynomial = string.Format(
                CultureInfo.InvariantCulture,
                "Evaluates the degree-{0} polynomial with coefficients ({1}) in ascending order of power, each rounded once to {2}, ",
                spec.Degree, coefficients, t.Scalar);
            string chosen = spec.RequestedScheme == PolynomialSchemeId.Auto ? " (chosen by Auto: the shorter dependency chain, ties to Horner)" : string.Empty;
            return spec.Scheme == PolynomialSchemeId.Estrin
                ? polynomial + string.Format(
                    CultureInfo.InvariantCulture,
                    "by Estrin's scheme{0}: {1} levels of fused multiply-adds combining pairs with x^2, x^4, .... All paths (scalar, Vector128/256/512, span) give bit-identical results; they may differ from Horner's rule in the last place.",
                    chosen, PolynomialSchemeChooser.EstrinLevels(spec.Degree))
                : polynomial + string.Format(
                    CultureInfo.InvariantCulture,
                    "by Horner's rule{0}: one fused multiply-add per coefficient. Every path (scalar, Vector128/256/512, span) is bit-identical to a scalar Horner evaluation with {1}.FusedMultiplyAdd.",
                    chosen, t.MathClass.Replace("global::System.", string.Empty));
        }

        private static void EmitImplementationClass(SourceWriter w, PolynomialSpec spec)
        {
            var element = spec.Target.Signature.Element;
            ElementTypeNames t = ElementTypeNames.For(element);
            w.WriteLine("/// <summary>The evaluation behind <c>" + spec.Target.Name.TrimStart('@') + "</c>, one method per width.</summary>");
            w.WriteLine(KernelFileEmitter.GeneratedCodeAttribute);
            using (w.OpenBlock("private static class " + ImplementationClassName(spec.Target)))
            {
                for (int k = 0; k <= spec.Degree; k++)
                {
                    double value = spec.Coefficients[k].Value;
                    w.WriteLine($"private const {t.Scalar} C{k.ToString(CultureInfo.InvariantCulture)} = {NumberLiterals.Literal(value, element)}; // {NumberLiterals.HexFloat(value, element)}");
                }
                w.WriteLine();
                using (w.OpenBlock($"public static {t.Scalar} Scalar({t.Scalar} x)"))
                {
                    new PolynomialEvaluationEmitter(t.Scalar, k => "C" + k.ToString(CultureInfo.InvariantCulture)).Emit(w, spec.Degree, spec.Scheme);
                }
                foreach (int bits in new[] { 128, 256, 512 })
                {
                    w.WriteLine();
                    string vector = t.Vector(bits);
                    string create = ElementTypeNames.VectorClass(bits) + ".Create";
                    using (w.OpenBlock($"public static {vector} V{bits.ToString(CultureInfo.InvariantCulture)}({vector} x)"))
                    {
                        new PolynomialEvaluationEmitter(vector, k => create + "(C" + k.ToString(CultureInfo.InvariantCulture) + ")").Emit(w, spec.Degree, spec.Scheme);
                    }
                }
                w.WriteLine();
                w.WriteLine("/// <summary>Applies the polynomial to every element; the caller guarantees y.Length &gt;= x.Length and that x and y are the same memory or do not overlap.</summary>");
                using (w.OpenBlock($"public static void Span(global::System.ReadOnlySpan<{t.Scalar}> x, global::System.Span<{t.Scalar}> y)"))
                {
                    SpanLoopEmitter.EmitBody(w, t, "Scalar", "V");
                }
                w.WriteLine();
                FusedMultiplyAddEmitter.Emit(w, t);
            }
        }
    }
}
