using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// Everything the project knows about one <see cref="KernelAlgorithm"/>, in one place: how it builds its program from a
    /// catalog entry's constants, and what nk-search fit needs to make such an entry.
    /// </summary>
    internal abstract class AlgorithmDescriptor
    {
        protected AlgorithmDescriptor(KernelAlgorithm algorithm) => Algorithm = algorithm;

        public KernelAlgorithm Algorithm { get; }

        /// <summary>The program in words, for an entry's origin ("Cody-Waite reduction with carried rounding error").</summary>
        public abstract string Description { get; }

        /// <summary>The entry's program. Throws when the entry lacks a constant the algorithm reads.</summary>
        public abstract KernelProgram Build(CatalogEntry entry);
    }
}
