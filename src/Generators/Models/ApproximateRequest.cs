using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Models
{
    /// <summary>A parsed and validated [Approximate] request, before a catalog entry is chosen.</summary>
    /// <param name="Target">The method to implement.</param>
    /// <param name="Function">The function asked for.</param>
    /// <param name="MaxUlp">Largest error allowed, in ULPs; finite and at least 0.5.</param>
    /// <param name="CorrectlyRounded">Whether the result must be the exact value rounded.</param>
    /// <param name="Rounding">Rounding direction asked for.</param>
    /// <param name="DomainMin">Smallest input the bound must cover.</param>
    /// <param name="DomainMax">Largest input the bound must cover; not below <paramref name="DomainMin"/>.</param>
    /// <param name="SpecialValues">Whether IEEE special values must be handled.</param>
    /// <param name="Variant">Pinned entry id, or null.</param>
    /// <param name="Locations">Where planning diagnostics go.</param>
    internal sealed record ApproximateRequest(
        MethodTarget Target,
        MathFunctionId Function,
        double MaxUlp,
        bool CorrectlyRounded,
        RoundingModeId Rounding,
        double DomainMin,
        double DomainMax,
        SpecialValuesId SpecialValues,
        string? Variant,
        ApproximateArgumentLocations Locations)
    {
        /// <summary>The project's own catalog entries, considered beside the built-in ones.</summary>
        public EquatableArray<CatalogEntry> UserEntries { get; init; } = EquatableArray<CatalogEntry>.Empty;

        public CatalogRequest ToCatalogRequest() => new CatalogRequest(
            Function, Target.Signature.Element, MaxUlp, DomainMin, DomainMax, SpecialValues == SpecialValuesId.Ieee);
    }

    /// <summary>
    /// Locations of the attribute and of the arguments planning may complain about; each falls back to the attribute
    /// when the argument was not written.
    /// </summary>
    internal readonly record struct ApproximateArgumentLocations(
        LocationInfo? Attribute,
        LocationInfo? Variant,
        LocationInfo? Rounding,
        LocationInfo? CorrectlyRounded);
}
