using System;

namespace NumericKernels.Samples.LowPrecisionLorenz;

/// <summary>
/// The four low-precision arithmetics of the experiment, as generated kernels: every operation is evaluated in float
/// and its result rounded to bfloat16 or float16, to nearest even or stochastically, and kept as a float. Products of
/// two such numbers are exact in float (at most 22 significant bits); a sum is exact unless its operands' exponents
/// differ by more than 15 (bfloat16) or 12 (float16), where the float rounding moves it by at most 2^-16 of a step.
/// </summary>
internal static partial class Rounding
{
    [Quantize(NumberFormat.BFloat16)]
    private static partial void ToBFloat16(ReadOnlySpan<float> x, Span<BFloat16> y);

    [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.Stochastic)]
    private static partial void ToBFloat16Stochastic(ReadOnlySpan<float> x, Span<BFloat16> y, ulong seed, long offset);

    [Dequantize(NumberFormat.BFloat16)]
    private static partial void FromBFloat16(ReadOnlySpan<BFloat16> x, Span<float> y);

    [Quantize(NumberFormat.Float16)]
    private static partial void ToHalf(ReadOnlySpan<float> x, Span<Half> y);

    [Quantize(NumberFormat.Float16, Rounding = RoundingMode.Stochastic)]
    private static partial void ToHalfStochastic(ReadOnlySpan<float> x, Span<Half> y, ulong seed, long offset);

    [Dequantize(NumberFormat.Float16)]
    private static partial void FromHalf(ReadOnlySpan<Half> x, Span<float> y);

    /// <summary>Rounds every value of <paramref name="values"/> in place; a stochastic arithmetic draws stream <paramref name="stream"/> onward.</summary>
    public static void Round(Arithmetic arithmetic, Span<float> values, Span<byte> scratch, ulong seed, long stream)
    {
        switch (arithmetic)
        {
            case Arithmetic.BFloat16Nearest:
            case Arithmetic.BFloat16Stochastic:
                Span<BFloat16> b = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, BFloat16>(scratch).Slice(0, values.Length);
                if (arithmetic == Arithmetic.BFloat16Nearest)
                {
                    ToBFloat16(values, b);
                }
                else
                {
                    ToBFloat16Stochastic(values, b, seed, stream);
                }
                FromBFloat16(b, values);
                break;
            case Arithmetic.Float16Nearest:
            case Arithmetic.Float16Stochastic:
                Span<Half> h = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, Half>(scratch).Slice(0, values.Length);
                if (arithmetic == Arithmetic.Float16Nearest)
                {
                    ToHalf(values, h);
                }
                else
                {
                    ToHalfStochastic(values, h, seed, stream);
                }
                FromHalf(h, values);
                break;
        }
    }
}

internal enum Arithmetic
{
    BFloat16Nearest,
    BFloat16Stochastic,
    Float16Nearest,
    Float16Stochastic,
}
