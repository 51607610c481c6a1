using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Models
{
    /// <summary>What a catalog entry has to cover, independent of where the request came from.</summary>
    /// <param name="Function">Function to compute.</param>
    /// <param name="Element">Element type computed in.</param>
    /// <param name="MaxUlp">The entry's bound must not exceed this.</param>
    /// <param name="DomainMin">The entry's domain must reach down to this.</param>
    /// <param name="DomainMax">The entry's domain must reach up to this.</param>
    /// <param name="RequiresSpecialValues">Whether the entry must follow IEEE 754 for NaN, infinities, zeros, subnormals.</param>
    internal readonly record struct CatalogRequest(
        MathFunctionId Function,
        ElementKind Element,
        double MaxUlp,
        double DomainMin,
        double DomainMax,
        bool RequiresSpecialValues);
}
