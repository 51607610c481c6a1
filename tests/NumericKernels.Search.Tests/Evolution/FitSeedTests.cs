using System;
using System.IO;
using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Evolution;
using Xunit;

namespace NumericKernels.Search.Tests.Evolution;

/// <summary>--seed-from-fit: the fit's Horner polynomials enter generation 0, and the choice survives a checkpoint.</summary>
public class FitSeedTests : IDisposable
{
    private static readonly Lazy<EvolutionEngine> Engine = new(() => new EvolutionEngine(new EvaluationSamples(MathFunctionId.Exp2, 0, 1)));

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nk-evolve-seed-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public void SeedsAreHornerPolynomialsUpToTheFirstThatMeetsTheBound()
    {
        var settings = new EvolutionSettings(MathFunctionId.Exp2, 0, 1, 1, 16, 5, SeedFromFit: true);
        var seeds = FitSeeds.Programs(Engine.Value, settings, 16, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, seeds.Count).Select(d => MinimaxBaseline.Horner(d).Key), seeds.Select(p => p.Key));
        Assert.True(Engine.Value.Evaluate(seeds[^1], 1).MaxUlp <= 1);
        Assert.True(Engine.Value.Evaluate(seeds[^2], 1).MaxUlp > 1);
    }

    [Fact]
    public void GenerationZeroAlreadyHoldsAProgramWithinTheBound()
    {
        var seeded = new EvolutionSettings(MathFunctionId.Exp2, 0, 1, 1, 16, 5, SeedFromFit: true);
        EvolutionState state = Engine.Value.Start(seeded, CancellationToken.None);
        Assert.Contains(state.Population, c => c.MaxUlp <= 1);
        Assert.NotEmpty(EvolutionEngine.PendingVerification(state));

        EvolutionCheckpoint.Save(state, _directory);
        Assert.True(EvolutionCheckpoint.Load(_directory)!.Settings.SeedFromFit);
    }

    [Fact]
    public void CmaEsConstantsAreARunSettingThatTheCheckpointKeeps()
    {
        var settings = new EvolutionSettings(MathFunctionId.Exp2, 0, 1, 1, 8, 9, ConstantSearch: ConstantSearch.CmaEs);
        var engine = new EvolutionEngine(new EvaluationSamples(MathFunctionId.Exp2, 0, 1), ConstantSearch.CmaEs);
        EvolutionState state = engine.Start(settings, CancellationToken.None);
        Assert.All(state.Population, c => Assert.False(double.IsNaN(c.MaxUlp)));
        EvolutionCheckpoint.Save(state, _directory);
        Assert.Equal(settings, EvolutionCheckpoint.Load(_directory)!.Settings);
    }
}
