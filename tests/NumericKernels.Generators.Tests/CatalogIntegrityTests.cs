using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using Xunit;

namespace NumericKernels.Generators.Tests;

/// <summary>The catalog is reviewed as code; these catch the mistakes a review can miss.</summary>
public class CatalogIntegrityTests
{
    [Fact]
    public void EntryIdsAndClassNamesAreUnique()
    {
        Assert.Equal(KernelCatalog.Entries.Length, KernelCatalog.Entries.Select(e => e.Id).Distinct().Count());
        Assert.Equal(KernelCatalog.Entries.Length, KernelCatalog.Entries.Select(EntryEmitter.ClassName).Distinct().Count());
    }

    [Fact]
    public void EveryRecordSupportsItsBound()
    {
        foreach (CatalogEntry e in KernelCatalog.Entries)
        {
            Assert.True(e.Verification.InputsChecked > 0, e.Id + " was never verified");
            Assert.True(e.Verification.MaxUlp <= e.BoundUlp, $"{e.Id}: measured {e.Verification.MaxUlp} above bound {e.BoundUlp}");
        }
    }

    [Fact]
    public void Float32EntriesAreVerifiedExhaustivelyAndFloat64OnAtLeastAMillionInputs()
    {
        foreach (CatalogEntry e in KernelCatalog.Entries)
        {
            if (e.Element == ElementKind.Float32)
            {
                Assert.StartsWith("exhaustive", e.Verification.Method);
                Assert.True(e.Verification.InputsChecked >= 1L << 31, e.Id);
            }
            else
            {
                Assert.True(e.Verification.InputsChecked >= 1_000_000, e.Id);
            }
        }
    }

    [Fact]
    public void EveryConstantIsAnExactHexFloatOfItsElementType()
    {
        foreach (CatalogEntry e in KernelCatalog.Entries)
        {
            foreach (NamedConstant c in e.Constants)
            {
                if (e.Element == ElementKind.Float32) HexFloat.ParseSingle(c.HexFloat);
                else HexFloat.Parse(c.HexFloat);
            }
        }
    }

    [Fact]
    public void EveryEntryEmits()
    {
        foreach (CatalogEntry e in KernelCatalog.Entries)
        {
            string source = EntryEmitter.Emit(e);
            Assert.Contains("internal static class " + EntryEmitter.ClassName(e), source);
            Assert.Contains(e.Id, source);
        }
    }
}
