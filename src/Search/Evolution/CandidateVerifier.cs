using System;
using System.Globalization;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Verification;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// Verifies a front member exhaustively the way a catalog entry is verified: the program becomes a DirectProgram
    /// entry, EntryEmitter writes its source, and nk-search verify's machinery compiles it and sweeps every float32 input
    /// of the domain against the reference, re-checking the worst with MPFR. What passes is exactly what would ship.
    /// </summary>
    internal static class CandidateVerifier
    {
        public static VerificationAttempt Verify(Candidate candidate, EvolutionState state, Action<long>? progress, CancellationToken cancellation)
        {
            string origin = string.Format(
                CultureInfo.InvariantCulture,
                "evolved (nk-search evolve, NSGA-II, seed {0}, generation {1})",
                state.Settings.Seed,
                state.Generation);
            return Verify(candidate, state.Settings, state.Generation, origin, "evolved", progress, cancellation);
        }

        /// <summary>Verifies any program for the run's function and domain; <paramref name="kind"/> names its origin in the entry id.</summary>
        public static VerificationAttempt Verify(Candidate candidate, EvolutionSettings settings, int generation, string origin, string kind, Action<long>? progress, CancellationToken cancellation)
        {
            var pending = new VerificationRecord(double.PositiveInfinity, "none", 0, "not verified", "none");
            CatalogEntry entry = ProgramEntry.Create(candidate.Program, settings, origin, pending, kind);
            EntryVerification result = EntryVerifier.Verify(entry, new VerificationSettings(SweepMode.Exhaustive), progress, cancellation);
            CatalogEntry verified = entry with { Verification = result.ToRecord() };
            return new VerificationAttempt(
                candidate,
                generation,
                result.CertifiedMaxUlp,
                result.WorstInput,
                result.InputsChecked,
                result.Passed,
                ProgramEntry.ToCSharp(verified),
                Fitting.CatalogEntryWriter.WriteAttribute(verified, "user." + verified.Id, origin));
        }

        /// <summary>Inputs an exhaustive verification of the run's domain checks, for a progress bar.</summary>
        public static long PlannedInputs(EvolutionSettings settings)
        {
            var entry = ProgramEntry.Create(
                EvolvedProgram.Create(new[] { ProgramNode.Input, ProgramNode.Apply(Operation.Add, 0, 0) }, 1),
                settings,
                "",
                default);
            return EntryVerifier.PlannedInputs(entry, new VerificationSettings(SweepMode.Exhaustive));
        }
    }
}
