using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// One NSGA-II generation at a time: tournaments and mutations drawn in order from the run's generator, then every
    /// offspring fitted and measured in parallel into its own slot (each with a seed drawn beforehand), then elitist
    /// survival. The state changes only when a generation completes, so cancelling mid-generation loses nothing that a
    /// checkpoint held, and the result never depends on thread scheduling.
    /// </summary>
    internal sealed class EvolutionEngine
    {
        private readonly EvaluationSamples _samples;
        private readonly ConstantSearch _constantSearch;

        public EvolutionEngine(EvaluationSamples samples, ConstantSearch constantSearch = ConstantSearch.NelderMead)
        {
            _samples = samples;
            _constantSearch = constantSearch;
        }

        public EvaluationSamples Samples => _samples;

        /// <summary>
        /// A new run: <see cref="EvolutionSettings.PopulationSize"/> programs, fitted and measured: random small ones, after
        /// the fit's polynomials when <see cref="EvolutionSettings.SeedFromFit"/> is set.
        /// </summary>
        public EvolutionState Start(EvolutionSettings settings, CancellationToken cancellation)
        {
            var random = new SearchRandom(settings.Seed);
            var programs = new EvolvedProgram[settings.PopulationSize];
            var seeds = new ulong[programs.Length];
            IReadOnlyList<EvolvedProgram> fitted = settings.SeedFromFit ? FitSeeds.Programs(this, settings, programs.Length, cancellation) : Array.Empty<EvolvedProgram>();
            for (int i = 0; i < programs.Length; i++)
            {
                programs[i] = i < fitted.Count ? fitted[i] : RandomPrograms.Create(random);
                seeds[i] = random.NextUInt64();
            }
            Candidate[] population = EvaluateAll(programs, seeds, cancellation);
            return new EvolutionState(settings, 0, random, Nsga2.Survivors(population, settings.PopulationSize), TimeSpan.Zero, new List<VerificationAttempt>());
        }

        /// <summary>Makes, evaluates and selects one generation; <paramref name="state"/> is unchanged if cancelled.</summary>
        public void Step(EvolutionState state, CancellationToken cancellation)
        {
            SearchRandom random = SearchRandom.FromState(state.Random.State);
            int[] ranks = Nsga2.Ranks(state.Population);
            double[] crowding = Nsga2.CrowdingByMember(state.Population);
            var programs = new EvolvedProgram[state.Settings.PopulationSize];
            var seeds = new ulong[programs.Length];
            for (int i = 0; i < programs.Length; i++)
            {
                Candidate parent = state.Population[Nsga2.Tournament(ranks, crowding, random)];
                programs[i] = ProgramMutator.Mutate(parent.Program, random);
                seeds[i] = random.NextUInt64();
            }
            Candidate[] offspring = EvaluateAll(programs, seeds, cancellation);
            state.Population = Nsga2.Survivors(state.Population.Concat(offspring).ToList(), state.Settings.PopulationSize);
            state.Random = random;
            state.Generation++;
        }

        /// <summary>Fits the constants of <paramref name="program"/> and measures its float32 error on the validation sample.</summary>
        public Candidate Evaluate(EvolvedProgram program, ulong seed)
        {
            EvolvedProgram fitted = ConstantFitter.Fit(program, _samples.Training, new SearchRandom(seed), _constantSearch);
            return new Candidate(fitted, _samples.Validation.MaxUlpError(fitted));
        }

        /// <summary>
        /// Front members that meet the bound on the validation sample and deserve an exhaustive check: not checked before,
        /// cheaper than the winner so far, and (at their cost) more accurate than any that already failed. Cheapest first.
        /// </summary>
        public static IReadOnlyList<Candidate> PendingVerification(EvolutionState state)
        {
            VerificationAttempt? winner = state.Winner;
            var checkedKeys = new HashSet<string>(state.Verifications.Select(v => v.Candidate.Program.Key), StringComparer.Ordinal);
            return state.Front()
                .Where(c => c.MaxUlp <= state.Settings.MaxUlp)
                .Where(c => !checkedKeys.Contains(c.Program.Key))
                .Where(c => winner == null || c.Cost < winner.Candidate.Cost)
                .Where(c => !state.Verifications.Any(v => !v.Passed && v.Candidate.Cost == c.Cost && v.Candidate.MaxUlp <= c.MaxUlp))
                .OrderBy(c => c.Cost).ThenBy(c => c.MaxUlp)
                .ToList();
        }

        private Candidate[] EvaluateAll(EvolvedProgram[] programs, ulong[] seeds, CancellationToken cancellation)
        {
            var results = new Candidate[programs.Length];
            var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(0, programs.Length, options, i => results[i] = Evaluate(programs[i], seeds[i]));
            return results;
        }
    }
}
