using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Models
{
    /// <summary>
    /// The parsed signature of a kernel method. Parameter names are the user's (without a verbatim '@'), used in the
    /// emitted code and in the ArgumentException parameter names.
    /// </summary>
    /// <param name="Shape">Which supported signature.</param>
    /// <param name="Element">Input element type (and output element type, except for narrow span outputs).</param>
    /// <param name="Output">Span output element type; <see cref="SpanOutputKind.SameAsInput"/> for other shapes.</param>
    /// <param name="InputName">Name of the input parameter.</param>
    /// <param name="OutputName">Name of the span output parameter; empty for other shapes.</param>
    internal readonly record struct KernelSignature(KernelShape Shape, ElementKind Element, SpanOutputKind Output, string InputName, string OutputName)
    {
        /// <summary>
        /// A short, identifier-safe description of the signature ("Float32", "Vector256_Float64", "Span_Float32_Half"),
        /// so overloads of one method name get distinct hint names and helper classes.
        /// </summary>
        public string Key
        {
            get
            {
                string element = Element.ToString();
                return Shape switch
                {
                    KernelShape.Scalar => element,
                    KernelShape.Span when Output != SpanOutputKind.SameAsInput => "Span_" + element + "_" + Output,
                    _ => Shape + "_" + element,
                };
            }
        }
    }
}
