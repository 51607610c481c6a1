using System;
using System.IO;
using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Evolution;
using Xunit;

namespace NumericKernels.Search.Tests.Evolution;

/// <summary>A checkpoint restores the exact state, so a resumed run makes the generation the uninterrupted run makes.</summary>
public class CheckpointTests : IDisposable
{
    private static readonly Lazy<EvolutionEngine> Engine = new(() => new EvolutionEngine(new EvaluationSamples(MathFunctionId.Exp2, 0, 1)));

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nk-evolve-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void SaveThenLoadRestoresEveryPartOfTheState()
    {
        var settings = new EvolutionSettings(MathFunctionId.Exp2, 0, 1, 1, 16, 5);
        EvolutionState state = Engine.Value.Start(settings, CancellationToken.None);
        Engine.Value.Step(state, CancellationToken.None);
        state.Elapsed = TimeSpan.FromSeconds(12.5);
        state.Verifications.Add(new VerificationAttempt(state.Population[0], 1, 0.75, "0x1p-1", 1000, true, "new CatalogEntry(...)"));
        EvolutionCheckpoint.Save(state, _directory);

        EvolutionState loaded = EvolutionCheckpoint.Load(_directory)!;
        Assert.Equal(state.Settings, loaded.Settings);
        Assert.Equal(state.Generation, loaded.Generation);
        Assert.Equal(state.Random.State, loaded.Random.State);
        Assert.Equal(state.Elapsed, loaded.Elapsed);
        Assert.Equal(state.Population.Select(c => (c.Program.Key, c.MaxUlp)), loaded.Population.Select(c => (c.Program.Key, c.MaxUlp)));
        Assert.Equal(state.Verifications.Single() with { Candidate = null! }, loaded.Verifications.Single() with { Candidate = null! });
        Assert.Equal(state.Verifications[0].Candidate.Program.Key, loaded.Verifications[0].Candidate.Program.Key);
        Assert.False(File.Exists(EvolutionCheckpoint.PathIn(_directory) + ".tmp"));
    }

    [Fact]
    public void AResumedRunMakesTheSameNextGenerationAsTheUninterruptedOne()
    {
        var settings = new EvolutionSettings(MathFunctionId.Exp2, 0, 1, 1, 16, 11);
        EvolutionState uninterrupted = Engine.Value.Start(settings, CancellationToken.None);
        Engine.Value.Step(uninterrupted, CancellationToken.None);
        EvolutionCheckpoint.Save(uninterrupted, _directory);
        EvolutionState resumed = EvolutionCheckpoint.Load(_directory)!;

        Engine.Value.Step(uninterrupted, CancellationToken.None);
        Engine.Value.Step(resumed, CancellationToken.None);
        Assert.Equal(uninterrupted.Population.Select(c => c.Program.Key), resumed.Population.Select(c => c.Program.Key));
        Assert.Equal(uninterrupted.Random.State, resumed.Random.State);
    }

    [Fact]
    public void ACancelledGenerationLeavesTheStateAsItWas()
    {
        var settings = new EvolutionSettings(MathFunctionId.Exp2, 0, 1, 1, 16, 3);
        EvolutionState state = Engine.Value.Start(settings, CancellationToken.None);
        string[] before = state.Population.Select(c => c.Program.Key).ToArray();
        ulong[] random = state.Random.State;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Engine.Value.Step(state, cancelled.Token));
        Assert.Equal(0, state.Generation);
        Assert.Equal(random, state.Random.State);
        Assert.Equal(before, state.Population.Select(c => c.Program.Key));
    }

    [Fact]
    public void NodesRoundTripThroughTheirTextForm()
    {
        foreach (ProgramNode node in new[] { ProgramNode.Input, ProgramNode.Constant(-0.6931472f), ProgramNode.Constant(float.Epsilon), ProgramNode.Apply(Operation.Fma, 1, 2, 3), ProgramNode.Apply(Operation.Div, 4, 0) })
        {
            Assert.Equal(node, EvolutionCheckpoint.DecodeNode(EvolutionCheckpoint.EncodeNode(node)));
        }
    }
}
