using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Verification;
using Xunit;

namespace NumericKernels.Search.Tests
{
    /// <summary>A fact that is skipped, with the reason, while the catalog has no entries.</summary>
    public sealed class CatalogFactAttribute : FactAttribute
    {
        public CatalogFactAttribute()
        {
            if (KernelCatalog.Entries.IsEmpty) Skip = "KernelCatalog.Entries is empty: no emitted entry to compile yet.";
        }
    }

    public class CatalogEntryVerificationTests
    {
        private static readonly VerificationSettings Quick = new VerificationSettings(SweepMode.Sampled, Samples: 1 << 16);

        [CatalogFact]
        public void EveryCatalogEntryCompilesFromItsEmittedSource()
        {
            foreach (CatalogEntry entry in KernelCatalog.Entries)
            {
                if (entry.Element == ElementKind.Float32) KernelCompiler.Compile<float>(entry).Dispose();
                else KernelCompiler.Compile<double>(entry).Dispose();
            }
        }

        [CatalogFact]
        public void FirstCatalogEntryPassesASampledVerification()
        {
            CatalogEntry entry = KernelCatalog.Entries.First();
            var settings = entry.Element == ElementKind.Float32 ? Quick : new VerificationSettings(SweepMode.Sampled, Samples: 20_000);
            EntryVerification result = EntryVerifier.Verify(entry, settings, null, CancellationToken.None);
            Assert.True(result.Passed, $"{entry.Id}: max {result.MaxUlp} ULP at {result.WorstInput}; " + string.Join("; ", result.FailureExamples));
        }

        public static TheoryData<string> Float64EntryIds()
        {
            var ids = new TheoryData<string>();
            foreach (CatalogEntry entry in KernelCatalog.Entries)
            {
                if (entry.Element == ElementKind.Float64) ids.Add(entry.Id);
            }
            return ids;
        }

        /// <summary>
        /// Every float64 entry against MPFR on 20000 random inputs plus the verifier's targeted ones (thresholds, binade
        /// edges, tiny arguments): the float64 kernels' tests elsewhere compare with libm, which is itself off by up to
        /// an ULP or two for some of these functions.
        /// </summary>
        [Theory]
        [MemberData(nameof(Float64EntryIds))]
        public void EveryFloat64EntryPassesASampledMpfrVerification(string id)
        {
            CatalogEntry entry = KernelCatalog.Entries.Single(e => e.Id == id);
            EntryVerification result = EntryVerifier.Verify(entry, new VerificationSettings(SweepMode.Sampled, Samples: 20_000), null, CancellationToken.None);
            Assert.True(result.Passed, $"{entry.Id}: max {result.MaxUlp} ULP at {result.WorstInput}; " + string.Join("; ", result.FailureExamples));
        }

        [CatalogFact]
        public void FirstCatalogEntryFailsWithABoundTightenedBelowItsError()
        {
            CatalogEntry entry = KernelCatalog.Entries.First() with { BoundUlp = 0.01 };
            var settings = entry.Element == ElementKind.Float32 ? Quick : new VerificationSettings(SweepMode.Sampled, Samples: 20_000);
            EntryVerification result = EntryVerifier.Verify(entry, settings, null, CancellationToken.None);
            Assert.False(result.Passed);
        }
    }
}
