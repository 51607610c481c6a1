using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace NumericKernels.Runtime.Tests;

/// <summary>
/// The library's conversions (scale by the quantum, round an integer) agree with rounding written from its definition
/// (bracketing values and distances) for every format, deterministic rounding mode and overflow mode, on a strided
/// sweep of all float bit patterns and every edge of the format. The exhaustive sweep over all 2^32 floats is
/// `nk-search quantize-verify`.
/// </summary>
public class ReferenceRoundingTests
{
    public static IEnumerable<object[]> Cases()
    {
        NumberFormat[] formats =
        {
            NumberFormat.Float8E4M3, NumberFormat.Float8E5M2, NumberFormat.Float6E3M2, NumberFormat.Float6E2M3,
            NumberFormat.Float4E2M1, NumberFormat.ScaleE8M0, NumberFormat.ScaleUE4M3, NumberFormat.BFloat16, NumberFormat.Float16,
        };
        foreach (NumberFormat format in formats)
        {
            foreach (RoundingMode rounding in Enum.GetValues<RoundingMode>().Where(r => r != RoundingMode.Stochastic))
            {
                yield return new object[] { format, rounding, OverflowMode.Saturate };
                if (format is not (NumberFormat.Float6E3M2 or NumberFormat.Float6E2M3 or NumberFormat.Float4E2M1))
                {
                    yield return new object[] { format, rounding, OverflowMode.NonFinite };
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Encode_matches_rounding_by_definition(NumberFormat format, RoundingMode rounding, OverflowMode overflow)
    {
        var reference = new NearestValueReference(format);
        int checkedCount = 0;
        foreach (double x in ConversionSamples.StridedFloats().Concat(ConversionSamples.Edges(format)))
        {
            uint expected = reference.Round(x, rounding, overflow);
            if (expected == uint.MaxValue)
            {
                continue;
            }
            uint actual = NumberFormats.Encode(format, x, rounding, overflow);
            if (actual != expected)
            {
                Assert.Fail($"{format} {rounding} {overflow}: x = {x:R} ({BitConverter.DoubleToInt64Bits(x):X16}) gave 0x{actual:X} ({NumberFormats.Decode(format, actual):R}), expected 0x{expected:X} ({NumberFormats.Decode(format, expected):R})");
            }
            checkedCount++;
        }
        Assert.True(checkedCount > 30000, $"only {checkedCount} inputs checked");
    }
}
