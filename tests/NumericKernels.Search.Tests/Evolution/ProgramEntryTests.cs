using System;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Evolution;
using NumericKernels.Search.Verification;
using Xunit;

namespace NumericKernels.Search.Tests.Evolution;

/// <summary>What the evaluator computes is what the generator emits: program → CatalogEntry → EntryEmitter → compiled kernel.</summary>
public class ProgramEntryTests
{
    private static readonly EvolutionSettings Settings = new(MathFunctionId.Exp2, 0, 1, 1, 16, 1);

    [Fact]
    public void EmittedKernelsMatchTheEvaluatorBitForBitOnRandomPrograms()
    {
        var random = new SearchRandom(2024);
        for (int p = 0; p < 6; p++)
        {
            EvolvedProgram program = RandomPrograms.Create(random);
            for (int m = 0; m < 6; m++) program = ProgramMutator.Mutate(program, random);
            CatalogEntry entry = ProgramEntry.Create(program, Settings, "test", default);
            using CompiledKernel<float> kernel = KernelCompiler.Compile<float>(entry);
            var x = Enumerable.Range(0, 4099).Select(i => (float)random.NextDouble() * 2 - 0.5f).ToArray();
            var expected = new float[x.Length];
            var actual = new float[x.Length];
            program.Evaluate(x, expected);
            kernel.Span(x, actual);
            for (int i = 0; i < x.Length; i++)
            {
                Assert.True(BitConverter.SingleToInt32Bits(expected[i]) == BitConverter.SingleToInt32Bits(actual[i]) || float.IsNaN(expected[i]) && float.IsNaN(actual[i]),
                    $"{program}: x = {x[i]:R}, evaluator {expected[i]:R}, emitted {actual[i]:R}");
                float scalar = kernel.Scalar(x[i]);
                Assert.True(BitConverter.SingleToInt32Bits(expected[i]) == BitConverter.SingleToInt32Bits(scalar) || float.IsNaN(expected[i]) && float.IsNaN(scalar));
            }
        }
    }

    [Fact]
    public void EntriesCarryExactHexFloatConstantsAndOneStepPerOperation()
    {
        EvolvedProgram horner = MinimaxBaseline.Horner(3).WithConstants(new[] { 0.1f, -2.5f, 0.6931472f, 1f });
        CatalogEntry entry = ProgramEntry.Create(horner, Settings, "test", default);
        Assert.Equal(KernelAlgorithm.DirectProgram, entry.Algorithm);
        Assert.Equal(3, entry.Steps.Count);
        Assert.Equal(3, entry.Cost);
        Assert.Equal(new[] { 0.1f, -2.5f, 0.6931472f, 1f }, entry.Constants.Select(c => HexFloat.ParseSingle(c.HexFloat)));
        Assert.Equal(new ProgramStep("fma", "K0", "x", "K1"), entry.Steps[0]);
        Assert.Contains("new ProgramStep(\"fma\", \"t1\", \"x\", \"K3\")", ProgramEntry.ToCSharp(entry));
    }
}
