using System;
using System.Collections.Generic;
using System.Linq;

namespace NumericKernels.Search.Evolution
{
    /// <summary>Everything a run needs to continue exactly where it stopped: what a checkpoint holds.</summary>
    internal sealed class EvolutionState
    {
        public EvolutionState(EvolutionSettings settings, int generation, SearchRandom random, List<Candidate> population, TimeSpan elapsed, List<VerificationAttempt> verifications)
        {
            Settings = settings;
            Generation = generation;
            Random = random;
            Population = population;
            Elapsed = elapsed;
            Verifications = verifications;
        }

        public EvolutionSettings Settings { get; }

        /// <summary>Generations completed; 0 means the initial population.</summary>
        public int Generation { get; set; }

        public SearchRandom Random { get; set; }

        public List<Candidate> Population { get; set; }

        /// <summary>Search time accumulated over every session of the run.</summary>
        public TimeSpan Elapsed { get; set; }

        public List<VerificationAttempt> Verifications { get; }

        /// <summary>The non-dominated members of the population, cheapest first.</summary>
        public IReadOnlyList<Candidate> Front()
        {
            var fronts = Nsga2.SortFronts(Population);
            return fronts.Count == 0 ? Array.Empty<Candidate>() : fronts[0].Select(i => Population[i]).OrderBy(c => c.Cost).ThenBy(c => c.MaxUlp).ToList();
        }

        /// <summary>The cheapest exhaustively verified program, if any.</summary>
        public VerificationAttempt? Winner => Verifications.Where(v => v.Passed).OrderBy(v => v.Candidate.Cost).ThenBy(v => v.CertifiedMaxUlp).FirstOrDefault();

        public double BestError => Population.Count == 0 ? double.PositiveInfinity : Population.Min(c => c.MaxUlp);
    }
}
