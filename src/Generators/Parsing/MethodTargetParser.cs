using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Parsing
{
    /// <summary>
    /// Checks the rules every kernel method follows (static partial definition, non-generic, partial containing types,
    /// supported signature) and captures what the emitter needs to write its implementing part.
    /// </summary>
    internal static class MethodTargetParser
    {
        /// <summary>The target, or null when a rule is broken (each broken rule adds a diagnostic).</summary>
        public static MethodTarget? Parse(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
        {
            int before = diagnostics.Count;
            MethodFrame? frame = ParseFrame(method, syntax, diagnostics);
            // A generic method's types are type parameters: its shape is already wrong, one diagnostic says so.
            KernelSignature? signature = syntax.TypeParameterList is null ? SignatureParser.Parse(method, syntax, diagnostics) : null;
            if (diagnostics.Count != before || signature is null || frame is null)
            {
                return null;
            }
            return new MethodTarget(frame.Namespace, frame.ContainingTypes, frame.Modifiers, frame.Name, signature.Value);
        }

        /// <summary>
        /// The rules every kernel method follows whatever its signature (static partial definition without body,
        /// non-generic, in partial types), and where its implementing part goes; null when a rule is broken.
        /// </summary>
        public static MethodFrame? ParseFrame(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
        {
            int before = diagnostics.Count;
            string name = syntax.Identifier.ValueText;
            LocationInfo? identifier = LocationInfo.From(syntax.Identifier);

            if (!syntax.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MethodNotPartial, identifier, name));
            }
            else if (syntax.Body is not null || syntax.ExpressionBody is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MethodHasBody, identifier, name));
            }
            if (!syntax.Modifiers.Any(SyntaxKind.StaticKeyword))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MethodNotStatic, identifier, name));
            }
            if (syntax.Modifiers.Any(SyntaxKind.ExternKeyword))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ExternKernelMethod, identifier, name));
            }
            else if (method.PartialImplementationPart is not null)
            {
                // The user wrote the body too (the generator's own part is not in the compilation it reads).
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.KernelMethodAlreadyImplemented, identifier, name));
            }
            if (syntax.TypeParameterList is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GenericMethod, LocationInfo.From(syntax.TypeParameterList), name));
            }
            EquatableArray<ContainingTypeInfo> types = ParseContainingTypes(syntax, name, diagnostics);
            if (diagnostics.Count != before || types.Count == 0)
            {
                return null;
            }
            return new MethodFrame(
                NamespaceOf(method),
                types,
                string.Join(" ", syntax.Modifiers.Select(modifier => modifier.Text)),
                Identifiers.Escape(name));
        }

        /// <summary>Enclosing type declarations, outermost first; a non-partial one adds a diagnostic on its name.</summary>
        private static EquatableArray<ContainingTypeInfo> ParseContainingTypes(MethodDeclarationSyntax syntax, string methodName, List<DiagnosticInfo> diagnostics)
        {
            var types = new List<ContainingTypeInfo>();
            for (SyntaxNode? node = syntax.Parent; node is TypeDeclarationSyntax type; node = node.Parent)
            {
                if (!type.Modifiers.Any(SyntaxKind.PartialKeyword))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.ContainingTypeNotPartial,
                        LocationInfo.From(type.Identifier),
                        type.Identifier.ValueText,
                        methodName));
                }
                if (type.Modifiers.Any(SyntaxKind.FileKeyword))
                {
                    diagnostics.Add(DiagnosticInfo.Create(
                        DiagnosticDescriptors.FileLocalContainingType,
                        LocationInfo.From(type.Identifier),
                        type.Identifier.ValueText,
                        methodName));
                }
                types.Add(new ContainingTypeInfo(
                    string.Join(" ", type.Modifiers.Select(modifier => modifier.Text)),
                    KeywordOf(type),
                    Identifiers.Escape(type.Identifier.ValueText),
                    TypeParametersOf(type)));
            }
            types.Reverse();
            return new EquatableArray<ContainingTypeInfo>(types);
        }

        private static string KeywordOf(TypeDeclarationSyntax type) => type switch
        {
            RecordDeclarationSyntax record when !record.ClassOrStructKeyword.IsKind(SyntaxKind.None)
                => "record " + record.ClassOrStructKeyword.Text,
            _ => type.Keyword.Text,
        };

        // Variance must match on every part; constraints and attributes may be left to the user's part.
        private static string TypeParametersOf(TypeDeclarationSyntax type)
        {
            if (type.TypeParameterList is null || type.TypeParameterList.Parameters.Count == 0)
            {
                return string.Empty;
            }
            IEnumerable<string> parameters = type.TypeParameterList.Parameters.Select(parameter =>
                parameter.VarianceKeyword.IsKind(SyntaxKind.None)
                    ? Identifiers.Escape(parameter.Identifier.ValueText)
                    : parameter.VarianceKeyword.Text + " " + Identifiers.Escape(parameter.Identifier.ValueText));
            return "<" + string.Join(", ", parameters) + ">";
        }

        private static string NamespaceOf(IMethodSymbol method)
        {
            INamedTypeSymbol? outermost = method.ContainingType;
            while (outermost?.ContainingType is not null)
            {
                outermost = outermost.ContainingType;
            }
            INamespaceSymbol? ns = outermost?.ContainingNamespace;
            return ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString();
        }
    }
}
