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
    public void Float32EntriesAreVerifiedOnEveryFloatOfTheirDomain()
    {
        foreach (CatalogEntry e in KernelCatalog.Entries)
        {
            if (e.Element != ElementKind.Float32) continue;
            Assert.StartsWith("exhaustive", e.Verification.Method);
            Assert.True(e.Verification.InputsChecked >= FloatsIn(e.DomainMin, e.DomainMax), $"{e.Id}: {e.Verification.InputsChecked} inputs checked");
        }
    }

    /// <summary>DESIGN.md: float64 bounds rest on at least 10^8 random and targeted inputs.</summary>
    [Fact]
    public void Float64EntriesAreVerifiedOnAtLeast10To8Inputs()
    {
        foreach (CatalogEntry e in KernelCatalog.Entries)
        {
            if (e.Element == ElementKind.Float64) Assert.True(e.Verification.InputsChecked >= 100_000_000, $"{e.Id}: {e.Verification.InputsChecked} inputs checked");
        }
    }

    /// <summary>How many float32 values lie in [min, max] (one zero counted; infinities count when the domain is unbounded).</summary>
    private static long FloatsIn(double min, double max)
    {
        static long Ordinal(float value)
        {
            int bits = System.BitConverter.SingleToInt32Bits(value);
            return bits >= 0 ? bits : -(long)(bits & 0x7FFF_FFFF);
        }
        float lo = double.IsNegativeInfinity(min) ? float.NegativeInfinity : (float)min;
        float hi = double.IsPositiveInfinity(max) ? float.PositiveInfinity : (float)max;
        return Ordinal(hi) - Ordinal(lo) + 1;
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
