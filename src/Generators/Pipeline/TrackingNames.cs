namespace NumericKernels.Generators.Pipeline
{
    /// <summary>Names of the pipeline steps, so tests can find each step's outputs and check that they cache.</summary>
    internal static class TrackingNames
    {
        public const string ApproximateParsed = nameof(ApproximateParsed);
        public const string ApproximatePlanned = nameof(ApproximatePlanned);
        public const string ApproximateSpecs = nameof(ApproximateSpecs);
        public const string ApproximateDiagnostics = nameof(ApproximateDiagnostics);
        public const string CatalogEntriesUsed = nameof(CatalogEntriesUsed);
        public const string PolynomialParsed = nameof(PolynomialParsed);
        public const string PolynomialSpecs = nameof(PolynomialSpecs);
        public const string PolynomialDiagnostics = nameof(PolynomialDiagnostics);
        public const string PolynomialImplementationsUsed = nameof(PolynomialImplementationsUsed);
        public const string QuantizeParsed = nameof(QuantizeParsed);
        public const string QuantizeSpecs = nameof(QuantizeSpecs);
        public const string QuantizeDiagnostics = nameof(QuantizeDiagnostics);
        public const string QuantizeKernelsUsed = nameof(QuantizeKernelsUsed);
        public const string DequantizeParsed = nameof(DequantizeParsed);
        public const string DequantizeSpecs = nameof(DequantizeSpecs);
        public const string DequantizeDiagnostics = nameof(DequantizeDiagnostics);
        public const string DequantizeKernelsUsed = nameof(DequantizeKernelsUsed);
        public const string QuadratureParsed = nameof(QuadratureParsed);
        public const string QuadratureSpecs = nameof(QuadratureSpecs);
        public const string QuadratureDiagnostics = nameof(QuadratureDiagnostics);
        public const string QuadratureSupportUsed = nameof(QuadratureSupportUsed);
        public const string MisplacedAttributes = nameof(MisplacedAttributes);
        public const string UserCatalogParsed = nameof(UserCatalogParsed);
        public const string UserCatalogEntries = nameof(UserCatalogEntries);
        public const string UserCatalogDiagnostics = nameof(UserCatalogDiagnostics);
    }
}
