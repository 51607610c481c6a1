using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Algorithms;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Search.Fitting;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    /// <summary>
    /// Every catalog entry of a fittable algorithm is laid out exactly as its descriptor would have nk-search fit make it:
    /// the same constant names in the same order, and every fixed constant (reduction splits, limits, erf's centres and
    /// their erf) with the same value. The catalog writes its entries' constants out for review, so this is what keeps
    /// the two from drifting apart.
    /// </summary>
    public class CatalogLayoutTests
    {
        public static IEnumerable<object[]> FittableEntryIds() => KernelCatalog.Entries
            .Where(e => AlgorithmRegistry.For(e.Algorithm).CanFit(e.Function, e.Element, e.DomainMin, e.DomainMax))
            .Select(e => new object[] { e.Id });

        [Theory]
        [MemberData(nameof(FittableEntryIds))]
        public void EntryHasItsDescriptorsLayout(string id)
        {
            CatalogEntry entry = KernelCatalog.Entries.Single(e => e.Id == id);
            AlgorithmDescriptor descriptor = AlgorithmRegistry.For(entry.Algorithm);
            bool special = descriptor.NeedsSpecialPath(entry.Element, entry.DomainMin, entry.DomainMax);
            string[] names = entry.Constants.Select(c => c.Name).ToArray();
            FitLayout? layout = descriptor.Degrees(entry.Element)
                .Select(degree => descriptor.Layout(new FitQuery(entry.Function, entry.Element, degree, entry.DomainMin, entry.DomainMax, special), MpfrFitNumerics.Instance))
                .FirstOrDefault(l => l.Slots.Select(s => s.Name).SequenceEqual(names));
            Assert.True(layout is not null, $"{id}: no degree of {entry.Algorithm} lays out the constants {string.Join(", ", names)}");
            for (int i = 0; i < names.Length; i++)
            {
                LayoutSlot slot = layout!.Slots[i];
                if (slot.HexFloat is null) continue;
                Assert.True(HexFloat.Parse(slot.HexFloat) == HexFloat.Parse(entry.Constants[i].HexFloat),
                    $"{id}: {slot.Name} is {entry.Constants[i].HexFloat} in the catalog, {slot.HexFloat} in {entry.Algorithm}'s layout");
            }
        }
    }
}
