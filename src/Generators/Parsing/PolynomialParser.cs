using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Planning;

namespace NumericKernels.Generators.Parsing
{
    /// <summary>Turns a [Polynomial] method into a <see cref="PolynomialSpec"/> with its evaluation scheme chosen.</summary>
    internal static class PolynomialParser
    {
        public static ParseResult<PolynomialSpec> Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            => ParserGuard.Run<PolynomialSpec>(context, KernelAttributeNames.Polynomial, ParseMethod, cancellationToken);

        private static PolynomialSpec? ParseMethod(
            IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            MethodTarget? target = MethodTargetParser.Parse(method, syntax, diagnostics);
            if (arguments.Constructor(0) is not TypedConstant constant)
            {
                return null;
            }

            var coefficients = new List<Coefficient>();
            if (constant.Kind == TypedConstantKind.Array && !constant.IsNull)
            {
                for (int i = 0; i < constant.Values.Length; i++)
                {
                    if (!AttributeArguments.TryDouble(constant.Values[i], out double value))
                    {
                        return null;
                    }
                    coefficients.Add(Coefficient.From(value));
                }
            }
            if (coefficients.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.PolynomialWithoutCoefficients, arguments.AttributeLocation, syntax.Identifier.ValueText));
                return null;
            }
            if (target is not null)
            {
                CheckFinite(coefficients, target.Signature.Element, arguments, diagnostics);
            }
            var requested = (PolynomialSchemeId)arguments.Int32("Scheme", (int)PolynomialSchemeId.Auto);
            EnumArguments.Defined(requested, "PolynomialScheme", arguments.NamedLocation("Scheme"), diagnostics);
            if (target is null || diagnostics.Count > 0)
            {
                return null;
            }

            PolynomialSchemeId scheme = PolynomialSchemeChooser.Choose(requested, coefficients.Count - 1);
            return new PolynomialSpec(target, new EquatableArray<Coefficient>(coefficients), requested, scheme);
        }

        /// <summary>Coefficients must be finite once rounded to the element type (1e39 is finite as a double, not as a float).</summary>
        private static void CheckFinite(List<Coefficient> coefficients, ElementKind element, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            for (int i = 0; i < coefficients.Count; i++)
            {
                double value = coefficients[i].Value;
                double rounded = element == ElementKind.Float32 ? (float)value : value;
                if (double.IsNaN(rounded) || double.IsInfinity(rounded))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.PolynomialCoefficientNotFinite,
                        arguments.PositionalLocation(i),
                        i.ToString(CultureInfo.InvariantCulture),
                        EntryEmitter.FormatNumber(value),
                        ElementTypeNames.For(element).Scalar));
                }
            }
        }
    }
}
