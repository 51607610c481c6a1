using Microsoft.CodeAnalysis.CSharp;

namespace NumericKernels.Generators.Parsing
{
    /// <summary>Writes user identifiers back into C#.</summary>
    internal static class Identifiers
    {
        /// <summary>The identifier, prefixed with '@' when it is a reserved keyword (a parameter named @in stays valid).</summary>
        public static string Escape(string identifier)
            => SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
    }
}
