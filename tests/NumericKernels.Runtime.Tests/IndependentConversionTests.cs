using System;
using Xunit;

namespace NumericKernels.Runtime.Tests;

/// <summary>
/// Where .NET or a different construction already converts, the reference agrees with it: binary16 against .NET's
/// <see cref="Half"/> conversion, bfloat16 against the carry-based bit trick of its cast, binary32 against the
/// hardware's double-to-float conversion.
/// </summary>
public class IndependentConversionTests
{
    [Fact]
    public void Float16_round_to_nearest_matches_dotnet_half_on_strided_floats()
    {
        foreach (double x in ConversionSamples.StridedFloats())
        {
            float f = (float)x;
            ushort expected = BitConverter.HalfToUInt16Bits((Half)f);
            uint actual = NumberFormats.Encode(NumberFormat.Float16, f, RoundingMode.ToNearestEven, OverflowMode.NonFinite);
            if (float.IsNaN(f))
            {
                Assert.True(double.IsNaN(NumberFormats.Decode(NumberFormat.Float16, actual)));
                continue;
            }
            Assert.True(expected == actual, $"x = {f:R}: Half 0x{expected:X4}, reference 0x{actual:X4}");
        }
    }

    [Fact]
    public void BFloat16_cast_matches_the_reference_on_strided_floats_including_nan_payloads()
    {
        foreach (double x in ConversionSamples.StridedFloats())
        {
            float f = (float)x;
            ushort cast = ((BFloat16)f).RawValue;
            uint reference = NumberFormats.Encode(NumberFormat.BFloat16, f, RoundingMode.ToNearestEven, OverflowMode.NonFinite);
            Assert.True(cast == reference, $"x bits 0x{BitConverter.SingleToUInt32Bits(f):X8}: cast 0x{cast:X4}, reference 0x{reference:X4}");
        }
    }

    [Fact]
    public void Float32_round_to_nearest_matches_the_hardware_conversion_from_double()
    {
        var random = new Random(7);
        for (int i = 0; i < 200_000; i++)
        {
            double x = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (double.IsNaN(x))
            {
                continue;
            }
            uint expected = BitConverter.SingleToUInt32Bits((float)x);
            Assert.Equal(expected, NumberFormats.Encode(NumberFormat.Float32, x, RoundingMode.ToNearestEven, OverflowMode.NonFinite));
        }
    }
}
