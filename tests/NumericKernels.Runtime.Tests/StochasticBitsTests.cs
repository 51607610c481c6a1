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

    [Theory]
    [InlineData(0L)]
    [InlineData(-6L)]
    [InlineData((1L << 33) - 4)]
    [InlineData(long.MaxValue - 3)]
    public void Sixteen_bit_draws_split_each_word_between_an_element_pair(long start)
    {
        for (long index = start; index < start + 4; index++)
        {
            // Arithmetic shift: -2 and -1 share word -1, 0 and 1 word 0, so the pairs run on across zero.
            uint word = StochasticRounding.RandomBits(9, index >> 1);
            ushort expected = (index & 1) == 0 ? (ushort)word : (ushort)(word >> 16);
            Assert.Equal(expected, StochasticRounding.RandomBits16(9, index));
        }
    }

    [Fact]
    public void Sixteen_bit_draws_are_uniform_and_the_halves_of_a_word_uncorrelated()
    {
        ushort[] halves = Enumerable.Range(0, Count).Select(i => StochasticRounding.RandomBits16(10, -12345 + i)).ToArray();
        var counts = new int[256];
        foreach (ushort h in halves)
        {
            counts[h >> 8]++;
        }
        double expected = Count / 256.0;
        double chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.InRange(chiSquare, 0, 255 + 5 * Math.Sqrt(510));
        // The pair that shares a word (index -12345 is odd: pairs start at 1, 3, ...) and the pair that does not.
        double bound = 5 / Math.Sqrt(Count / 2);
        foreach (int first in new[] { 1, 0 })
        {
            int n = (Count - 2) / 2;
            double mx = 0, my = 0;
            for (int k = 0; k < n; k++)
            {
                mx += halves[first + 2 * k];
                my += halves[first + 2 * k + 1];
            }
            mx /= n;
            my /= n;
            double sxy = 0, sxx = 0, syy = 0;
            for (int k = 0; k < n; k++)
            {
                double dx = halves[first + 2 * k] - mx, dy = halves[first + 2 * k + 1] - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
            Assert.InRange(sxy / Math.Sqrt(sxx * syy), -bound, bound);
        }
    }

    [Fact]
    public void Sixteen_bits_decide_a_bfloat16_rounding_exactly()
    {
        // The discarded fraction of a float rounded to bfloat16 is a multiple of 2^-16 (normal or subnormal), so the
        // threshold on a 32-bit word is a multiple of 2^16 and a 16-bit draw in the top half rounds up with the same
        // probability: the expectation stays the input.
        var random = new Random(20261203);
        for (int t = 0; t < 10000; t++)
        {
            float x = BitConverter.Int32BitsToSingle(random.Next() & 0x7F7FFFFF);
            uint low = (uint)BitConverter.SingleToInt32Bits(x) & 0xFFFF;
            uint down = NumberFormats.Encode(NumberFormat.BFloat16, x, RoundingMode.TowardZero);
            if (down == 0x7F7F)
            {
                continue; // above the largest bfloat16: saturation, tested elsewhere
            }
            uint r16 = (uint)random.Next(1 << 16);
            uint expected = r16 < low ? down + 1 : down;
            Assert.Equal(expected, NumberFormats.EncodeStochastic(NumberFormat.BFloat16, x, r16 << 16));
        }
    }
}
