using System.Linq;
using NumericKernels.Search.Evolution;
using Xunit;

namespace NumericKernels.Search.Tests.Evolution;

/// <summary>Non-dominated sorting, crowding distance and elitist survival on hand-made populations.</summary>
public class Nsga2Tests
{
    /// <summary>A distinct program of the given cost (cost-many additions of x), with the given error.</summary>
    private static Candidate Point(double ulps, int cost, float tag = 0)
    {
        var nodes = new System.Collections.Generic.List<ProgramNode> { ProgramNode.Input, ProgramNode.Constant(tag), ProgramNode.Apply(Operation.Add, 0, 1) };
        for (int i = 1; i < cost; i++) nodes.Add(ProgramNode.Apply(Operation.Add, nodes.Count - 1, 0));
        return new Candidate(EvolvedProgram.Create(nodes, nodes.Count - 1), ulps);
    }

    [Fact]
    public void RanksFollowDominance()
    {
        var population = new[]
        {
            Point(1, 5),   // front 0
            Point(10, 2),  // front 0
            Point(100, 1), // front 0
            Point(2, 6),   // dominated by (1,5): front 1
            Point(20, 3),  // dominated by (10,2): front 1
            Point(30, 7),  // dominated by (2,6) and (20,3): front 2
            Point(1, 5, 1),// equal objectives to the first: not dominated, front 0
        };
        Assert.Equal(new[] { 0, 0, 0, 1, 1, 2, 0 }, Nsga2.Ranks(population));
    }

    [Fact]
    public void CrowdingDistanceIsInfiniteAtTheExtremesOfTheFront()
    {
        var population = new[] { Point(100, 1), Point(10, 2), Point(3, 4), Point(1, 5), Point(0.5, 8) };
        double[] crowding = Nsga2.CrowdingDistances(population, Enumerable.Range(0, 5).ToArray());
        Assert.True(double.IsPositiveInfinity(crowding[0]));
        Assert.True(double.IsPositiveInfinity(crowding[4]));
        Assert.All(crowding.Skip(1).Take(3), d => Assert.True(d > 0 && double.IsFinite(d)));
    }

    [Fact]
    public void SurvivalKeepsTheWholeFirstFrontWhenItFits()
    {
        var front = new[] { Point(100, 1), Point(10, 2), Point(1, 5) };
        var dominated = Enumerable.Range(0, 20).Select(i => Point(200 + i, 3 + i % 4, i)).ToArray();
        var survivors = Nsga2.Survivors(dominated.Concat(front).ToList(), 8);
        Assert.Equal(8, survivors.Count);
        Assert.All(front, c => Assert.Contains(c, survivors));
    }

    [Fact]
    public void SurvivalCutsAnOversizedFrontByCrowdingAndKeepsItsEnds()
    {
        var front = Enumerable.Range(1, 10).Select(c => Point(1000.0 / (c * c), c)).ToList();
        var survivors = Nsga2.Survivors(front, 4);
        Assert.Equal(4, survivors.Count);
        Assert.Contains(front[0], survivors);
        Assert.Contains(front[^1], survivors);
    }

    [Fact]
    public void CopiesOfAProgramOnlyFillLeftoverPlaces()
    {
        Candidate a = Point(1, 2);
        var pool = new[] { a, a, a, Point(5, 1), Point(50, 3) };
        var survivors = Nsga2.Survivors(pool, 3);
        Assert.Single(survivors, c => c.Program.Key == a.Program.Key);
    }

    [Fact]
    public void TournamentsPreferLowerRank()
    {
        var random = new SearchRandom(9);
        int[] ranks = { 0, 1 };
        double[] crowding = { 0, double.PositiveInfinity };
        int wins = Enumerable.Range(0, 1000).Count(_ => Nsga2.Tournament(ranks, crowding, random) == 0);
        Assert.InRange(wins, 650, 850); // rank 0 wins unless both draws pick index 1 (1/4 of the time)
    }
}
