using System;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Mpfr;
using Xunit;

namespace NumericKernels.Search.Tests
{
    public class MpfrReferenceTests
    {
        [Fact]
        public void ExpOfOneRoundsToTheKnownNearestFloatAndDouble()
        {
            using var exp = new MpfrReference(MathFunctionId.Exp);
            // e = 2.71828182845904523536...: nearest float 0x402DF854, nearest double 0x4005BF0A8B145769.
            Assert.Equal(0x402DF854, BitConverter.SingleToInt32Bits(exp.CorrectlyRounded(1.0f)));
            Assert.Equal(0x4005BF0A8B145769L, BitConverter.DoubleToInt64Bits(exp.CorrectlyRounded(1.0)));
        }

        [Fact]
        public void Log2OfEightIsExactlyThree()
        {
            using var log2 = new MpfrReference(MathFunctionId.Log2);
            Assert.Equal(3.0f, log2.CorrectlyRounded(8.0f));
            Assert.Equal(3.0, log2.CorrectlyRounded(8.0));
            Assert.Equal(0.0, log2.UlpError(8.0f, 3.0f));
        }

        [Fact]
        public void HardestFloatExpCaseOfAMillionInputsRoundsAsA4096BitEvaluationDoes()
        {
            // Find the input whose exp lies closest to a midpoint between two floats: there one rounding of a value
            // with too little precision (double rounding) goes the wrong way.
            float hardest = 0;
            double closest = double.MaxValue;
            for (int i = 0; i < 1 << 20; i++)
            {
                float x = -80.0f + i * (160.0f / (1 << 20));
                double y = Math.Exp(x);
                float down = (float)y;
                if (down > y) down = MathF.BitDecrement(down);
                double midpoint = ((double)down + MathF.BitIncrement(down)) / 2;
                double distance = Math.Abs(y - midpoint) / (MathF.BitIncrement(down) - (double)down);
                if (distance < closest)
                {
                    closest = distance;
                    hardest = x;
                }
            }
            Assert.True(closest < 1e-5, "the search should find an input within 1e-5 ULP of a midpoint");
            using var exp = new MpfrReference(MathFunctionId.Exp);
            using var precise = new MpfrReference(MathFunctionId.Exp, workingPrecision: 4096);
            Assert.Equal(precise.CorrectlyRounded(hardest), exp.CorrectlyRounded(hardest));
        }

        [Fact]
        public void ResultOneUlpAboveTheCorrectlyRoundedValueOfAnExactCaseIsOneUlpOff()
        {
            using var log2 = new MpfrReference(MathFunctionId.Log2);
            Assert.Equal(1.0, log2.UlpError(8.0f, MathF.BitIncrement(3.0f)));
            Assert.Equal(1.0, log2.UlpError(8.0, Math.BitIncrement(3.0)));
            Assert.Equal(-1.0, log2.Compare(8.0f, MathF.BitIncrement(3.0f)).SignedUlpError);
        }

        [Fact]
        public void SubnormalResultsAreMeasuredInTheFixedSubnormalUlp()
        {
            // exp2(-140) = 2^-140 exactly, a float subnormal whose ULP is 2^-149 (not 2^-163 as its binade would say).
            using var exp2 = new MpfrReference(MathFunctionId.Exp2);
            float exact = MathF.ScaleB(1.0f, -140);
            Assert.Equal(exact, exp2.CorrectlyRounded(-140.0f));
            Assert.Equal(1.0, exp2.UlpError(-140.0f, exact + float.Epsilon));
            Assert.Equal(3.0, exp2.UlpError(-1070.0, Math.ScaleB(1.0, -1070) + 3 * double.Epsilon));
        }

        [Fact]
        public void UnderflowToZeroIsAFractionOfTheSmallestSubnormal()
        {
            // exp2(-150) = 2^-150 is half the smallest subnormal: the tie rounds to +0, and +0 is 0.5 ULP off.
            using var exp2 = new MpfrReference(MathFunctionId.Exp2);
            Assert.Equal(0.0f, exp2.CorrectlyRounded(-150.0f));
            Assert.Equal(0.5, exp2.UlpError(-150.0f, 0.0f));
            Assert.Equal(0.5, exp2.UlpError(-150.0f, float.Epsilon));
        }

        [Fact]
        public void OverflowIsInfinityExactlyWhereTheCorrectlyRoundedValueIs()
        {
            using var exp = new MpfrReference(MathFunctionId.Exp);
            // ln(FLT_MAX) ~ 88.7228; 0x1.62e42ep+6 is the largest float with a finite exp, its successor overflows.
            float lastFinite = BitConverter.Int32BitsToSingle(0x42B17217);
            Assert.True(float.IsFinite(exp.CorrectlyRounded(lastFinite)));
            Assert.Equal(float.PositiveInfinity, exp.CorrectlyRounded(MathF.BitIncrement(lastFinite)));
            Assert.True(exp.Compare(lastFinite, float.PositiveInfinity).KindMismatch);
            Assert.Equal(0.0, exp.UlpError(MathF.BitIncrement(lastFinite), float.PositiveInfinity));
        }

        [Fact]
        public void ErrorAgainstAValueBeyondTheLargestFloatUsesTheUlpOfTheLargestBinade()
        {
            using var exp2 = new MpfrReference(MathFunctionId.Exp2);
            // 2^128 rounds to +Inf; float.MaxValue is (2^128 - (2^128 - 2^104)) = 2^104 = 1 ULP below it.
            Assert.Equal(float.PositiveInfinity, exp2.CorrectlyRounded(128.0f));
            Assert.True(exp2.Compare(128.0f, float.MaxValue).KindMismatch);
        }

        [Theory]
        [InlineData((int)MathFunctionId.Exp, float.NaN, float.NaN)]
        [InlineData((int)MathFunctionId.Exp, float.PositiveInfinity, float.PositiveInfinity)]
        [InlineData((int)MathFunctionId.Exp, float.NegativeInfinity, 0.0f)]
        [InlineData((int)MathFunctionId.Log, 0.0f, float.NegativeInfinity)]
        [InlineData((int)MathFunctionId.Log, -1.0f, float.NaN)]
        [InlineData((int)MathFunctionId.Log, float.PositiveInfinity, float.PositiveInfinity)]
        [InlineData((int)MathFunctionId.Sigmoid, 0.0f, 0.5f)]
        [InlineData((int)MathFunctionId.Sigmoid, float.NegativeInfinity, 0.0f)]
        [InlineData((int)MathFunctionId.ReciprocalSqrt, 4.0f, 0.5f)]
        [InlineData((int)MathFunctionId.ReciprocalSqrt, -0.0f, float.NegativeInfinity)]
        [InlineData((int)MathFunctionId.Tanh, -0.0f, -0.0f)]
        public void SpecialValuesFollowIeee754(int function, float x, float expected)
        {
            using var reference = new MpfrReference((MathFunctionId)function);
            float actual = reference.CorrectlyRounded(x);
            Assert.Equal(BitConverter.SingleToInt32Bits(expected) & (float.IsNaN(expected) ? 0 : -1), BitConverter.SingleToInt32Bits(actual) & (float.IsNaN(actual) ? 0 : -1));
            Assert.Equal(float.IsNaN(expected), float.IsNaN(actual));
        }

        [Fact]
        public void WrongSignOfZeroIsAKindMismatch()
        {
            using var tanh = new MpfrReference(MathFunctionId.Tanh);
            Assert.True(tanh.Compare(-0.0f, 0.0f).KindMismatch);
            Assert.False(tanh.Compare(-0.0f, -0.0f).KindMismatch);
        }
    }
}
