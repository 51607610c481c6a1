using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Emission
{
    /// <summary>The exception clause of a span method's XML doc.</summary>
    internal static class SpanDocumentation
    {
        public static void WriteException(SourceWriter w, KernelSignature signature)
        {
            // paramref takes the parameter's name without a verbatim '@'.
            string x = signature.InputName;
            string y = signature.OutputName;
            string overlap = signature.Output == SpanOutputKind.SameAsInput
                ? $"or <paramref name=\"{y}\"/> overlaps <paramref name=\"{x}\"/> without starting at the same element"
                : $"or <paramref name=\"{y}\"/> overlaps <paramref name=\"{x}\"/>";
            w.WriteLine($"/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"{y}\"/> is shorter than <paramref name=\"{x}\"/>, {overlap}.</exception>");
        }
    }
}
