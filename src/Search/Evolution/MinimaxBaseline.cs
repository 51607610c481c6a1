using System.Collections.Generic;
using System.Threading;

namespace NumericKernels.Search.Evolution
{
    /// <summary>One polynomial degree tried for the baseline: its fitted program and validation error.</summary>
    internal sealed record BaselineDegree(int Degree, Candidate Candidate);

    /// <summary>
    /// The polynomial an evolved program competes with: the lowest degree whose Horner form (degree fused multiply-adds)
    /// meets the bound. Coefficients come from the same exact linear minimax fit in ULPs, greedy float rounding and float32
    /// polish the evolve fitter applies to affine programs, i.e. an fpminimax-like fit aimed at the float32 ULP error
    /// itself; the chosen degree is then verified exhaustively like any catalog entry. Sollya's fpminimax is the hand
    /// cross-check (see nk-search compare's output).
    /// </summary>
    internal static class MinimaxBaseline
    {
        public const int MaxDegree = 16;

        /// <summary>Every degree tried, lowest first, up to and including the first that meets the bound exhaustively.</summary>
        public static (IReadOnlyList<BaselineDegree> Tried, VerificationAttempt? Verified) Find(EvolutionSettings settings, EvolutionEngine engine, CancellationToken cancellation)
        {
            var tried = new List<BaselineDegree>();
            for (int degree = 1; degree <= MaxDegree; degree++)
            {
                cancellation.ThrowIfCancellationRequested();
                Candidate candidate = engine.Evaluate(Horner(degree), (ulong)degree);
                tried.Add(new BaselineDegree(degree, candidate));
                if (candidate.MaxUlp > settings.MaxUlp) continue;
                VerificationAttempt attempt = CandidateVerifier.Verify(candidate, settings, 0, $"minimax (nk-search compare, degree {degree} Horner, linear minimax in ULPs, greedy float rounding)", "minimax", null, cancellation);
                if (attempt.Passed) return (tried, attempt);
            }
            return (tried, null);
        }

        /// <summary>c_d·x^d + ... + c_0 as d fused multiply-adds; the starting constants are irrelevant, the fit is exact.</summary>
        public static EvolvedProgram Horner(int degree)
        {
            var nodes = new List<ProgramNode> { ProgramNode.Input, ProgramNode.Constant(1) };
            int value = 1;
            for (int i = 0; i < degree; i++)
            {
                nodes.Add(ProgramNode.Constant(1));
                nodes.Add(ProgramNode.Apply(Operation.Fma, value, 0, nodes.Count - 1));
                value = nodes.Count - 1;
            }
            return EvolvedProgram.Create(nodes, value);
        }
    }
}
