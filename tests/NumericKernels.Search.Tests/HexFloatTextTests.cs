using System;
using NumericKernels.Search.Numerics;
using Xunit;

namespace NumericKernels.Search.Tests
{
    public class HexFloatTextTests
    {
        [Theory]
        [InlineData(0x3F317218, "0x1.62e43p-1")]
        [InlineData(0x00000001, "0x0.000002p-126")]
        [InlineData(unchecked((int)0x80000000), "-0x0p+0")]
        [InlineData(0x7F800000, "inf")]
        [InlineData(unchecked((int)0xFF800000), "-inf")]
        [InlineData(0x7F7FFFFF, "0x1.fffffep+127")]
        public void FloatsFormatAsC99HexFloats(int bits, string text)
        {
            Assert.Equal(text, HexFloatText.Format(BitConverter.Int32BitsToSingle(bits)));
            Assert.Equal(bits, BitConverter.SingleToInt32Bits(HexFloatText.ParseSingle(text)));
        }

        [Fact]
        public void EveryFloatBitPatternRoundTripsThroughText()
        {
            var random = new Random(20240611);
            for (int i = 0; i < 200_000; i++)
            {
                float value = BitConverter.Int32BitsToSingle(random.Next() ^ (random.Next() << 1));
                float parsed = HexFloatText.ParseSingle(HexFloatText.Format(value));
                if (float.IsNaN(value)) Assert.True(float.IsNaN(parsed));
                else Assert.Equal(BitConverter.SingleToInt32Bits(value), BitConverter.SingleToInt32Bits(parsed));
            }
        }

        [Fact]
        public void EveryDoubleBitPatternRoundTripsThroughText()
        {
            var random = new Random(20240612);
            for (int i = 0; i < 200_000; i++)
            {
                double value = BitConverter.Int64BitsToDouble(random.NextInt64() ^ (random.NextInt64() << 1));
                double parsed = HexFloatText.ParseDouble(HexFloatText.Format(value));
                if (double.IsNaN(value)) Assert.True(double.IsNaN(parsed));
                else Assert.Equal(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(parsed));
            }
        }

        [Fact]
        public void SubnormalsAndTheirNormalizedSpellingParseAlike()
        {
            Assert.Equal(float.Epsilon, HexFloatText.ParseSingle("0x1p-149"));
            Assert.Equal(double.Epsilon, HexFloatText.ParseDouble("0x1p-1074"));
            Assert.Equal(double.Epsilon, HexFloatText.ParseDouble("0x0.0000000000001p-1022"));
            Assert.Equal(MathF.ScaleB(1, -127), HexFloatText.ParseSingle("0x0.8p-126"));
        }

        [Fact]
        public void TextWithMoreBitsThanTheFormatRoundsToNearestEvenInOneStep()
        {
            // 1 + 2^-24 is the midpoint of 1 and its successor: ties go to even (1); a hair above goes up.
            Assert.Equal(1.0f, HexFloatText.ParseSingle("0x1.000001p+0"));
            Assert.Equal(MathF.BitIncrement(1.0f), HexFloatText.ParseSingle("0x1.00000100000000001p+0"));
            Assert.Equal(float.PositiveInfinity, HexFloatText.ParseSingle("0x1.ffffffp+127"));
            Assert.Equal(float.MaxValue, HexFloatText.ParseSingle("0x1.fffffefp+127"));
            Assert.Equal(0.0f, HexFloatText.ParseSingle("0x1p-150"));
            Assert.Equal(float.Epsilon, HexFloatText.ParseSingle("0x1.0001p-150"));
        }

        [Theory]
        [InlineData("nan")]
        [InlineData("-nan")]
        public void NanParses(string text) => Assert.True(double.IsNaN(HexFloatText.ParseDouble(text)));

        [Theory]
        [InlineData("0x")]
        [InlineData("0x1.2.3p0")]
        [InlineData("0x1q3")]
        [InlineData("abc")]
        public void MalformedTextIsRejected(string text) => Assert.False(HexFloatText.TryParseDouble(text, out _));
    }
}
