using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Planning;
using NumericKernels.Generators.Programs;
using NumericKernels.Generators.Programs.Algorithms;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Search.Programs;
using NumericKernels.Search.Verification;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// nk-search fit: for each candidate program, cheapest first, fit its core polynomials (Remez in double-double
    /// against MPFR), round their coefficients fpminimax-style, polish them on the interpreted fast path, screen the
    /// emitted entry with a sampled nk-search verify, and verify the first survivor in full (exhaustively for float32, on
    /// 10^8 inputs for float64). The first candidate that passes is the cheapest program meeting the bound among those
    /// tried. Everything specific to a program comes from its algorithm's descriptor.
    /// </summary>
    internal static class FitSearch
    {
        /// <summary>Grid of the Remez exchange: dense enough that grid maxima are within 1e-6 of the true ones at degree 16.</summary>
        public const int GridSize = 6001;

        /// <summary>Inputs of the error sample the polish measures on.</summary>
        public const int SampleSize = 1 << 16;

        /// <summary>Budget of measured evaluations for the coefficient polish (per core, for programs that polish core by core).</summary>
        public const int PolishEvaluations = 400;

        /// <summary>Strided inputs of the float32 screening verification (float64 uses random inputs, fewer since each costs an MPFR call).</summary>
        public const long ScreeningSamplesSingle = 1L << 22;

        public const long ScreeningSamplesDouble = 100_000;

        /// <summary>
        /// Tries the candidates cheapest first; those <paramref name="checkpoint"/> already rejected are reported, not
        /// redone, and each new rejection is saved to it before the next candidate starts.
        /// </summary>
        public static FitOutcome Run(FitRequest request, IFitProgress progress, CancellationToken cancellation, FitCheckpoint? checkpoint = null)
        {
            IReadOnlyList<FitCandidate> candidates = CandidatePlanner.Plan(request);
            var tried = new List<CandidateOutcome>();
            foreach (FitCandidate candidate in candidates)
            {
                cancellation.ThrowIfCancellationRequested();
                if (checkpoint?.Find(candidate) is CandidateOutcome earlier)
                {
                    tried.Add(earlier with { Candidate = candidate });
                    progress.Finished(tried[^1]);
                    continue;
                }
                var (outcome, entry, verification) = TryCandidate(request, candidate, progress, cancellation);
                tried.Add(outcome);
                progress.Finished(outcome);
                if (entry != null) return new FitOutcome(entry, verification, tried);
                checkpoint?.Record(outcome);
            }
            return new FitOutcome(null, null, tried);
        }

        private static (CandidateOutcome Outcome, CatalogEntry? Entry, EntryVerification? Verification) TryCandidate(FitRequest request, FitCandidate candidate, IFitProgress progress, CancellationToken cancellation)
        {
            FittedCandidate fitted = Fit(request, candidate, progress, cancellation);
            CandidateOutcome Outcome(string verdict, double? verified) =>
                new CandidateOutcome(candidate, verdict, fitted.MinimaxError, fitted.RoundedError, fitted.SimulatedUlp, verified);
            if (fitted.Entry is not CatalogEntry entry) return (Outcome(fitted.Verdict, null), null, null);

            var screening = new VerificationSettings(SweepMode.Sampled, request.IsSingle ? ScreeningSamplesSingle : ScreeningSamplesDouble);
            progress.Stage(candidate, "screening with nk-search verify", EntryVerifier.PlannedInputs(entry, screening));
            EntryVerification screened = EntryVerifier.Verify(entry, screening, progress.InputsDone, cancellation);
            if (!screened.Passed) return (Outcome("screening: " + VerdictText(screened), screened.CertifiedMaxUlp), null, null);

            // Exhaustive is every float32 of the domain, and for float64 the 10^8 inputs a catalog record needs.
            var final = new VerificationSettings(SweepMode.Exhaustive);
            progress.Stage(candidate, request.IsSingle ? "exhaustive nk-search verify" : "nk-search verify on 10^8 inputs", EntryVerifier.PlannedInputs(entry, final));
            EntryVerification verified = EntryVerifier.Verify(entry, final, progress.InputsDone, cancellation);
            if (!verified.Passed) return (Outcome("final verification: " + VerdictText(verified), verified.CertifiedMaxUlp), null, null);
            if (verified.CertifiedMaxUlp > request.AcceptedUlp)
            {
                return (Outcome(Invariant($"final verification: {verified.CertifiedMaxUlp:0.0000} ULP at {verified.WorstInput} leaves less than the float64 margin of {request.Float64Margin} ULP"), verified.CertifiedMaxUlp), null, null);
            }
            return (Outcome("accepted", verified.CertifiedMaxUlp), entry with { Verification = verified.ToRecord() }, verified);
        }

        /// <summary>
        /// Fits, rounds and polishes every core of a candidate: the entry (unverified) when its error on the sample is within
        /// the bound, else null and why, with the figures so far.
        /// </summary>
        public static FittedCandidate Fit(FitRequest request, FitCandidate candidate, IFitProgress progress, CancellationToken cancellation)
        {
            AlgorithmDescriptor descriptor = AlgorithmRegistry.For(candidate.Algorithm);
            progress.Stage(candidate, "Remez fit");
            FitLayout layout;
            try
            {
                layout = descriptor.Layout(CandidatePlanner.Query(request, candidate), MpfrFitNumerics.Instance);
            }
            catch (NotSupportedException e)
            {
                return new FittedCandidate(null, "fit failed: " + e.Message, null, null, null);
            }
            var coefficients = new List<double[]>();
            double realError = 0, roundedError = 0;
            foreach (CoreFit core in layout.Cores)
            {
                FitProblem problem = FitProblem.From(core, request.Function);
                using var evaluator = new ResidualEvaluator(problem);
                SampledProblem sampled;
                RemezResult real;
                try
                {
                    sampled = SampledProblem.Create(problem, evaluator, GridSize);
                    real = RemezExchange.Fit(sampled, requireConvergence: true, cancellation);
                }
                catch (FitException e)
                {
                    return new FittedCandidate(null, "fit failed: " + e.Message, realError > 0 ? realError : null, null, null);
                }
                realError = Math.Max(realError, real.MaxError);
                // Even with every operation exact but the last, the result is rounded once: 0.5 ULP plus the approximation's
                // error, at least real·2^(p-1) ULPs where the result's ULP is largest relative to it.
                double floorUlp = 0.5 + real.MaxError * Math.ScaleB(1.0, request.Precision - 1);
                if (floorUlp > request.AcceptedUlp)
                {
                    return new FittedCandidate(null, Invariant($"minimax error 2^{Math.Log2(real.MaxError):0.0} cannot reach {request.AcceptedUlp} ULP"), realError, null, null);
                }
                progress.Stage(candidate, "rounding coefficients");
                var (rounded, error) = CoefficientRounder.Round(sampled, real, request.IsSingle, cancellation);
                coefficients.Add(rounded);
                roundedError = Math.Max(roundedError, error);
            }

            progress.Stage(candidate, "polishing on the interpreted fast path");
            var (simulated, worst) = request.IsSingle
                ? Polish<float>(request, candidate, layout, coefficients, cancellation)
                : Polish<double>(request, candidate, layout, coefficients, cancellation);
            if (simulated > request.AcceptedUlp)
            {
                return new FittedCandidate(null, Invariant($"simulated {simulated:0.000} ULP on {SampleSize} inputs (at {worst})"), realError, roundedError, simulated);
            }
            return new FittedCandidate(BuildEntry(request, candidate, layout, coefficients, null), "fitted", realError, roundedError, simulated);
        }

        /// <summary>
        /// Coordinate-descent polish (in place) of the rounded coefficients against the ULP error of the whole program as it
        /// is emitted (its roundings included), measured by the interpreter on a sample: all cores together on the fast
        /// path's inputs, or, for programs that select one core per lane, each core on its own inputs.
        /// </summary>
        /// <returns>The largest error on the samples after the polish, and the input where it is reached (as hex-float text).</returns>
        private static (double MaxUlp, string WorstInput) Polish<T>(FitRequest request, FitCandidate candidate, FitLayout layout, List<double[]> coefficients, CancellationToken cancellation)
            where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
        {
            (double MaxUlp, T Worst) Error(ErrorSample<T> sample, IReadOnlyList<double[]> trial)
            {
                CatalogEntry entry = BuildEntry(request, candidate, layout, trial, null);
                return sample.MaxError(new ProgramInterpreter(KernelPrograms.Build(entry)));
            }

            double Measure(ErrorSample<T> sample, IReadOnlyList<double[]> trial) => Error(sample, trial).MaxUlp;

            string Hex(T x) => typeof(T) == typeof(float) ? Numerics.HexFloatText.Format(float.CreateTruncating(x)) : Numerics.HexFloatText.Format(double.CreateTruncating(x));

            if (layout.Cores.All(core => core.PolishRange is not null))
            {
                var samples = new List<ErrorSample<T>>();
                for (int k = 0; k < layout.Cores.Count; k++)
                {
                    SampleRange range = layout.Cores[k].PolishRange!.Value;
                    var sample = ErrorSample<T>.Create(request.Function, range.Low, range.High, range.DenseLow, range.DenseHigh, SampleSize / layout.Cores.Count, seed: 12345 + k);
                    samples.Add(sample);
                    int index = k;
                    var (polished, _) = CoefficientPolisher.Polish(coefficients[k], trial => Measure(sample, new List<double[]>(coefficients) { [index] = trial }), request.IsSingle, PolishEvaluations, cancellation);
                    coefficients[k] = polished;
                }
                var worstPiece = samples.Select(sample => Error(sample, coefficients)).OrderByDescending(e => e.MaxUlp).First();
                return (worstPiece.MaxUlp, Hex(worstPiece.Worst));
            }

            SampleRange whole = Clip(layout.Sample, request);
            var joint = ErrorSample<T>.Create(request.Function, whole.Low, whole.High, whole.DenseLow, whole.DenseHigh, SampleSize, seed: 12345);
            int[] counts = coefficients.Select(c => c.Length).ToArray();
            var (all, _) = CoefficientPolisher.Polish(coefficients.SelectMany(c => c).ToArray(), trial => Measure(joint, Split(trial, counts)), request.IsSingle, PolishEvaluations, cancellation);
            var split = Split(all, counts);
            for (int k = 0; k < coefficients.Count; k++) coefficients[k] = split[k];
            var (max, at) = Error(joint, coefficients);
            return (max, Hex(at));
        }

        private static List<double[]> Split(double[] all, int[] counts)
        {
            var parts = new List<double[]>();
            int offset = 0;
            foreach (int count in counts)
            {
                parts.Add(all.AsSpan(offset, count).ToArray());
                offset += count;
            }
            return parts;
        }

        /// <summary>The fast path's sample inside the requested domain.</summary>
        private static SampleRange Clip(SampleRange range, FitRequest request)
        {
            double low = Math.Max(range.Low, request.DomainMin);
            double high = Math.Min(range.High, request.DomainMax);
            return new SampleRange(low, high, Math.Max(range.DenseLow, low), Math.Min(range.DenseHigh, high));
        }

        /// <summary>The catalog entry of a candidate with its coefficients; <paramref name="record"/> is filled in after verification.</summary>
        public static CatalogEntry BuildEntry(FitRequest request, FitCandidate candidate, FitLayout layout, IReadOnlyList<double[]> coefficients, VerificationRecord? record)
        {
            AlgorithmDescriptor descriptor = AlgorithmRegistry.For(candidate.Algorithm);
            return new CatalogEntry(
                Id: EntryId(request, candidate, descriptor),
                Function: request.Function,
                Element: request.Element,
                DomainMin: request.DomainMin,
                DomainMax: request.DomainMax,
                HandlesSpecialValues: true,
                BoundUlp: request.MaxUlp,
                Origin: Invariant($"minimax (nk-search fit, degree {candidate.Degree}{(candidate.Scheme == EvaluationScheme.Estrin ? " Estrin" : "")}, {descriptor.Description})"),
                Algorithm: candidate.Algorithm,
                Constants: layout.Constants(coefficients, request.Element),
                Verification: record ?? new VerificationRecord(double.NaN, "none", 0, "pending: nk-search fit", "none"),
                Scheme: candidate.Scheme);
        }

        /// <summary>"exp.f32.u1", with the descriptor's suffix (".bounded" without a special path, ".direct8") and ".estrin".</summary>
        private static string EntryId(FitRequest request, FitCandidate candidate, AlgorithmDescriptor descriptor)
        {
            string bound = request.MaxUlp.ToString("0.###", CultureInfo.InvariantCulture).Replace('.', 'p');
            string scheme = candidate.Scheme == EvaluationScheme.Estrin ? ".estrin" : "";
            return $"{Describe.Function(request.Function)}.{(request.IsSingle ? "f32" : "f64")}.u{bound}{descriptor.EntryIdSuffix(CandidatePlanner.Query(request, candidate))}{scheme}";
        }

        internal static string VerdictText(EntryVerification v)
        {
            var reasons = new List<string>();
            if (!v.WithinBound) reasons.Add(Invariant($"{v.CertifiedMaxUlp:0.0000} ULP at {v.WorstInput}"));
            if (v.KindFailures > 0) reasons.Add(Invariant($"{v.KindFailures} special-value failures"));
            if (v.ConsistencyFailures > 0) reasons.Add(Invariant($"{v.ConsistencyFailures} path mismatches"));
            string text = string.Join(", ", reasons);
            return v.FailureExamples.Count > 0 && (v.KindFailures > 0 || v.ConsistencyFailures > 0) ? text + " (" + v.FailureExamples[0] + ")" : text;
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>What fitting a candidate gave before verification: the entry (null when rejected), why, and the figures so far.</summary>
    internal sealed record FittedCandidate(CatalogEntry? Entry, string Verdict, double? MinimaxError, double? RoundedError, double? SimulatedUlp);
}
