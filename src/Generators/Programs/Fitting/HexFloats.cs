using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;

namespace NumericKernels.Generators.Programs.Fitting
{
    /// <summary>Catalog spellings of fitted values: the value rounded to the element type, as an exact hex-float.</summary>
    internal static class HexFloats
    {
        public static string Format(double value, ElementKind element) =>
            element == ElementKind.Float32 ? HexFloatFormatter.Format((float)value) : HexFloatFormatter.Format(value);
    }
}
