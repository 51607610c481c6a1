using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests;

/// <summary>The sigmoid and tanh programs as emitted, and the tier each request selects.</summary>
public class SigmoidTanhEmitterTests
{
    [Theory]
    [InlineData("sigmoid.f32.u1")]
    [InlineData("tanh.f32.u1")]
    public void Entry_source_matches_snapshot(string id)
    {
        CatalogEntry entry = KernelCatalog.Entries.Single(e => e.Id == id);
        Snapshot.Match(EntryEmitter.Emit(entry), EntryEmitter.HintName(entry));
    }

    [Fact]
    public void Tanh_has_no_special_path_and_sigmoid_checks_its_fast_range()
    {
        CatalogEntry tanh = KernelCatalog.Entries.Single(e => e.Id == "tanh.f32.u1");
        CatalogEntry sigmoid = KernelCatalog.Entries.Single(e => e.Id == "sigmoid.f32.u1");
        Assert.Null(ProgramEmitter.For(tanh).FastPathCondition(256, "x"));
        Assert.DoesNotContain("Special", EntryEmitter.Emit(tanh));
        Assert.Contains("FastLimit", ProgramEmitter.For(sigmoid).FastPathCondition(256, "x"));
    }

    [Fact]
    public void Default_requests_get_the_one_ulp_entries_and_MaxUlp_4_the_cheaper_ones()
    {
        GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass("""
                [Approximate(MathFunction.Sigmoid)]
                public static partial float Sigmoid(float x);

                [Approximate(MathFunction.Sigmoid, MaxUlp = 4)]
                public static partial float SigmoidFast(float x);

                [Approximate(MathFunction.Tanh)]
                public static partial float Tanh(float x);

                [Approximate(MathFunction.Tanh, MaxUlp = 4)]
                public static partial float TanhFast(float x);
            """));

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("global::NumericKernels.Generated.Sigmoid_F32_U1.Scalar(x)", run.Source("Demo.Kernels.Sigmoid_Float32.g.cs"));
        Assert.Contains("global::NumericKernels.Generated.Sigmoid_F32_U4.Scalar(x)", run.Source("Demo.Kernels.SigmoidFast_Float32.g.cs"));
        Assert.Contains("global::NumericKernels.Generated.Tanh_F32_U1.Scalar(x)", run.Source("Demo.Kernels.Tanh_Float32.g.cs"));
        Assert.Contains("global::NumericKernels.Generated.Tanh_F32_U4.Scalar(x)", run.Source("Demo.Kernels.TanhFast_Float32.g.cs"));
    }
}
