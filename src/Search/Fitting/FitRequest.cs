using System.Collections.Generic;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Verification;

namespace NumericKernels.Search.Fitting
{
    /// <summary>What nk-search fit is asked for.</summary>
    /// <param name="Function">The function.</param>
    /// <param name="Element">Input and output format.</param>
    /// <param name="MaxUlp">The bound the program must meet, in ULPs, on every input of the domain.</param>
    /// <param name="DomainMin">Lower end of the domain (-Infinity for the whole type, special values included).</param>
    /// <param name="DomainMax">Upper end of the domain.</param>
    /// <param name="Algorithm">Only try this program shape; null for every shape the function has.</param>
    /// <param name="Scheme">Only evaluate polynomials this way; null for both Horner and Estrin.</param>
    /// <param name="Float64Margin">
    /// float64 only: the ULPs the 10^8-input verification must leave below <paramref name="MaxUlp"/>. Those inputs are a
    /// sample of the doubles, so a program measured just under the bound may exceed it on inputs nobody drew; float32 is
    /// verified on every input and needs no margin.
    /// </param>
    internal sealed record FitRequest(MathFunctionId Function, ElementKind Element, double MaxUlp, double DomainMin, double DomainMax, KernelAlgorithm? Algorithm = null, EvaluationScheme? Scheme = null, double Float64Margin = FitRequest.DefaultFloat64Margin)
    {
        /// <summary>The default <see cref="Float64Margin"/>: 0.05 ULP.</summary>
        public const double DefaultFloat64Margin = 0.05;

        public bool IsSingle => Element == ElementKind.Float32;

        /// <summary>The largest verified error a candidate may have: the bound, less the float64 margin for float64.</summary>
        public double AcceptedUlp => IsSingle ? MaxUlp : MaxUlp - Float64Margin;

        /// <summary>Significand bits of the format: a relative error e is between e·2^(p-1) and e·2^p ULPs.</summary>
        public int Precision => IsSingle ? 24 : 53;
    }

    /// <summary>One program shape, degree and polynomial scheme to try, with the cost of its program.</summary>
    /// <param name="Algorithm">The program shape.</param>
    /// <param name="Degree">Its degree (the descriptor says what it counts).</param>
    /// <param name="SpecialPath">Whether the entry keeps its special path.</param>
    /// <param name="Scheme">How its core polynomials are evaluated.</param>
    /// <param name="Cost">
    /// The cost of its program (<see cref="NumericKernels.Generators.Programs.ProgramCost"/>), derived by the planner from the
    /// program built with stand-in coefficients; not part of the candidate's identity.
    /// </param>
    internal sealed record FitCandidate(KernelAlgorithm Algorithm, int Degree, bool SpecialPath, EvaluationScheme Scheme = EvaluationScheme.Horner, int Cost = 0)
    {
        public string Shape => $"{Algorithm} degree {Degree}{(Scheme == EvaluationScheme.Estrin ? " Estrin" : "")}{(SpecialPath ? "" : ", no special path")}";

        public override string ToString() => $"{Shape} (cost {Cost})";

        public bool Equals(FitCandidate? other) =>
            other is not null && Algorithm == other.Algorithm && Degree == other.Degree && SpecialPath == other.SpecialPath && Scheme == other.Scheme;

        public override int GetHashCode() => System.HashCode.Combine(Algorithm, Degree, SpecialPath, Scheme);
    }

    /// <summary>What became of one candidate.</summary>
    /// <param name="Candidate">The candidate.</param>
    /// <param name="Verdict">"accepted", or why it was rejected.</param>
    /// <param name="MinimaxError">Relative (or weighted) error of the real-coefficient minimax, when fitted.</param>
    /// <param name="RoundedError">The same after rounding coefficients to the format.</param>
    /// <param name="SimulatedUlp">Max ULP of the simulated fast path on the sample, after polishing.</param>
    /// <param name="VerifiedUlp">Certified max ULP from nk-search verify, when it got that far.</param>
    internal sealed record CandidateOutcome(FitCandidate Candidate, string Verdict, double? MinimaxError, double? RoundedError, double? SimulatedUlp, double? VerifiedUlp);

    /// <summary>The winner (null when nothing met the bound) and every candidate tried.</summary>
    internal sealed record FitOutcome(CatalogEntry? Entry, EntryVerification? Verification, IReadOnlyList<CandidateOutcome> Tried);
}
