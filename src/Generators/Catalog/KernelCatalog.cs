using System.Collections.Immutable;

namespace NumericKernels.Generators.Catalog
{
    /// <summary>Every verified approximation the generator can emit. Entries are written by nk-search and reviewed in git.</summary>
    internal static partial class KernelCatalog
    {
        public static ImmutableArray<CatalogEntry> Entries { get; } = ImmutableArray<CatalogEntry>.Empty;
    }
}
