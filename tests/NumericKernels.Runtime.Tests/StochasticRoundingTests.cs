using System;
using Xunit;

namespace NumericKernels.Runtime.Tests;

/// <summary>
/// Stochastic rounding of the reference: up exactly when the 32 random bits lie below the discarded fraction times
/// 2^32, so over all 2^32 random words the mean result is the input; only the two neighbours ever occur.
/// </summary>
public class StochasticRoundingTests
{
    [Theory]
    [InlineData(NumberFormat.Float8E4M3, 1.3)]
    [InlineData(NumberFormat.Float8E4M3, -0.0052)]
    [InlineData(NumberFormat.Float8E5M2, 1000.7)]
    [InlineData(NumberFormat.Float4E2M1, 2.2)]
    [InlineData(NumberFormat.Float4E2M1, -0.3)]
    [InlineData(NumberFormat.Float6E2M3, 3.3)]
    [InlineData(NumberFormat.BFloat16, 3.14159274)]
    [InlineData(NumberFormat.Float16, -1e-5)]
    [InlineData(NumberFormat.Int8, -17.25)]
    [InlineData(NumberFormat.Int4, 2.75)]
    public void Rounds_up_for_exactly_the_fraction_of_random_words(NumberFormat format, double input)
    {
        float x = (float)input;
        uint down = NumberFormats.Encode(format, x, RoundingMode.TowardZero);
        uint up = NumberFormats.Encode(format, x, x < 0 ? RoundingMode.TowardNegative : RoundingMode.TowardPositive);
        double low = NumberFormats.Decode(format, down);
        double high = NumberFormats.Decode(format, up);
        Assert.NotEqual(low, high);
        // The fraction of the way from the lower to the upper neighbour, as a count of the 2^32 random words.
        double threshold = Math.Abs((x - low) / (high - low)) * 4294967296.0;
        Assert.Equal(Math.Floor(threshold), threshold); // the fraction has at most 32 bits: the mean is exact
        uint firstDown = (uint)threshold;
        Assert.Equal(up, NumberFormats.EncodeStochastic(format, x, 0));
        Assert.Equal(up, NumberFormats.EncodeStochastic(format, x, firstDown - 1));
        Assert.Equal(down, NumberFormats.EncodeStochastic(format, x, firstDown));
        Assert.Equal(down, NumberFormats.EncodeStochastic(format, x, uint.MaxValue));
        // Hence the expectation over uniform random words: low + (high - low) · threshold / 2^32 = x.
        Assert.Equal((double)x, low + (high - low) * (threshold / 4294967296.0), 12);
    }

    [Fact]
    public void Mean_of_random_roundings_is_the_input_within_five_standard_errors()
    {
        var random = new Random(20261202);
        const int draws = 200_000;
        float x = 0.3f; // between E2M1 0 and 0.5: up with probability 0.6
        double sum = 0;
        for (int i = 0; i < draws; i++)
        {
            double r = NumberFormats.Decode(NumberFormat.Float4E2M1, NumberFormats.EncodeStochastic(NumberFormat.Float4E2M1, x, (uint)random.NextInt64(1L << 32)));
            Assert.True(r == 0 || r == 0.5);
            sum += r;
        }
        double standardError = 0.5 * Math.Sqrt(0.6 * 0.4 / draws);
        Assert.InRange(sum / draws, x - 5 * standardError, x + 5 * standardError);
    }

    [Fact]
    public void Values_beyond_the_range_overflow_as_the_overflow_mode_says()
    {
        // 470 lies 0.6875 of the way from 448 to 480 (the next value of E4M3 with an unbounded exponent).
        Assert.Equal(0x7Fu, NumberFormats.EncodeStochastic(NumberFormat.Float8E4M3, 470.0, 0, OverflowMode.NonFinite));
        Assert.Equal(0x7Eu, NumberFormats.EncodeStochastic(NumberFormat.Float8E4M3, 470.0, uint.MaxValue, OverflowMode.NonFinite));
        Assert.Equal(0x7Eu, NumberFormats.EncodeStochastic(NumberFormat.Float8E4M3, 470.0, 0, OverflowMode.Saturate));
        Assert.Equal(0x7Fu, NumberFormats.EncodeStochastic(NumberFormat.Float8E4M3, 500.0, 0, OverflowMode.NonFinite));
        Assert.Equal(0x7Eu, NumberFormats.EncodeStochastic(NumberFormat.Float8E4M3, 500.0, 0, OverflowMode.Saturate));
        Assert.Equal(0x7Cu, NumberFormats.EncodeStochastic(NumberFormat.Float8E5M2, double.PositiveInfinity, 0, OverflowMode.NonFinite));
    }
}
