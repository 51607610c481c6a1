using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Cli;
using NumericKernels.Search.Fitting;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    /// <summary>An interrupted fit resumes: rejected candidates are saved one by one and skipped when the same fit runs again.</summary>
    public class FitCheckpointTests : IDisposable
    {
        private static readonly FitRequest Exp2 = new FitRequest(MathFunctionId.Exp2, ElementKind.Float32, 1, double.NegativeInfinity, double.PositiveInfinity);

        private readonly string _path = Path.Combine(Path.GetTempPath(), "nk-fit-test-" + Guid.NewGuid().ToString("N") + ".json");

        public void Dispose()
        {
            if (File.Exists(_path)) File.Delete(_path);
        }

        [Fact]
        public void RejectionsSurviveAReopenInOrderWithTheirFigures()
        {
            var candidates = CandidatePlanner.Plan(Exp2);
            var checkpoint = FitCheckpoint.OpenOrCreate(_path, Exp2);
            checkpoint.Record(new CandidateOutcome(candidates[0], "minimax error 2^-13.0 cannot reach 1 ULP", 1.2e-4, null, null, null));
            checkpoint.Record(new CandidateOutcome(candidates[1], "simulated 1.477 ULP on 65536 inputs", 3e-9, 3.1e-9, 1.477, double.NaN));
            Assert.False(File.Exists(_path + ".tmp"));

            var reopened = FitCheckpoint.OpenOrCreate(_path, Exp2);
            Assert.Equal(2, reopened.Decided.Count);
            Assert.Equal(checkpoint.Decided[0], reopened.Decided[0]);
            Assert.Equal(candidates[1], reopened.Decided[1].Candidate);
            Assert.Equal(1.477, reopened.Decided[1].SimulatedUlp);
            Assert.True(double.IsNaN(reopened.Decided[1].VerifiedUlp!.Value));
            Assert.Null(reopened.Find(candidates[2]));
        }

        [Fact]
        public void ACheckpointOfAnotherFitIsRefused()
        {
            FitCheckpoint.OpenOrCreate(_path, Exp2).Record(new CandidateOutcome(CandidatePlanner.Plan(Exp2)[0], "rejected", null, null, null, null));
            var error = Assert.Throws<InvalidDataException>(() => FitCheckpoint.OpenOrCreate(_path, Exp2 with { DomainMin = 0, DomainMax = 1 }));
            Assert.Contains("another fit", error.Message);
        }

        [Fact]
        public void ASearchSkipsWhatTheCheckpointRuledOut()
        {
            // Every candidate already rejected: the search reports them all and works on none.
            var checkpoint = FitCheckpoint.OpenOrCreate(_path, Exp2);
            foreach (FitCandidate candidate in CandidatePlanner.Plan(Exp2))
            {
                checkpoint.Record(new CandidateOutcome(candidate, "rejected earlier", null, null, null, null));
            }
            var progress = new RecordingProgress();
            FitOutcome outcome = FitSearch.Run(Exp2, progress, CancellationToken.None, FitCheckpoint.OpenOrCreate(_path, Exp2));
            Assert.Null(outcome.Entry);
            Assert.Equal(CandidatePlanner.Plan(Exp2).Count, outcome.Tried.Count);
            Assert.All(outcome.Tried, o => Assert.Equal("rejected earlier", o.Verdict));
            Assert.Empty(progress.Stages);
        }

        [Fact]
        public async Task TheCommandNamesAForeignCheckpointInOneLine()
        {
            FitCheckpoint.OpenOrCreate(_path, Exp2).Record(new CandidateOutcome(CandidatePlanner.Plan(Exp2)[0], "rejected", null, null, null, null));
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = await NkSearchCli.RunAsync(new[] { "fit", "exp2", "--max-ulp", "4", "--checkpoint", _path }, output, error);
            Assert.Equal(ExitCodes.Usage, exit);
            Assert.Contains("was made for another fit", error.ToString());
            Assert.DoesNotContain('\n', error.ToString().TrimEnd('\n', '\r'));
        }

        [Fact]
        public async Task AnUnwritableCheckpointIsAOneLineErrorBeforeAnyWork()
        {
            var output = new StringWriter();
            var error = new StringWriter();
            string missing = Path.Combine(Path.GetTempPath(), "nk-no-such-dir-" + Guid.NewGuid().ToString("N"), "fit.json");
            int exit = await NkSearchCli.RunAsync(new[] { "fit", "exp2", "--max-ulp", "1", "--checkpoint", missing }, output, error);
            Assert.Equal(ExitCodes.Usage, exit);
            Assert.Contains("--checkpoint: cannot write", error.ToString());
            Assert.DoesNotContain('\n', error.ToString().TrimEnd('\n', '\r'));
        }

        [Fact]
        public void ANewCheckpointIsOnDiskAtOnceAndGoneAfterDelete()
        {
            var checkpoint = FitCheckpoint.OpenOrCreate(_path, Exp2);
            Assert.True(File.Exists(_path));
            Assert.Empty(FitCheckpoint.OpenOrCreate(_path, Exp2).Decided);
            checkpoint.Delete();
            Assert.False(File.Exists(_path));
        }

        private sealed class RecordingProgress : IFitProgress
        {
            public List<string> Stages { get; } = new List<string>();

            public void Stage(FitCandidate candidate, string stage, long plannedInputs = 0) => Stages.Add(stage);

            public void InputsDone(long count)
            {
            }

            public void Finished(CandidateOutcome outcome)
            {
            }
        }
    }
}
