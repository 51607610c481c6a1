using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Models;
using NumericKernels.Search.Numerics;
using NumericKernels.Search.Verification;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// nk-search fit: for each candidate program, cheapest first, fit the core polynomial (Remez in double-double
    /// against MPFR), round its coefficients fpminimax-style, polish them on the simulated fast path, screen the emitted
    /// entry with a sampled nk-search verify, and verify the first survivor in full (exhaustively for float32, on 10^8
    /// inputs for float64). The first
    /// candidate that passes is the cheapest program meeting the bound among those tried.
    /// </summary>
    internal static class FitSearch
    {
        /// <summary>Grid of the Remez exchange: dense enough that grid maxima are within 1e-6 of the true ones at degree 16.</summary>
        public const int GridSize = 6001;

        /// <summary>Inputs of the simulated error sample.</summary>
        public const int SampleSize = 1 << 16;

        /// <summary>Budget of simulated evaluations for the coefficient polish.</summary>
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
                    tried.Add(earlier);
                    progress.Finished(earlier);
                    continue;
                }
                var (outcome, entry, verification) = candidate.Algorithm == KernelAlgorithm.ErfPiecewise
                    ? ErfPiecewiseFit.TryCandidate(request, candidate, progress, cancellation)
                    : TryCandidate(request, candidate, progress, cancellation);
                tried.Add(outcome);
                progress.Finished(outcome);
                if (entry != null) return new FitOutcome(entry, verification, tried);
                checkpoint?.Record(outcome);
            }
            return new FitOutcome(null, null, tried);
        }

        private static (CandidateOutcome Outcome, CatalogEntry? Entry, EntryVerification? Verification) TryCandidate(FitRequest request, FitCandidate candidate, IFitProgress progress, CancellationToken cancellation)
        {
            progress.Stage(candidate, "Remez fit");
            // Most programs have one core; sin and cos have two (both cores run in every call), fitted one after the other
            // and concatenated in the order of ProgramShape.CoefficientNames.
            var rounded = new List<double>();
            double realError = 0, roundedError = 0;
            foreach (FitProblem problem in ProgramShape.Problems(request.Function, request.Element, candidate.Algorithm, candidate.Degree, request.DomainMin, request.DomainMax))
            {
                using var evaluator = new ResidualEvaluator(problem);
                RemezResult real;
                SampledProblem sampled;
                try
                {
                    sampled = SampledProblem.Create(problem, evaluator, GridSize);
                    real = RemezExchange.Fit(sampled, requireConvergence: true, cancellation);
                }
                catch (FitException e)
                {
                    return (new CandidateOutcome(candidate, "fit failed: " + e.Message, null, null, null, null), null, null);
                }
                realError = Math.Max(realError, real.MaxError);
                // Even with every operation exact but the last, the result is rounded once: 0.5 ULP plus the approximation's
                // error, at least real·2^(p-1) ULPs where the result's ULP is largest relative to it.
                double floorUlp = 0.5 + real.MaxError * Math.ScaleB(1.0, request.Precision - 1);
                if (floorUlp > request.MaxUlp)
                {
                    return (new CandidateOutcome(candidate, Invariant($"minimax error 2^{Math.Log2(real.MaxError):0.0} cannot reach {request.MaxUlp} ULP"), real.MaxError, null, null, null), null, null);
                }

                progress.Stage(candidate, "rounding coefficients");
                var (coefficients, error) = CoefficientRounder.Round(sampled, real, request.IsSingle, cancellation);
                rounded.AddRange(coefficients);
                roundedError = Math.Max(roundedError, error);
            }

            progress.Stage(candidate, "polishing on the simulated fast path");
            var (sampleLow, sampleHigh, denseLow, denseHigh) = SampleRange(request, candidate);
            IReadOnlyList<string> names = ProgramShape.CoefficientNames(candidate.Algorithm, candidate.Degree);
            Func<double[], double> measure = request.IsSingle
                ? Measure<float>(request, candidate, names, sampleLow, sampleHigh, denseLow, denseHigh)
                : Measure<double>(request, candidate, names, sampleLow, sampleHigh, denseLow, denseHigh);
            var (polished, simulated) = CoefficientPolisher.Polish(rounded.ToArray(), measure, request.IsSingle, PolishEvaluations, cancellation);
            if (simulated > request.MaxUlp)
            {
                return (new CandidateOutcome(candidate, Invariant($"simulated {simulated:0.000} ULP on {SampleSize} inputs"), realError, roundedError, simulated, null), null, null);
            }

            CatalogEntry entry = BuildEntry(request, candidate, polished, null);
            var screening = new VerificationSettings(SweepMode.Sampled, request.IsSingle ? ScreeningSamplesSingle : ScreeningSamplesDouble);
            progress.Stage(candidate, "screening with nk-search verify", EntryVerifier.PlannedInputs(entry, screening));
            EntryVerification screened = EntryVerifier.Verify(entry, screening, progress.InputsDone, cancellation);
            if (!screened.Passed)
            {
                return (new CandidateOutcome(candidate, "screening: " + VerdictText(screened), realError, roundedError, simulated, screened.CertifiedMaxUlp), null, null);
            }

            // Exhaustive is every float32 of the domain, and for float64 the 10^8 inputs a catalog record needs.
            var final = new VerificationSettings(SweepMode.Exhaustive);
            progress.Stage(candidate, request.IsSingle ? "exhaustive nk-search verify" : "nk-search verify on 10^8 inputs", EntryVerifier.PlannedInputs(entry, final));
            EntryVerification verified = EntryVerifier.Verify(entry, final, progress.InputsDone, cancellation);
            if (!verified.Passed)
            {
                return (new CandidateOutcome(candidate, "final verification: " + VerdictText(verified), realError, roundedError, simulated, verified.CertifiedMaxUlp), null, null);
            }
            CatalogEntry recorded = entry with { Verification = verified.ToRecord() };
            return (new CandidateOutcome(candidate, "accepted", realError, roundedError, simulated, verified.CertifiedMaxUlp), recorded, verified);
        }

        private static Func<double[], double> Measure<T>(FitRequest request, FitCandidate candidate, IReadOnlyList<string> names, double low, double high, double denseLow, double denseHigh)
            where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
        {
            var sample = ErrorSample<T>.Create(request.Function, low, high, denseLow, denseHigh, SampleSize, seed: 12345);
            var reduction = ProgramShape.ReductionConstants(candidate.Algorithm, request.Element, candidate.SpecialPath)
                .ToDictionary(c => c.Name, c => HexFloat.Parse(c.HexFloat), StringComparer.Ordinal);
            return coefficients =>
            {
                var constants = new Dictionary<string, double>(reduction, StringComparer.Ordinal);
                for (int i = 0; i < coefficients.Length; i++) constants[names[i]] = coefficients[i];
                var simulator = new FastPathSimulator<T>(candidate.Algorithm, constants, candidate.Scheme, request.Function);
                return sample.MaxError(simulator.Evaluate).MaxUlp;
            };
        }

        /// <summary>The fast path's inputs inside the requested domain.</summary>
        private static (double Low, double High, double DenseLow, double DenseHigh) SampleRange(FitRequest request, FitCandidate candidate)
        {
            if (candidate.Algorithm == KernelAlgorithm.DirectPolynomial)
            {
                return (request.DomainMin, request.DomainMax, request.DomainMin, request.DomainMax);
            }
            var (low, high, denseLow, denseHigh) = ProgramShape.FastRange(candidate.Algorithm, request.Element);
            low = Math.Max(low, request.DomainMin);
            high = Math.Min(high, request.DomainMax);
            return (low, high, Math.Max(denseLow, low), Math.Min(denseHigh, high));
        }

        /// <summary>The catalog entry of a candidate with its coefficients; <paramref name="record"/> is filled in after verification.</summary>
        public static CatalogEntry BuildEntry(FitRequest request, FitCandidate candidate, IReadOnlyList<double> coefficients, VerificationRecord? record)
        {
            IReadOnlyList<string> names = ProgramShape.CoefficientNames(candidate.Algorithm, candidate.Degree);
            var constants = new List<NamedConstant>();
            constants.AddRange(ProgramShape.ReductionConstants(candidate.Algorithm, request.Element, candidate.SpecialPath).Select(c => new NamedConstant(c.Name, c.HexFloat)));
            for (int i = 0; i < coefficients.Count; i++)
            {
                string hex = request.IsSingle ? HexFloatText.Format((float)coefficients[i]) : HexFloatText.Format(coefficients[i]);
                constants.Add(new NamedConstant(names[i], hex));
            }
            if (candidate.SpecialPath)
            {
                constants.AddRange(ProgramShape.SpecialPathConstants(candidate.Algorithm, request.Element).Select(c => new NamedConstant(c.Name, c.HexFloat)));
            }
            return new CatalogEntry(
                Id: EntryId(request, candidate),
                Function: request.Function,
                Element: request.Element,
                DomainMin: request.DomainMin,
                DomainMax: request.DomainMax,
                HandlesSpecialValues: true,
                BoundUlp: request.MaxUlp,
                Cost: candidate.Cost,
                Origin: Invariant($"minimax (nk-search fit, degree {candidate.Degree}{(candidate.Scheme == EvaluationScheme.Estrin ? " Estrin" : "")}, {ProgramShape.Describe(candidate.Algorithm)})"),
                Algorithm: candidate.Algorithm,
                Constants: new EquatableArray<NamedConstant>(constants),
                Verification: record ?? new VerificationRecord(double.NaN, "none", 0, "pending: nk-search fit", "none"),
                Scheme: candidate.Scheme);
        }

        private static string EntryId(FitRequest request, FitCandidate candidate)
        {
            string bound = request.MaxUlp.ToString("0.###", CultureInfo.InvariantCulture).Replace('.', 'p');
            string id = $"{ProgramShape.FunctionName(request.Function)}.{(request.IsSingle ? "f32" : "f64")}.u{bound}";
            string scheme = candidate.Scheme == EvaluationScheme.Estrin ? ".estrin" : "";
            if (candidate.Algorithm == KernelAlgorithm.DirectPolynomial) return id + ".direct" + candidate.Degree.ToString(CultureInfo.InvariantCulture) + scheme;
            return (candidate.SpecialPath || ExpQuotientShape.IsTanh(candidate.Algorithm) ? id : id + ".bounded") + scheme;
        }

        internal static string VerdictText(EntryVerification v)
        {
            var reasons = new List<string>();
            if (!v.WithinBound) reasons.Add(Invariant($"{v.CertifiedMaxUlp:0.0000} ULP at {v.WorstInput}"));
            if (v.KindFailures > 0) reasons.Add(Invariant($"{v.KindFailures} special-value failures"));
            if (v.ConsistencyFailures > 0) reasons.Add(Invariant($"{v.ConsistencyFailures} path mismatches"));
            return string.Join(", ", reasons);
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
