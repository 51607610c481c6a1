namespace NumericKernels.Search.Evolution
{
    /// <summary>A program with fitted float constants and its two objectives, both minimized.</summary>
    /// <param name="Program">The program, constants rounded to float.</param>
    /// <param name="MaxUlp">Largest float32 error on the validation sample, in ULPs (+Infinity when a result is not finite).</param>
    internal sealed record Candidate(EvolvedProgram Program, double MaxUlp)
    {
        /// <summary>Latency-weighted operation count.</summary>
        public int Cost => Program.Cost;

        /// <summary>Pareto dominance: no worse in both objectives and better in one.</summary>
        public bool Dominates(Candidate other) =>
            MaxUlp <= other.MaxUlp && Cost <= other.Cost && (MaxUlp < other.MaxUlp || Cost < other.Cost);
    }
}
