using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Parsing
{
    /// <summary>
    /// [Quantize], [Dequantize] and [Quadrature] are part of the public contract but not implemented yet: say so on the
    /// attribute instead of leaving the user with only the compiler's "partial method has no implementation".
    /// </summary>
    internal sealed class UnsupportedAttributeParser
    {
        private readonly string _attributeName;
        private readonly string _shortName;

        public UnsupportedAttributeParser(string attributeName, string shortName)
        {
            _attributeName = attributeName;
            _shortName = shortName;
        }

        public EquatableArray<DiagnosticInfo> Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            => ParserGuard.Run<DiagnosticInfo>(context, _attributeName, Report, cancellationToken).Diagnostics;

        private DiagnosticInfo? Report(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.AttributeNotSupportedYet, arguments.AttributeLocation, _shortName, syntax.Identifier.ValueText));
            return null;
        }
    }
}
