using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests;

/// <summary>
/// Every catalog class as emitted, one snapshot per entry: any change to a program's generated text is seen in review
/// and has to be explained (the kernels' bits are checked by PathCheck and the kernel tests).
/// </summary>
public class CatalogSnapshotTests
{
    public static IEnumerable<object[]> EntryIds() => KernelCatalog.Entries.Select(e => new object[] { e.Id });

    [Theory]
    [MemberData(nameof(EntryIds))]
    public void Entry_class_matches_snapshot(string id)
    {
        CatalogEntry entry = KernelCatalog.Entries.Single(e => e.Id == id);
        Snapshot.Match(EntryEmitter.Emit(entry), EntryEmitter.HintName(entry));
    }
}
