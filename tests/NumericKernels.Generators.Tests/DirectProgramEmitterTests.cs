using System;
using System.Runtime.Intrinsics;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests;

/// <summary>Straight-line programs (nk-search evolve's output) emit, compile and compute what their steps say.</summary>
public class DirectProgramEmitterTests
{
    private static CatalogEntry Program(params ProgramStep[] steps) => new(
        Id: "test.f32.program",
        Function: MathFunctionId.Exp2,
        Element: ElementKind.Float32,
        DomainMin: 0,
        DomainMax: 1,
        HandlesSpecialValues: true,
        BoundUlp: 1,
        Origin: "evolved (test)",
        Algorithm: KernelAlgorithm.DirectProgram,
        Constants: new EquatableArray<NamedConstant>(new[] { new NamedConstant("K0", "0x1.8p0"), new NamedConstant("K1", "0x1p-2") }),
        Verification: new VerificationRecord(0, "0x0p0", 1, "test", "test"),
        Steps: new EquatableArray<ProgramStep>(steps));

    [Fact]
    public void StepsComputeInOrderWithOneRoundingPerFusedMultiplyAdd()
    {
        // t0 = x*1.5 + 0.25 (fused); t1 = t0 * x; t2 = t1 - K1; t3 = t2 / K0
        CatalogEntry entry = Program(
            new ProgramStep("fma", "x", "K0", "K1"),
            new ProgramStep("mul", "t0", "x"),
            new ProgramStep("sub", "t1", "K1"),
            new ProgramStep("div", "t2", "K0"));
        var compilation = GeneratorHarness.CreateCompilation(EntryEmitter.Emit(entry));
        var assembly = InMemoryAssembly.Load(compilation);
        var scalar = InMemoryAssembly.Function<float, float>(assembly, "NumericKernels.Generated." + EntryEmitter.ClassName(entry), "Scalar");
        var v512 = InMemoryAssembly.Function<Vector512<float>, Vector512<float>>(assembly, "NumericKernels.Generated." + EntryEmitter.ClassName(entry), "V512");
        var random = new Random(5);
        for (int i = 0; i < 10_000; i++)
        {
            float x = (float)random.NextDouble();
            float expected = ((MathF.FusedMultiplyAdd(x, 1.5f, 0.25f) * x) - 0.25f) / 1.5f;
            Assert.Equal(expected, scalar(x));
            Assert.Equal(expected, v512(Vector512.Create(x))[5]);
        }
    }

    [Fact]
    public void ForwardReferencesAndUnknownOperandsAreCatalogErrors()
    {
        Assert.Throws<InvalidOperationException>(() => EntryEmitter.Emit(Program(new ProgramStep("add", "t1", "x"), new ProgramStep("add", "x", "x"))));
        Assert.Throws<InvalidOperationException>(() => EntryEmitter.Emit(Program(new ProgramStep("add", "K9", "x"))));
        Assert.Throws<InvalidOperationException>(() => EntryEmitter.Emit(Program(new ProgramStep("pow", "x", "x"))));
    }
}
