using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NumericKernels.Generators.Models
{
    /// <summary>
    /// Where a diagnostic belongs, as plain values. A <see cref="Location"/> holds its syntax tree alive and compares by
    /// reference, so it must not travel through the incremental pipeline; this does, and becomes a Location only when
    /// the diagnostic is reported.
    /// </summary>
    internal readonly record struct LocationInfo(string FilePath, TextSpan TextSpan, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, TextSpan, LineSpan);

        public static LocationInfo? From(Location? location)
        {
            if (location is null || location.SourceTree is null)
            {
                return null;
            }
            return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
        }

        public static LocationInfo? From(SyntaxNode? node) => node is null ? null : From(node.GetLocation());

        public static LocationInfo? From(SyntaxToken token) => From(token.GetLocation());
    }
}
