using System.Collections.Concurrent;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Algorithms;

namespace NumericKernels.Generators.Programs
{
    /// <summary>The program of a catalog entry, built by its algorithm's descriptor once per entry and process.</summary>
    internal static class KernelPrograms
    {
        private static readonly ConcurrentDictionary<CatalogEntry, KernelProgram> Built = new ConcurrentDictionary<CatalogEntry, KernelProgram>();

        public static KernelProgram For(CatalogEntry entry) => Built.GetOrAdd(entry, e => AlgorithmRegistry.For(e.Algorithm).Build(e));
    }
}
