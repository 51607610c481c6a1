using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>Decimal C# literals that round-trip to exactly the intended float or double.</summary>
    internal static class NumberLiterals
    {
        /// <summary>
        /// The value rounded once to the element type, as a literal with a type suffix (so "-0" stays a negative zero of
        /// the right type rather than the integer 0), in digits that round-trip on every compiler host (see
        /// <see cref="Catalog.HexFloat.ToCSharpLiteral"/>).
        /// </summary>
        public static string Literal(double value, ElementKind element) =>
            Catalog.HexFloat.ToCSharpLiteral(element == ElementKind.Float32 ? (float)value : value, element == ElementKind.Float32);

        /// <summary>The exact value of <see cref="Literal"/>, as a hex-float.</summary>
        public static string HexFloat(double value, ElementKind element) => element == ElementKind.Float32
            ? HexFloatFormatter.Format((float)value)
            : HexFloatFormatter.Format(value);
    }
}
