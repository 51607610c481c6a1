using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Programs.Algorithms;

namespace NumericKernels.Generators.Catalog
{
    /// <summary>
    /// Every verified approximation the generator can emit, one partial file per function family. Entries are written
    /// from nk-search output and reviewed in git; the generator only selects among them and never evaluates numerics.
    /// </summary>
    internal static partial class KernelCatalog
    {
        public static ImmutableArray<CatalogEntry> Entries { get; } =
            ExpEntries().Concat(Exp2Entries()).Concat(Exp10Entries()).Concat(ExpM1Entries())
                .Concat(LogEntries()).Concat(Log2Entries()).Concat(Log10Entries()).Concat(Log1PEntries())
                .Concat(SinEntries()).Concat(CosEntries())
                .Concat(ErfEntries())
                .Concat(SigmoidEntries()).Concat(TanhEntries())
                .ToImmutableArray();

        private static EquatableArray<NamedConstant> Constants(params (string Name, string HexFloat)[] constants) =>
            new EquatableArray<NamedConstant>(constants.Select(c => new NamedConstant(c.Name, c.HexFloat)));

        /// <summary>The exp family's float32 reduction constants (ExpAlgorithm.Reduction: ln2 = Ln2Hi + Ln2Lo, k·Ln2Hi exact).</summary>
        private static IEnumerable<(string, string)> SingleExpReduction => ExpAlgorithm.Reduction(ElementKind.Float32).Select(c => (c.Name, c.HexFloat));

        /// <summary>The same for double.</summary>
        private static IEnumerable<(string, string)> DoubleExpReduction => ExpAlgorithm.Reduction(ElementKind.Float64).Select(c => (c.Name, c.HexFloat));

        /// <summary>The limits of a program's special path, as its descriptor defines them.</summary>
        private static IEnumerable<(string, string)> Limits(IEnumerable<(string Name, string HexFloat)> limits) => limits.Select(c => (c.Name, c.HexFloat));
    }
}
