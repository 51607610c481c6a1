namespace NumericKernels.Generators.Catalog
{
    /// <summary>How a catalog program evaluates its core polynomial.</summary>
    internal enum EvaluationScheme
    {
        /// <summary>One fused multiply-add per coefficient: the fewest operations, one long dependency chain.</summary>
        Horner,

        /// <summary>
        /// Estrin: pairs c_2i + c_2i+1·t, then neighbours combined with t², t⁴, ...: a chain of about log2(n) steps for
        /// the price of the powers; its roundings differ from Horner's, so an entry is verified in the scheme it ships.
        /// </summary>
        Estrin,
    }
}
