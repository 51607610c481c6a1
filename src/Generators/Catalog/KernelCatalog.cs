using System.Collections.Immutable;
using System.Linq;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Catalog
{
    /// <summary>
    /// Every verified approximation the generator can emit, one partial file per function family. Entries are written
    /// from nk-search output and reviewed in git; the generator only selects among them and never evaluates numerics.
    /// </summary>
    internal static partial class KernelCatalog
    {
        public static ImmutableArray<CatalogEntry> Entries { get; } =
            ExpEntries().Concat(Exp2Entries()).Concat(LogEntries()).Concat(Log2Entries())
                .Concat(SinEntries()).Concat(CosEntries())
                .Concat(ErfEntries())
                .Concat(SigmoidEntries()).Concat(TanhEntries())
                .ToImmutableArray();

        private static EquatableArray<NamedConstant> Constants(params (string Name, string HexFloat)[] constants) =>
            new EquatableArray<NamedConstant>(constants.Select(c => new NamedConstant(c.Name, c.HexFloat)));

        /// <summary>
        /// The float32 constants of ln2 shared by the exp entries: ln2 = Ln2Hi + Ln2Lo with Ln2Hi on 15 significant bits, so
        /// k·Ln2Hi is exact for |k| &lt; 2^8.
        /// </summary>
        private static (string, string)[] SingleExpReduction => new[]
        {
            ("InvLn2", "0x1.715476p0"),
            ("NegLn2Hi", "-0x1.62e4p-1"),
            ("NegLn2Lo", "-0x1.7f7d1cp-20"),
        };

        /// <summary>ln2 for double: Ln2Hi on 32 bits so k·Ln2Hi is exact for |k| &lt; 2^21.</summary>
        private static (string, string)[] DoubleExpReduction => new[]
        {
            ("InvLn2", "0x1.71547652b82fep0"),
            ("NegLn2Hi", "-0x1.62e42feep-1"),
            ("NegLn2Lo", "-0x1.a39ef35793c76p-33"),
        };
    }
}
