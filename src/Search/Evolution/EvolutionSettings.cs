using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Evolution
{
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
    internal sealed record EvolutionSettings(MathFunctionId Function, double DomainMin, double DomainMax, double MaxUlp, int PopulationSize, ulong Seed, bool SeedFromFit = false)
    {
        public string FunctionName => Function.ToString().ToLowerInvariant();
    }
}
