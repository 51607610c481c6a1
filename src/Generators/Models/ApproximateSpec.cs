using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Models
{
    /// <summary>
    /// A planned [Approximate] method: the method to write and the catalog entry it delegates to. Holds no locations,
    /// so moving the method in its file does not re-emit it.
    /// </summary>
    /// <param name="Target">The method to implement.</param>
    /// <param name="Entry">The chosen entry.</param>
    /// <param name="RequestSummary">The user's request in words, for the XML doc.</param>
    internal sealed record ApproximateSpec(MethodTarget Target, CatalogEntry Entry, string RequestSummary);
}
