using System.Globalization;
using System.Linq;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Planning;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Writes a [Polynomial] method: the user's method only delegates to the shared implementation class that
    /// <see cref="PolynomialImplementationEmitter"/> emits once per distinct polynomial in the compilation.
    /// </summary>
    internal static class PolynomialEmitter
    {
        public static string Emit(PolynomialSpec spec) => KernelFileEmitter.Emit(spec.Target, w =>
            KernelFileEmitter.EmitDelegatingMethod(w, spec.Target, PolynomialImplementation.Of(spec).QualifiedClassName, Contract(spec)));

        /// <summary>What the method computes and how, in words, for its XML doc.</summary>
        public static string Contract(PolynomialSpec spec)
            => Contract(PolynomialImplementation.Of(spec), chosenByAuto: spec.RequestedScheme == PolynomialSchemeId.Auto);

        /// <summary>
        /// What an implementation computes and how. <paramref name="chosenByAuto"/> only adds why the scheme was chosen, so
        /// the shared class (which may serve both Auto and explicit requests) states the scheme without it.
        /// </summary>
        public static string Contract(PolynomialImplementation implementation, bool chosenByAuto)
        {
            ElementTypeNames t = ElementTypeNames.For(implementation.Element);
            string coefficients = string.Join(", ", implementation.Coefficients.Select(c => EntryEmitter.FormatNumber(c.Value)));
            string polynomial = string.Format(
                CultureInfo.InvariantCulture,
                "Evaluates the degree-{0} polynomial with coefficients ({1}) in ascending order of power, each rounded once to {2}, ",
                implementation.Degree, coefficients, t.Scalar);
            string chosen = chosenByAuto ? " (chosen by Auto: the shorter dependency chain, ties to Horner)" : string.Empty;
            return implementation.Scheme == PolynomialSchemeId.Estrin
                ? polynomial + string.Format(
                    CultureInfo.InvariantCulture,
                    "by Estrin's scheme{0}: {1} levels of fused multiply-adds combining pairs with x^2, x^4, .... All paths (scalar, Vector128/256/512, span) give bit-identical results; they may differ from Horner's rule in the last place.",
                    chosen, PolynomialSchemeChooser.EstrinLevels(implementation.Degree))
                : polynomial + string.Format(
                    CultureInfo.InvariantCulture,
                    "by Horner's rule{0}: one fused multiply-add per coefficient. Every path (scalar, Vector128/256/512, span) is bit-identical to a scalar Horner evaluation with {1}.FusedMultiplyAdd.",
                    chosen, t.MathClass.Replace("global::System.", string.Empty));
        }
    }
}
