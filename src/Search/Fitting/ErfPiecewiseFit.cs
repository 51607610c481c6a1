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
    /// nk-search fit for <see cref="KernelAlgorithm.ErfPiecewise"/>: the steps of <see cref="FitSearch"/> applied to each
    /// piece of <see cref="ErfPiecewiseShape"/> (Remez, fpminimax-like rounding, polish on the simulated fast path over
    /// that piece's inputs, a lane's result depending on its own piece's coefficients only), then the whole program is
    /// screened and verified like any other candidate.
    /// </summary>
    internal static class ErfPiecewiseFit
    {
        public static (CandidateOutcome Outcome, CatalogEntry? Entry, EntryVerification? Verification) TryCandidate(FitRequest request, FitCandidate candidate, IFitProgress progress, CancellationToken cancellation)
        {
            ErfFitResult fitted = FitPieces(request, candidate, progress, cancellation);
            if (fitted.Entry is not CatalogEntry entry)
            {
                return (new CandidateOutcome(candidate, fitted.Verdict, fitted.MinimaxError, fitted.RoundedError, fitted.SimulatedUlp, null), null, null);
            }
            var screening = new VerificationSettings(SweepMode.Sampled, request.IsSingle ? FitSearch.ScreeningSamplesSingle : FitSearch.ScreeningSamplesDouble);
            progress.Stage(candidate, "screening with nk-search verify", EntryVerifier.PlannedInputs(entry, screening));
            EntryVerification screened = EntryVerifier.Verify(entry, screening, progress.InputsDone, cancellation);
            if (!screened.Passed)
            {
                return (Outcome(candidate, "screening: " + FitSearch.VerdictText(screened), fitted, screened), null, null);
            }
            var final = new VerificationSettings(request.IsSingle ? SweepMode.Exhaustive : SweepMode.Sampled);
            progress.Stage(candidate, request.IsSingle ? "exhaustive nk-search verify" : "nk-search verify", EntryVerifier.PlannedInputs(entry, final));
            EntryVerification verified = EntryVerifier.Verify(entry, final, progress.InputsDone, cancellation);
            if (!verified.Passed)
            {
                return (Outcome(candidate, "final verification: " + FitSearch.VerdictText(verified), fitted, verified), null, null);
            }
            return (Outcome(candidate, "accepted", fitted, verified), entry with { Verification = verified.ToRecord() }, verified);
        }

        /// <summary>
        /// Coordinate-descent polish of each piece's coefficients (in place) on a sample of that piece's inputs, judged on
        /// the simulated fast path; returns the largest simulated error in ULPs.
        /// </summary>
        private static double Polish<T>(FitRequest request, IReadOnlyList<ErfPiece> layout, List<double[]> rounded, CancellationToken cancellation)
            where T : unmanaged, System.Numerics.IBinaryFloatingPointIeee754<T>
        {
            double simulated = 0;
            for (int k = 0; k < layout.Count; k++)
            {
                ErfPiece piece = layout[k];
                double low = k == 0 ? ErfPiecewiseShape.Tiny(request.Element) : piece.Low;
                var sample = ErrorSample<T>.Create(MathFunctionId.Erf, low, piece.High, piece.Low, piece.High, FitSearch.SampleSize / layout.Count, seed: 12345 + k);
                int index = k;
                Func<double[], double> measure = coefficients =>
                {
                    var trial = new List<double[]>(rounded) { [index] = coefficients };
                    var simulator = new ErfPiecewiseSimulator<T>(Constants(layout, trial, request.Element));
                    return sample.MaxError(simulator.Evaluate).MaxUlp;
                };
                var (polished, error) = CoefficientPolisher.Polish(rounded[k], measure, request.IsSingle, FitSearch.PolishEvaluations, cancellation);
                rounded[k] = polished;
                simulated = Math.Max(simulated, error);
            }
            return simulated;
        }

        private static CandidateOutcome Outcome(FitCandidate candidate, string verdict, ErfFitResult fitted, EntryVerification verification) =>
            new CandidateOutcome(candidate, verdict, fitted.MinimaxError, fitted.RoundedError, fitted.SimulatedUlp, verification.CertifiedMaxUlp);

        /// <summary>
        /// Fits, rounds and polishes every piece of a degree-n program; the entry (unverified) when its simulated error
        /// is within the bound, else null and why.
        /// </summary>
        public static ErfFitResult FitPieces(FitRequest request, FitCandidate candidate, IFitProgress progress, CancellationToken cancellation)
        {
            progress.Stage(candidate, "Remez fit of each piece");
            var evaluators = new List<ResidualEvaluator>();
            try
            {
                IReadOnlyList<ErfPiece> layout;
                var fits = new List<(ErfPiece Piece, SampledProblem Sampled, RemezResult Real)>();
                try
                {
                    layout = ErfPiecewiseShape.Layout(candidate.Degree, request.Element);
                    foreach (ErfPiece piece in layout)
                    {
                        var evaluator = new ResidualEvaluator(piece.Problem);
                        evaluators.Add(evaluator);
                        SampledProblem sampled = SampledProblem.Create(piece.Problem, evaluator, FitSearch.GridSize);
                        fits.Add((piece, sampled, RemezExchange.Fit(sampled, requireConvergence: true, cancellation)));
                    }
                }
                catch (FitException e)
                {
                    return new ErfFitResult(null, "fit failed: " + e.Message, null, null, null);
                }
                double real = fits.Max(f => f.Real.MaxError);
                double floorUlp = 0.5 + real * Math.ScaleB(1.0, request.Precision - 1);
                if (floorUlp > request.MaxUlp)
                {
                    return new ErfFitResult(null, Invariant($"minimax error 2^{Math.Log2(real):0.0} cannot reach {request.MaxUlp} ULP"), real, null, null);
                }

                progress.Stage(candidate, "rounding coefficients");
                var rounded = new List<double[]>();
                double roundedError = 0;
                foreach (var fit in fits)
                {
                    var (coefficients, error) = CoefficientRounder.Round(fit.Sampled, fit.Real, request.IsSingle, cancellation);
                    rounded.Add(coefficients);
                    roundedError = Math.Max(roundedError, error);
                }

                progress.Stage(candidate, "polishing each piece on the simulated fast path");
                double simulated = request.IsSingle
                    ? Polish<float>(request, layout, rounded, cancellation)
                    : Polish<double>(request, layout, rounded, cancellation);
                if (simulated > request.MaxUlp)
                {
                    return new ErfFitResult(null, Invariant($"simulated {simulated:0.000} ULP on {FitSearch.SampleSize} inputs"), real, roundedError, simulated);
                }
                return new ErfFitResult(BuildEntry(request, candidate, layout, rounded), "fitted", real, roundedError, simulated);
            }
            finally
            {
                foreach (ResidualEvaluator evaluator in evaluators) evaluator.Dispose();
            }
        }

        /// <summary>The program's named constants in catalog order: layout, then each piece's centre and coefficients.</summary>
        private static List<(string Name, double Value)> NamedValues(IReadOnlyList<ErfPiece> layout, IReadOnlyList<double[]> free, bool specialPath, ElementKind element)
        {
            var values = ErfPiecewiseShape.LayoutConstants(specialPath, element).Select(c => (c.Name, HexFloat.Parse(c.HexFloat))).ToList();
            for (int k = 0; k < layout.Count; k++)
            {
                string p = "P" + k.ToString(CultureInfo.InvariantCulture);
                values.Add((p + "Center", layout[k].Center));
                // Piece 0: fixed C1, free C2.. (powers 1, 3, 5, ... after C1·a); others: fixed C0, free C1.. (powers 1, 2, ...).
                int first = k == 0 ? 2 : 1;
                values.Add(k == 0 ? (p + "C1", ErfPiecewiseShape.TwoOverSqrtPi(element)) : (p + "C0", layout[k].Problem.Fixed[0].Parts[0]));
                // Piece 0 may have fewer free terms than the chain is long (OddPieceTerms): the rest are 0.
                int last = free[free.Count - 1].Length;
                for (int j = first; j <= last; j++)
                {
                    double value = j - first < free[k].Length ? free[k][j - first] : 0.0;
                    values.Add((p + "C" + j.ToString(CultureInfo.InvariantCulture), value));
                }
            }
            return values;
        }

        private static Dictionary<string, double> Constants(IReadOnlyList<ErfPiece> layout, IReadOnlyList<double[]> free, ElementKind element) =>
            NamedValues(layout, free, specialPath: false, element).ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

        public static CatalogEntry BuildEntry(FitRequest request, FitCandidate candidate, IReadOnlyList<ErfPiece> layout, IReadOnlyList<double[]> free)
        {
            var constants = NamedValues(layout, free, candidate.SpecialPath, request.Element).Select(v => new NamedConstant(v.Name, ErfPiecewiseShape.Format(v.Value, request.Element)));
            string bound = request.MaxUlp.ToString("0.###", CultureInfo.InvariantCulture).Replace('.', 'p');
            return new CatalogEntry(
                Id: (request.IsSingle ? "erf.f32.u" : "erf.f64.u") + bound,
                Function: request.Function,
                Element: request.Element,
                DomainMin: request.DomainMin,
                DomainMax: request.DomainMax,
                HandlesSpecialValues: true,
                BoundUlp: request.MaxUlp,
                Cost: candidate.Cost,
                Origin: Invariant($"minimax (nk-search fit, {layout.Count} pieces of degree {candidate.Degree}, odd near 0)"),
                Algorithm: KernelAlgorithm.ErfPiecewise,
                Constants: new EquatableArray<NamedConstant>(constants),
                Verification: new VerificationRecord(double.NaN, "none", 0, "pending: nk-search fit", "none"));
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>What fitting the pieces gave: the unverified entry (null when rejected), why, and the figures so far.</summary>
    internal sealed record ErfFitResult(CatalogEntry? Entry, string Verdict, double? MinimaxError, double? RoundedError, double? SimulatedUlp);
}
