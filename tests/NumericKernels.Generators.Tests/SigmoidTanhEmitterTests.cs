using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Programs;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests;

/// <summary>The sigmoid and tanh programs (their classes are snapshotted with every catalog class), and the tier each request selects.</summary>
public class SigmoidTanhEmitterTests
{
    [Fact]
    public void Tanh_has_no_special_path_and_sigmoid_checks_its_fast_range()
    {
        CatalogEntry tanh = KernelCatalog.Entries.Single(e => e.Id == "tanh.f32.u1");
        CatalogEntry sigmoid = KernelCatalog.Entries.Single(e => e.Id == "sigmoid.f32.u1");
        Assert.Null(KernelPrograms.For(tanh).Guard);
        Assert.DoesNotContain("Special", EntryEmitter.Emit(tanh));
        KernelProgram program = KernelPrograms.For(sigmoid);
        Assert.Contains(program.Guard!.Instructions, i => i.Op == Opcode.Constant && i.Type == LaneType.Float32 && program.Constants[(int)i.Immediate].Name == "FastLimit");
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
