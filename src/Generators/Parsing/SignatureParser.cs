using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Parsing
{
    /// <summary>Recognises the supported kernel signatures (see <see cref="KernelShape"/>).</summary>
    internal static class SignatureParser
    {
        /// <summary>
        /// The signature, or null with a diagnostic added. Returns null without one when a type failed to bind: the
        /// compiler already reports that, and a second error on the same code would only add noise.
        /// </summary>
        public static KernelSignature? Parse(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
        {
            if (SymbolNames.ContainsErrorType(method.ReturnType) || HasErrorParameter(method))
            {
                return null;
            }
            if (method.ReturnsByRef || method.ReturnsByRefReadonly || !AllByValue(method))
            {
                return Unsupported(syntax, diagnostics);
            }
            if (method.Parameters.Length == 1 && !method.ReturnsVoid)
            {
                return ParseElementwise(method, syntax, diagnostics);
            }
            if (method.Parameters.Length == 2 && method.ReturnsVoid)
            {
                return ParseSpan(method, syntax, diagnostics);
            }
            return Unsupported(syntax, diagnostics);
        }

        private static KernelSignature? ParseElementwise(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
        {
            IParameterSymbol input = method.Parameters[0];
            if (!SymbolEqualityComparer.Default.Equals(input.Type, method.ReturnType))
            {
                return Unsupported(syntax, diagnostics);
            }
            int bits = SymbolNames.VectorBits(input.Type, out ITypeSymbol element);
            KernelShape shape = bits switch
            {
                128 => KernelShape.Vector128,
                256 => KernelShape.Vector256,
                512 => KernelShape.Vector512,
                _ => KernelShape.Scalar,
            };
            if (shape == KernelShape.Scalar && IsSpanLike(input.Type))
            {
                return Unsupported(syntax, diagnostics);
            }
            ElementKind? kind = ElementOf(element);
            if (kind is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnsupportedElementType,
                    LocationInfo.From(ParameterType(syntax, 0)),
                    element.ToDisplayString()));
                return null;
            }
            return new KernelSignature(shape, kind.Value, SpanOutputKind.SameAsInput, input.Name, string.Empty);
        }

        private static KernelSignature? ParseSpan(IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
        {
            IParameterSymbol input = method.Parameters[0];
            IParameterSymbol output = method.Parameters[1];
            if (!SymbolNames.IsGenericOfOne(input.Type, "System", "ReadOnlySpan", out ITypeSymbol inElement)
                || !SymbolNames.IsGenericOfOne(output.Type, "System", "Span", out ITypeSymbol outElement))
            {
                return Unsupported(syntax, diagnostics);
            }
            ElementKind? kind = ElementOf(inElement);
            if (kind is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.UnsupportedElementType,
                    LocationInfo.From(ParameterType(syntax, 0)),
                    inElement.ToDisplayString()));
                return null;
            }
            SpanOutputKind? outputKind = OutputOf(kind.Value, inElement, outElement);
            if (outputKind is null)
            {
                string allowed = kind.Value == ElementKind.Float32 ? "float, System.Half, NumericKernels.BFloat16" : "double";
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.SpanOutputNotAllowed,
                    LocationInfo.From(ParameterType(syntax, 1)),
                    outElement.ToDisplayString(),
                    inElement.ToDisplayString(),
                    allowed));
                return null;
            }
            return new KernelSignature(KernelShape.Span, kind.Value, outputKind.Value, input.Name, output.Name);
        }

        private static SpanOutputKind? OutputOf(ElementKind input, ITypeSymbol inElement, ITypeSymbol outElement)
        {
            if (SymbolEqualityComparer.Default.Equals(inElement, outElement))
            {
                return SpanOutputKind.SameAsInput;
            }
            if (input == ElementKind.Float32 && SymbolNames.IsHalf(outElement))
            {
                return SpanOutputKind.Half;
            }
            if (input == ElementKind.Float32 && SymbolNames.IsBFloat16(outElement))
            {
                return SpanOutputKind.BFloat16;
            }
            return null;
        }

        private static ElementKind? ElementOf(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_Single => ElementKind.Float32,
            SpecialType.System_Double => ElementKind.Float64,
            _ => null,
        };

        private static bool IsSpanLike(ITypeSymbol type)
            => SymbolNames.IsGenericOfOne(type, "System", "Span", out _) || SymbolNames.IsGenericOfOne(type, "System", "ReadOnlySpan", out _);

        private static bool AllByValue(IMethodSymbol method)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (parameter.RefKind != RefKind.None || parameter.IsParams)
                {
                    return false;
                }
            }
            return true;
        }

        private static bool HasErrorParameter(IMethodSymbol method)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (SymbolNames.ContainsErrorType(parameter.Type))
                {
                    return true;
                }
            }
            return false;
        }

        private static SyntaxNode? ParameterType(MethodDeclarationSyntax syntax, int index)
        {
            SeparatedSyntaxList<ParameterSyntax> parameters = syntax.ParameterList.Parameters;
            return index < parameters.Count ? (SyntaxNode?)parameters[index].Type ?? parameters[index] : syntax.ParameterList;
        }

        private static KernelSignature? Unsupported(MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.UnsupportedShape,
                LocationInfo.From(syntax.Identifier),
                syntax.Identifier.ValueText));
            return null;
        }
    }
}
