using System;
using System.Collections.Generic;
using System.Threading;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// The starting programs of <c>nk-search evolve --seed-from-fit</c>: what nk-search fit would try first on a small
    /// domain, a direct minimax polynomial in Horner form, at every degree from 1 up to the first whose fitted constants
    /// meet the bound on the validation sample (or <see cref="MinimaxBaseline.MaxDegree"/>). The low degrees are the
    /// useful seeds: mutations grow them into programs that reach the bound at a lower cost, which is where evolution can
    /// beat the polynomial; the degree that meets the bound gives the front an anchor from generation 0.
    /// </summary>
    internal static class FitSeeds
    {
        public static IReadOnlyList<EvolvedProgram> Programs(EvolutionEngine engine, EvolutionSettings settings, int capacity, CancellationToken cancellation)
        {
            var seeds = new List<EvolvedProgram>();
            for (int degree = 1; degree <= MinimaxBaseline.MaxDegree && seeds.Count < capacity; degree++)
            {
                cancellation.ThrowIfCancellationRequested();
                EvolvedProgram horner = MinimaxBaseline.Horner(degree);
                seeds.Add(horner);
                // The same fit Start applies to every member: cheap for polynomials, whose constants fit exactly.
                if (engine.Evaluate(horner, (ulong)degree).MaxUlp <= settings.MaxUlp) break;
            }
            return seeds;
        }
    }
}
