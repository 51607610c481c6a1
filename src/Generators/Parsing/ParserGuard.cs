using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Parsing
{
    /// <summary>
    /// Runs one attribute's parser so that it can never take the compilation down: an unexpected exception becomes an
    /// internal-error diagnostic on the method, and a method asking for two kernels is reported once and skipped.
    /// </summary>
    internal static class ParserGuard
    {
        public delegate TModel? Parser<TModel>(
            IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
            where TModel : class;

        public static ParseResult<TModel> Run<TModel>(
            GeneratorAttributeSyntaxContext context, string attributeName, Parser<TModel> parser, CancellationToken cancellationToken)
            where TModel : class
        {
            var diagnostics = new List<DiagnosticInfo>();
            try
            {
                if (context.TargetSymbol is not IMethodSymbol method
                    || context.TargetNode is not MethodDeclarationSyntax syntax
                    || context.Attributes.IsDefaultOrEmpty)
                {
                    return ParseResult<TModel>.Failed(EquatableArray<DiagnosticInfo>.Empty);
                }
                if (HasConflictingAttributes(method, attributeName, out bool reportHere))
                {
                    if (reportHere)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(
                            DiagnosticDescriptors.ConflictingKernelAttributes, LocationInfo.From(syntax.Identifier), syntax.Identifier.ValueText));
                    }
                    return ParseResult<TModel>.Failed(new EquatableArray<DiagnosticInfo>(diagnostics));
                }
                var arguments = new AttributeArguments(context.Attributes[0], cancellationToken);
                TModel? model = parser(method, syntax, arguments, diagnostics);
                return new ParseResult<TModel>(model, new EquatableArray<DiagnosticInfo>(diagnostics));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                string name = (context.TargetNode as MethodDeclarationSyntax)?.Identifier.ValueText ?? context.TargetSymbol?.Name ?? "?";
                LocationInfo? location = context.TargetNode is MethodDeclarationSyntax method
                    ? LocationInfo.From(method.Identifier)
                    : LocationInfo.From(context.TargetNode);
                var error = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError, location, name, exception.GetType().Name + ": " + exception.Message);
                return ParseResult<TModel>.Failed(new EquatableArray<DiagnosticInfo>(new[] { error }));
            }
        }

        /// <summary>
        /// Whether the method carries more than one kernel attribute; <paramref name="reportHere"/> is true for the first
        /// of them in <see cref="KernelAttributeNames.KernelAttributes"/> order, so the conflict is reported once.
        /// </summary>
        private static bool HasConflictingAttributes(IMethodSymbol method, string attributeName, out bool reportHere)
        {
            var present = new List<string>();
            foreach (AttributeData attribute in method.GetAttributes())
            {
                string? name = attribute.AttributeClass?.ToDisplayString();
                if (name is not null && KernelAttributeNames.KernelAttributes.Contains(name) && !present.Contains(name))
                {
                    present.Add(name);
                }
            }
            string? first = KernelAttributeNames.KernelAttributes.FirstOrDefault(present.Contains);
            reportHere = first == attributeName;
            return present.Count > 1;
        }
    }
}
