using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NumericKernels.Runtime.Tests;

/// <summary>Every code of every narrow format decodes to a value that encodes back to the same code, in every mode.</summary>
public class CodeRoundTripTests
{
    public static IEnumerable<object[]> Formats() => new[]
    {
        NumberFormat.Float8E4M3, NumberFormat.Float8E5M2, NumberFormat.Float6E3M2, NumberFormat.Float6E2M3,
        NumberFormat.Float4E2M1, NumberFormat.ScaleE8M0, NumberFormat.ScaleUE4M3, NumberFormat.Int8, NumberFormat.Int4,
    }.Select(f => new object[] { f });

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_code_round_trips(NumberFormat format)
    {
        int codes = 1 << NumberFormats.BitWidth(format);
        int nanCodes = 0;
        foreach (RoundingMode rounding in Enum.GetValues<RoundingMode>().Where(r => r != RoundingMode.Stochastic))
        {
            nanCodes = 0;
            for (uint code = 0; code < codes; code++)
            {
                double value = NumberFormats.Decode(format, code);
                if (double.IsNaN(value))
                {
                    nanCodes++;
                    Assert.True(double.IsNaN(NumberFormats.Decode(format, NumberFormats.Encode(format, value, rounding))));
                    continue;
                }
                OverflowMode overflow = double.IsInfinity(value) ? OverflowMode.NonFinite : OverflowMode.Saturate;
                Assert.Equal(code, NumberFormats.Encode(format, value, rounding, overflow));
                Assert.Equal(code, NumberFormats.EncodeStochastic(format, value, uint.MaxValue, overflow));
            }
        }
        int expectedNaNs = format switch
        {
            NumberFormat.Float8E4M3 => 2,
            NumberFormat.Float8E5M2 => 6,
            NumberFormat.ScaleE8M0 or NumberFormat.ScaleUE4M3 => 1,
            _ => 0,
        };
        Assert.Equal(expectedNaNs, nanCodes);
    }

    [Fact]
    public void Float8_types_round_trip_all_256_codes_through_float()
    {
        for (int code = 0; code < 256; code++)
        {
            var e4m3 = Float8E4M3.FromBits((byte)code);
            var e5m2 = Float8E5M2.FromBits((byte)code);
            var e8m0 = ScaleE8M0.FromBits((byte)code);
            if (!Float8E4M3.IsNaN(e4m3))
            {
                Assert.Equal(code, ((Float8E4M3)(float)e4m3).RawValue);
            }
            if (Float8E5M2.IsFinite(e5m2))
            {
                Assert.Equal(code, ((Float8E5M2)(float)e5m2).RawValue);
            }
            if (!ScaleE8M0.IsNaN(e8m0))
            {
                Assert.Equal(code, ((ScaleE8M0)(float)e8m0).RawValue);
            }
        }
        for (int code = 0; code < 64; code++)
        {
            Assert.Equal(code, ((Float6E3M2)(float)Float6E3M2.FromBits((byte)code)).RawValue);
            Assert.Equal(code, ((Float6E2M3)(float)Float6E2M3.FromBits((byte)code)).RawValue);
        }
        for (int code = 0; code < 16; code++)
        {
            Assert.Equal(code, ((Float4E2M1)(float)Float4E2M1.FromBits((byte)code)).RawValue);
        }
    }
}
