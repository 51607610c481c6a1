using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NumericKernels.Runtime.Tests;

/// <summary>
/// The counter-based random words: a bijection of the counter for each seed, seeds that give unrelated streams, and
/// no bias or neighbour correlation a stochastic rounding would feel. Thresholds are five standard errors (a false
/// failure about once in 1.7 million runs), with fixed seeds so the run is reproducible.
/// </summary>
public class StochasticBitsTests
{
    private const int Count = 1 << 20;

    private static uint[] Stream(ulong seed, long start, int count) =>
        Enumerable.Range(0, count).Select(i => StochasticRounding.RandomBits(seed, start + i)).ToArray();

    [Fact]
    public void Consecutive_indices_never_repeat_a_word_for_one_seed()
    {
        uint[] words = Stream(12345, 0, Count);
        Assert.Equal(Count, new HashSet<uint>(words).Count);
    }

    [Fact]
    public void Every_bit_is_one_half_of_the_time()
    {
        uint[] words = Stream(1, 0, Count);
        double standardError = Math.Sqrt(Count * 0.25);
        for (int bit = 0; bit < 32; bit++)
        {
            int ones = words.Count(w => ((w >> bit) & 1) != 0);
            Assert.InRange(ones, Count / 2 - 5 * standardError, Count / 2 + 5 * standardError);
        }
    }

    [Fact]
    public void Top_byte_is_uniform_by_a_chi_square_test()
    {
        var counts = new int[256];
        foreach (uint w in Stream(2, 1L << 40, Count))
        {
            counts[w >> 24]++;
        }
        double expected = Count / 256.0;
        double chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        // 255 degrees of freedom: mean 255, standard deviation sqrt(510); five of them above the mean.
        Assert.InRange(chiSquare, 0, 255 + 5 * Math.Sqrt(510));
    }

    [Fact]
    public void Neighbouring_words_are_uncorrelated_and_seeds_unrelated()
    {
        uint[] a = Stream(3, 0, Count);
        uint[] b = Stream(4, 0, Count);
        double Correlation(Func<int, double> x, Func<int, double> y, int n)
        {
            double mx = Enumerable.Range(0, n).Average(x), my = Enumerable.Range(0, n).Average(y);
            double sxy = 0, sxx = 0, syy = 0;
            for (int i = 0; i < n; i++)
            {
                double dx = x(i) - mx, dy = y(i) - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
            return sxy / Math.Sqrt(sxx * syy);
        }
        double bound = 5 / Math.Sqrt(Count);
        Assert.InRange(Correlation(i => a[i], i => a[i + 1], Count - 1), -bound, bound);
        Assert.InRange(Correlation(i => a[i], i => b[i], Count), -bound, bound);
        // Seed s + 1 is not stream s shifted: no lag up to 64 lines the two up.
        for (int lag = 1; lag <= 64; lag++)
        {
            Assert.InRange(Correlation(i => a[i + lag], i => b[i], Count - 64), -bound, bound);
        }
    }

    [Fact]
    public void The_high_word_of_the_index_changes_the_stream()
    {
        uint[] low = Stream(5, 0, 1024);
        uint[] high = Stream(5, 1L << 32, 1024);
        Assert.True(low.Zip(high).Count(p => p.First == p.Second) < 4);
    }
}
