using System;
using System.IO;
using System.Threading.Tasks;
using NumericKernels.Search.Cli;
using NumericKernels.Search.Evolution;
using Xunit;

namespace NumericKernels.Search.Tests.Evolution;

/// <summary>nk-search evolve and compare: bad arguments are one-line usage errors; a short run checkpoints and resumes.</summary>
public class EvolveCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nk-evolve-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = await NkSearchCli.RunAsync(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("unknown function 'nosuch'", "evolve", "nosuch")]
    [InlineData("float32 only", "evolve", "exp2", "--format", "float64")]
    [InlineData("--domain", "evolve", "exp2", "--domain", "1,0")]
    [InlineData("--domain", "evolve", "exp2", "--domain", "zero,one")]
    [InlineData("--population", "evolve", "exp2", "--population", "3")]
    [InlineData("--max-ulp", "evolve", "exp2", "--max-ulp", "-1")]
    [InlineData("--minutes", "evolve", "exp2", "--minutes", "0")]
    [InlineData("--constants must be nelder-mead or cma-es", "evolve", "exp2", "--constants", "simplex")]
    [InlineData("unknown function", "compare", "nosuch")]
    public async Task BadArgumentsAreOneLineUsageErrors(string expected, params string[] args)
    {
        var run = await Run(args);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        string line = run.Error.TrimEnd('\n', '\r');
        Assert.DoesNotContain('\n', line);
        Assert.Contains(expected, line);
    }

    [Fact]
    public async Task CompareWithoutACheckpointIsAUsageError()
    {
        var run = await Run("compare", "exp2", "--checkpoint", _directory);
        Assert.Equal(ExitCodes.Usage, run.Exit);
        Assert.Contains("no evolve checkpoint", run.Error);
    }

    [Fact]
    public async Task AShortRunCheckpointsAndTheSameCommandResumesIt()
    {
        string[] args = { "evolve", "exp2", "--domain", "0,1", "--population", "16", "--generations", "2", "--checkpoint", _directory, "--seed", "4" };
        var first = await Run(args);
        Assert.Contains("new run", first.Output);
        Assert.Equal(2, EvolutionCheckpoint.Load(_directory)!.Generation);
        Assert.True(File.Exists(Path.Combine(_directory, "pareto-front.png")));

        args[7] = "3";
        var second = await Run(args);
        Assert.Contains("resuming generation 2", second.Output);
        Assert.Equal(3, EvolutionCheckpoint.Load(_directory)!.Generation);

        var other = await Run("evolve", "exp2", "--population", "32", "--generations", "3", "--checkpoint", _directory);
        Assert.Equal(ExitCodes.Usage, other.Exit);
        Assert.Contains("other settings", other.Error);
    }
}
