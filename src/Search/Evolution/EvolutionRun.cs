using System;
using System.Diagnostics;
using System.Linq;
using System.Threading;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// When a run stops: total generations and total search time over every session, and how many generations after the
    /// latest verified winner it keeps looking for a cheaper one (the first winner is rarely the cheapest the front reaches).
    /// </summary>
    internal sealed record RunLimits(int? MaxGenerations, TimeSpan? MaxTime, int Patience);

    /// <summary>What the display shows after each step.</summary>
    internal sealed record RunProgress(int Generation, double BestError, int FrontSize, int? CheapestWithinBound, TimeSpan Elapsed, string Activity);

    /// <summary>How a run ended.</summary>
    internal enum RunOutcome
    {
        /// <summary>A program met the bound on every input of the domain.</summary>
        Verified,

        /// <summary>The generation or time budget ran out first.</summary>
        BudgetSpent,
    }

    /// <summary>
    /// The evolve loop: verify promising front members exhaustively (cheapest first), stop once no cheaper winner has
    /// appeared for the patience window, otherwise breed a generation; checkpoint after every generation and verification, and on
    /// cancellation, before the cancellation propagates.
    /// </summary>
    internal sealed class EvolutionRun
    {
        private readonly EvolutionEngine _engine;
        private readonly EvolutionState _state;
        private readonly string _checkpointDirectory;
        private readonly RunLimits _limits;

        public EvolutionRun(EvolutionEngine engine, EvolutionState state, string checkpointDirectory, RunLimits limits)
        {
            _engine = engine;
            _state = state;
            _checkpointDirectory = checkpointDirectory;
            _limits = limits;
        }

        public EvolutionState State => _state;

        public RunOutcome Run(Action<RunProgress> report, Action<long>? verificationProgress, CancellationToken cancellation)
        {
            TimeSpan before = _state.Elapsed;
            var clock = Stopwatch.StartNew();
            void Tick() => _state.Elapsed = before + clock.Elapsed;
            try
            {
                while (true)
                {
                    foreach (Candidate candidate in EvolutionEngine.PendingVerification(_state))
                    {
                        report(Progress($"verifying a cost-{candidate.Cost} program exhaustively ({candidate.MaxUlp:0.###} ULP on the validation sample)"));
                        VerificationAttempt attempt = CandidateVerifier.Verify(candidate, _state, verificationProgress, cancellation);
                        _state.Verifications.Add(attempt);
                        Tick();
                        EvolutionCheckpoint.Save(_state, _checkpointDirectory);
                        report(Progress(attempt.Passed
                            ? $"cost {candidate.Cost} verified: {attempt.CertifiedMaxUlp:0.####} ULP over {attempt.InputsChecked} inputs"
                            : $"cost {candidate.Cost} failed exhaustively: {attempt.CertifiedMaxUlp:0.####} ULP at {attempt.WorstInput}"));
                        if (attempt.Passed) break;
                    }
                    VerificationAttempt? winner = _state.Winner;
                    if (winner != null && _state.Generation - winner.Generation >= _limits.Patience) return RunOutcome.Verified;
                    if (_state.Generation >= _limits.MaxGenerations || _state.Elapsed >= _limits.MaxTime)
                    {
                        return winner != null ? RunOutcome.Verified : RunOutcome.BudgetSpent;
                    }
                    _engine.Step(_state, cancellation);
                    Tick();
                    EvolutionCheckpoint.Save(_state, _checkpointDirectory);
                    report(Progress("evolving"));
                }
            }
            catch (OperationCanceledException)
            {
                // The state holds the last complete generation; only the time of the interrupted one is added.
                Tick();
                EvolutionCheckpoint.Save(_state, _checkpointDirectory);
                throw;
            }
        }

        public RunProgress Progress(string activity)
        {
            var front = _state.Front();
            int? cheapest = front.Where(c => c.MaxUlp <= _state.Settings.MaxUlp).Select(c => (int?)c.Cost).Min();
            return new RunProgress(_state.Generation, _state.BestError, front.Count, cheapest, _state.Elapsed, activity);
        }
    }
}
