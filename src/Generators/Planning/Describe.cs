using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Planning
{
    /// <summary>Words and command-line spellings for request parts, shared by diagnostics, docs and the fit command.</summary>
    internal static class Describe
    {
        /// <summary>The nk-search spelling of a function: its name in lower case ("exp", "log1p").</summary>
        public static string Function(MathFunctionId function) => function.ToString().ToLowerInvariant();

        /// <summary>The nk-search spelling of a format: "float32" or "float64".</summary>
        public static string Format(ElementKind element) => element == ElementKind.Float32 ? "float32" : "float64";
    }
}
