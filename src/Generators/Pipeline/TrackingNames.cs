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
        public const string QuantizeNotSupported = nameof(QuantizeNotSupported);
        public const string DequantizeNotSupported = nameof(DequantizeNotSupported);
        public const string QuadratureNotSupported = nameof(QuadratureNotSupported);
    }
}
