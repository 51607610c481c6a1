using System;
using NumericKernels.Search.Numerics;
using Xunit;

namespace NumericKernels.Search.Tests
{
    public class UlpTests
    {
        [Fact]
        public void SubnormalsShareTheUlpOfTheSmallestNormalBinade()
        {
            Assert.Equal(-149, BinaryFormat.Single.UlpExponent(-140));
            Assert.Equal(-149, BinaryFormat.Single.UlpExponent(-126));
            Assert.Equal(-1074, BinaryFormat.Double.UlpExponent(-1060));
        }

        [Fact]
        public void ValuesBeyondTheLargestFiniteKeepTheLargestBinadesUlp()
        {
            Assert.Equal(104, BinaryFormat.Single.UlpExponent(129));
            Assert.Equal(971, BinaryFormat.Double.UlpExponent(1030));
        }

        [Fact]
        public void OrdinalsFollowNumericOrderAcrossZeroAndInfinity()
        {
            Assert.Equal(FloatOrdinals.ToOrdinal(0.0f) - 1, FloatOrdinals.ToOrdinal(-0.0f));
            Assert.Equal(FloatOrdinals.ToOrdinal(-0.0f) - 1, FloatOrdinals.ToOrdinal(-float.Epsilon));
            Assert.Equal(FloatOrdinals.SinglePositiveInfinity, FloatOrdinals.ToOrdinal(float.PositiveInfinity));
            Assert.Equal(FloatOrdinals.SingleNegativeInfinity, FloatOrdinals.ToOrdinal(float.NegativeInfinity));
            Assert.Equal(-1.5, FloatOrdinals.DoubleFromOrdinal(FloatOrdinals.ToOrdinal(-1.5)));
            var (first, last) = FloatOrdinals.SingleRange(-1.0, 1.0, includeInfinities: true);
            Assert.Equal(-1.0f, FloatOrdinals.SingleFromOrdinal(first));
            Assert.Equal(1.0f, FloatOrdinals.SingleFromOrdinal(last));
        }

        [Fact]
        public void ADomainBoundBetweenFloatsExcludesTheFloatOutsideIt()
        {
            var (first, last) = FloatOrdinals.SingleRange(0.1, 0.2, includeInfinities: true);
            Assert.True(FloatOrdinals.SingleFromOrdinal(first) >= 0.1);
            Assert.True(FloatOrdinals.SingleFromOrdinal(first - 1) < 0.1);
            Assert.True(FloatOrdinals.SingleFromOrdinal(last) <= 0.2);
            Assert.True(FloatOrdinals.SingleFromOrdinal(last + 1) > 0.2);
        }
    }
}
