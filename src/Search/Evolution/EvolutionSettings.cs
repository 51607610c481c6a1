using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// The derivative-free minimizer for constants a program uses nonlinearly (programs affine in their constants get the
    /// exact linear minimax instead). At the budget a generation affords (120 evaluations per constant), Nelder-Mead
    /// reached a lower error than CMA-ES on 32 of 60 nonlinear exp2 programs against 8 (the rest tied), hence the default.
    /// </summary>
    internal enum ConstantSearch
    {
        NelderMead,
        CmaEs,
    }

    /// <summary>What a run searches for; a checkpoint is only resumed by a run with the same settings.</summary>
    /// <param name="Function">Function approximated.</param>
    /// <param name="DomainMin">Smallest input (inclusive).</param>
    /// <param name="DomainMax">Largest input (inclusive).</param>
    /// <param name="MaxUlp">Bound a winner must meet on every float32 input of the domain.</param>
    /// <param name="PopulationSize">Candidates kept per generation (and offspring made per generation).</param>
    /// <param name="Seed">Seed of the run's random generator.</param>
    /// <param name="SeedFromFit">
    /// Start from the fit's minimax polynomials (Horner form, degree 1 up to the first that meets the bound) as well as
    /// random programs, instead of random programs alone.
    /// </param>
    /// <param name="ConstantSearch">How constants used nonlinearly are fitted.</param>
    internal sealed record EvolutionSettings(
        MathFunctionId Function,
        double DomainMin,
        double DomainMax,
        double MaxUlp,
        int PopulationSize,
        ulong Seed,
        bool SeedFromFit = false,
        ConstantSearch ConstantSearch = ConstantSearch.NelderMead)
    {
        public string FunctionName => Function.ToString().ToLowerInvariant();
    }
}
