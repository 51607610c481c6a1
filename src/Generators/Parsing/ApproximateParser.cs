using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Parsing
{
    /// <summary>Turns an [Approximate] method into an <see cref="ApproximateRequest"/>, checking what needs no catalog.</summary>
    internal static class ApproximateParser
    {
        public static ParseResult<ApproximateRequest> Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            => ParserGuard.Run<ApproximateRequest>(context, KernelAttributeNames.Approximate, ParseMethod, cancellationToken);

        private static ApproximateRequest? ParseMethod(
            IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            MethodTarget? target = MethodTargetParser.Parse(method, syntax, diagnostics);
            MathFunctionId? function = ParseFunction(arguments, diagnostics);

            double maxUlp = arguments.Double("MaxUlp", 1.0);
            if (double.IsNaN(maxUlp) || double.IsInfinity(maxUlp) || maxUlp < 0.5)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidMaxUlp, arguments.NamedLocation("MaxUlp"), EntryEmitter.FormatNumber(maxUlp)));
            }

            double domainMin = arguments.Double("DomainMin", double.NegativeInfinity);
            double domainMax = arguments.Double("DomainMax", double.PositiveInfinity);
            if (double.IsNaN(domainMin) || double.IsNaN(domainMax) || domainMin > domainMax)
            {
                // Point at the argument that is NaN, else at DomainMin (or DomainMax when only that one was written).
                string culprit = double.IsNaN(domainMax) && !double.IsNaN(domainMin) ? "DomainMax"
                    : arguments.Named("DomainMin") is null ? "DomainMax" : "DomainMin";
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidDomain,
                    arguments.NamedLocation(culprit),
                    EntryEmitter.FormatNumber(domainMin),
                    EntryEmitter.FormatNumber(domainMax)));
            }

            // A cast such as (SpecialValues)7 compiles; it names no behaviour, so it is reported on the argument.
            int rounding = arguments.Int32("Rounding", (int)RoundingModeId.ToNearestEven);
            int specialValues = arguments.Int32("SpecialValues", (int)SpecialValuesId.Ieee);
            EnumArguments.Defined((RoundingModeId)rounding, "RoundingMode", arguments.NamedLocation("Rounding"), diagnostics);
            EnumArguments.Defined((SpecialValuesId)specialValues, "SpecialValues", arguments.NamedLocation("SpecialValues"), diagnostics);

            if (target is null || function is null || diagnostics.Count > 0)
            {
                return null;
            }
            return new ApproximateRequest(
                target,
                function.Value,
                maxUlp,
                arguments.Boolean("CorrectlyRounded", false),
                (RoundingModeId)rounding,
                domainMin,
                domainMax,
                (SpecialValuesId)specialValues,
                arguments.String("Variant"),
                new ApproximateArgumentLocations(
                    arguments.AttributeLocation,
                    arguments.NamedLocation("Variant"),
                    arguments.NamedLocation("Rounding"),
                    arguments.NamedLocation("CorrectlyRounded")));
        }

        /// <summary>The requested function; null when the argument is missing (the compiler reports it) or unknown.</summary>
        private static MathFunctionId? ParseFunction(AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            if (arguments.Constructor(0) is not TypedConstant constant || !AttributeArguments.TryInt32(constant, out int value))
            {
                return null;
            }
            if (!Enum.IsDefined(typeof(MathFunctionId), value))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnknownFunction,
                    arguments.PositionalLocation(0),
                    "(MathFunction)" + value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                return null;
            }
            return (MathFunctionId)value;
        }
    }
}
