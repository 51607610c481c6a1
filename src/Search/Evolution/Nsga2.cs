using System;
using System.Collections.Generic;
using System.Linq;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// NSGA-II (Deb et al., 2002) over (max ULP error, cost): fast non-dominated sorting into fronts, crowding distance
    /// within a front, binary tournaments on (rank, crowding), and elitist survival of parents and offspring together.
    /// All orderings break ties by index, so a run is a function of its seed.
    /// </summary>
    internal static class Nsga2
    {
        /// <summary>Fronts of <paramref name="candidates"/> by index: front 0 is non-dominated, front 1 is dominated only by front 0, ...</summary>
        public static List<List<int>> SortFronts(IReadOnlyList<Candidate> candidates)
        {
            int n = candidates.Count;
            var dominated = new List<int>[n];
            var dominationCount = new int[n];
            var fronts = new List<List<int>> { new List<int>() };
            for (int p = 0; p < n; p++)
            {
                dominated[p] = new List<int>();
                for (int q = 0; q < n; q++)
                {
                    if (candidates[p].Dominates(candidates[q])) dominated[p].Add(q);
                    else if (candidates[q].Dominates(candidates[p])) dominationCount[p]++;
                }
                if (dominationCount[p] == 0) fronts[0].Add(p);
            }
            while (fronts[^1].Count > 0)
            {
                var next = new List<int>();
                foreach (int p in fronts[^1])
                {
                    foreach (int q in dominated[p])
                    {
                        if (--dominationCount[q] == 0) next.Add(q);
                    }
                }
                next.Sort();
                fronts.Add(next);
            }
            fronts.RemoveAt(fronts.Count - 1);
            return fronts;
        }

        /// <summary>Rank (front number) of every candidate.</summary>
        public static int[] Ranks(IReadOnlyList<Candidate> candidates)
        {
            var ranks = new int[candidates.Count];
            var fronts = SortFronts(candidates);
            for (int f = 0; f < fronts.Count; f++) foreach (int i in fronts[f]) ranks[i] = f;
            return ranks;
        }

        /// <summary>
        /// Crowding distance of each member of <paramref name="front"/> (same order): the normalized side lengths of the cuboid
        /// its neighbours span; the extremes of each objective get +Infinity so the front's ends always survive. Error is
        /// compared as log2(1 + ULP), since errors span from a fraction of an ULP to millions.
        /// </summary>
        public static double[] CrowdingDistances(IReadOnlyList<Candidate> candidates, IReadOnlyList<int> front)
        {
            var distance = new double[front.Count];
            if (front.Count <= 2)
            {
                Array.Fill(distance, double.PositiveInfinity);
                return distance;
            }
            foreach (Func<Candidate, double> objective in new Func<Candidate, double>[] { c => ErrorScale(c.MaxUlp), c => c.Cost })
            {
                int[] order = Enumerable.Range(0, front.Count).OrderBy(i => objective(candidates[front[i]])).ThenBy(i => front[i]).ToArray();
                double low = objective(candidates[front[order[0]]]);
                double high = objective(candidates[front[order[^1]]]);
                distance[order[0]] = double.PositiveInfinity;
                distance[order[^1]] = double.PositiveInfinity;
                if (!(high > low)) continue;
                for (int k = 1; k < order.Length - 1; k++)
                {
                    double gap = objective(candidates[front[order[k + 1]]]) - objective(candidates[front[order[k - 1]]]);
                    distance[order[k]] += gap / (high - low);
                }
            }
            return distance;
        }

        /// <summary>
        /// Elitist survival: the best <paramref name="size"/> of parents and offspring by front, the last front cut by crowding.
        /// Programs identical to one already kept, and second programs with the same (error, cost), are only taken when the
        /// distinct ones run out: copies would crowd the front and stall the search.
        /// </summary>
        public static List<Candidate> Survivors(IReadOnlyList<Candidate> pool, int size)
        {
            var distinct = new List<Candidate>();
            var duplicates = new List<Candidate>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var points = new HashSet<(double, int)>();
            foreach (Candidate c in pool)
            {
                bool newProgram = keys.Add(c.Program.Key);
                bool newPoint = points.Add((c.MaxUlp, c.Cost));
                if (newProgram && newPoint) distinct.Add(c);
                else if (newProgram) duplicates.Add(c);
            }
            var survivors = new List<Candidate>(size);
            foreach (List<Candidate> group in new[] { distinct, duplicates })
            {
                foreach (List<int> front in SortFronts(group))
                {
                    if (survivors.Count >= size) break;
                    if (survivors.Count + front.Count <= size)
                    {
                        survivors.AddRange(front.Select(i => group[i]));
                        continue;
                    }
                    double[] crowding = CrowdingDistances(group, front);
                    survivors.AddRange(Enumerable.Range(0, front.Count)
                        .OrderByDescending(k => crowding[k]).ThenBy(k => front[k])
                        .Take(size - survivors.Count)
                        .Select(k => group[front[k]]));
                }
            }
            return survivors;
        }

        /// <summary>Binary tournament: lower rank wins, then larger crowding distance, then the first drawn.</summary>
        public static int Tournament(int[] ranks, double[] crowding, SearchRandom random)
        {
            int a = random.Next(ranks.Length);
            int b = random.Next(ranks.Length);
            if (ranks[a] != ranks[b]) return ranks[a] < ranks[b] ? a : b;
            return crowding[b] > crowding[a] ? b : a;
        }

        /// <summary>Crowding distance of every member of <paramref name="population"/> within its own front.</summary>
        public static double[] CrowdingByMember(IReadOnlyList<Candidate> population)
        {
            var crowding = new double[population.Count];
            foreach (List<int> front in SortFronts(population))
            {
                double[] d = CrowdingDistances(population, front);
                for (int k = 0; k < front.Count; k++) crowding[front[k]] = d[k];
            }
            return crowding;
        }

        private static double ErrorScale(double ulps) => double.IsFinite(ulps) ? Math.Log2(1 + ulps) : 1e9;
    }
}
