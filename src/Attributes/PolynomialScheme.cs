namespace NumericKernels
{
    /// <summary>How a <see cref="PolynomialAttribute"/> kernel evaluates its polynomial.</summary>
    public enum PolynomialScheme
    {
        /// <summary>Let the generator choose: Estrin when it shortens the dependency chain (degree 5 and up), else Horner.</summary>
        Auto,
        /// <summary>Horner's rule with one fused multiply-add per coefficient: fewest operations, longest latency.</summary>
        Horner,
        /// <summary>Estrin's scheme: pairs combined with powers x<sup>2</sup>, x<sup>4</sup>, ...; more parallelism.</summary>
        Estrin,
    }
}
