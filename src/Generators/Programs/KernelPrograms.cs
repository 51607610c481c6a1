using System.Collections.Concurrent;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Algorithms;

namespace NumericKernels.Generators.Programs
{
    /// <summary>The program of a catalog entry, built by its algorithm's descriptor once per entry and process.</summary>
    internal static class KernelPrograms
    {
        private static readonly ConcurrentDictionary<CatalogEntry, KernelProgram> Built = new ConcurrentDictionary<CatalogEntry, KernelProgram>();

        /// <summary>Entries kept at most: the catalog's, a compilation's user entries, and what nk-search has in flight.</summary>
        private const int Capacity = 4096;

        public static KernelProgram For(CatalogEntry entry)
        {
            if (Built.TryGetValue(entry, out KernelProgram? program)) return program;
            // nk-search builds entries by the thousand while fitting; forgetting them all now and then keeps this small.
            if (Built.Count >= Capacity) Built.Clear();
            return Built.GetOrAdd(entry, Build);
        }

        /// <summary>The entry's program, built anew.</summary>
        public static KernelProgram Build(CatalogEntry entry) => AlgorithmRegistry.For(entry.Algorithm).Build(entry);
    }
}
