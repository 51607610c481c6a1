namespace NumericKernels.Generators.Parsing
{
    /// <summary>Metadata names of the attributes the generator reacts to.</summary>
    internal static class KernelAttributeNames
    {
        public const string Approximate = "NumericKernels.ApproximateAttribute";
        public const string Polynomial = "NumericKernels.PolynomialAttribute";
        public const string Quantize = "NumericKernels.QuantizeAttribute";
        public const string Dequantize = "NumericKernels.DequantizeAttribute";
        public const string Quadrature = "NumericKernels.QuadratureAttribute";

        /// <summary>An assembly attribute: a catalog entry of the user's project (not a kernel attribute).</summary>
        public const string CatalogEntry = "NumericKernels.CatalogEntryAttribute";

        /// <summary>Attributes that each ask for the method's implementation; a method may carry only one.</summary>
        public static readonly string[] KernelAttributes = { Approximate, Polynomial, Quantize, Dequantize, Quadrature };
    }
}
