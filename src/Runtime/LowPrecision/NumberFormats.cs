using System;

namespace NumericKernels;

/// <summary>
/// The reference conversions of every <see cref="NumberFormat"/> a kernel can quantize to, by format value: what the
/// generated [Quantize] and [Dequantize] kernels must reproduce bit for bit, and what nk-search's sweeps compare them with.
/// </summary>
/// <remarks>
/// Floating-point formats round as their types do (<see cref="Float8E4M3.FromDouble"/> and the rest; Float16 and
/// Float32 by the same rules with IEEE 754 binary16 and binary32 traits). Int8 and Int4 are two's complement
/// integers: the value is rounded to an integer by the rounding mode and clamped to [-128, 127] or [-8, 7]; NaN
/// becomes 0; an Int4 code is the low 4 bits of a byte.
/// </remarks>
public static class NumberFormats
{
    private static readonly MiniFloatFormat Float32Format = MiniFloatFormat.Create("Float32", 8, 23, 127);

    /// <summary>Bits in one code: 4, 6, 7 (<see cref="NumberFormat.ScaleUE4M3"/>), 8, 16 or 32.</summary>
    public static int BitWidth(NumberFormat format) => format switch
    {
        NumberFormat.Int8 => 8,
        NumberFormat.Int4 => 4,
        _ => Traits(format).Bits,
    };

    /// <summary>The largest finite value of <paramref name="format"/>.</summary>
    public static double MaxValue(NumberFormat format) => format switch
    {
        NumberFormat.Int8 => 127,
        NumberFormat.Int4 => 7,
        _ => Traits(format).MaxFinite,
    };

    /// <summary>
    /// Whether <see cref="OverflowMode.NonFinite"/> applies to <paramref name="format"/>: it has infinity or NaN (the FP6 and
    /// FP4 formats and the integers have neither, and only saturate).
    /// </summary>
    public static bool HasNonFiniteValues(NumberFormat format) => !IsInteger(format) && Traits(format).HasNaN;

    /// <summary>The code of <paramref name="value"/> rounded to <paramref name="format"/> (any rounding mode but stochastic).</summary>
    /// <exception cref="ArgumentException">
    /// <paramref name="format"/> is Float64, <paramref name="rounding"/> is stochastic, or <paramref name="overflow"/> is
    /// <see cref="OverflowMode.NonFinite"/> for a format with neither infinity nor NaN.
    /// </exception>
    public static uint Encode(NumberFormat format, double value, RoundingMode rounding = RoundingMode.ToNearestEven, OverflowMode overflow = OverflowMode.Saturate)
    {
        if (IsInteger(format))
        {
            if (rounding == RoundingMode.Stochastic)
            {
                throw new ArgumentException("Stochastic rounding needs random bits: use EncodeStochastic.", nameof(rounding));
            }
            return EncodeInteger(format, value, rounding, overflow, random: 0);
        }
        return Traits(format).Encode(value, rounding, overflow);
    }

    /// <summary>
    /// The code of <paramref name="value"/> rounded stochastically with <paramref name="randomBits"/>: up in magnitude
    /// when the bits, read as an integer, lie below the discarded fraction of a quantum times 2^32.
    /// </summary>
    public static uint EncodeStochastic(NumberFormat format, double value, uint randomBits, OverflowMode overflow = OverflowMode.Saturate)
    {
        if (IsInteger(format))
        {
            return EncodeInteger(format, value, RoundingMode.Stochastic, overflow, randomBits);
        }
        return Traits(format).EncodeStochastic(value, randomBits, overflow);
    }

    /// <summary>The exact value of <paramref name="code"/> (its low <see cref="BitWidth"/> bits).</summary>
    public static double Decode(NumberFormat format, uint code) => format switch
    {
        NumberFormat.Int8 => (sbyte)(byte)code,
        NumberFormat.Int4 => ((int)(code << 28)) >> 28,
        _ => Traits(format).Decode(code),
    };

    /// <summary>
    /// The float a [Dequantize] kernel writes for <paramref name="code"/>: the exact value; a NaN code gives a quiet NaN
    /// with the code's sign (and, for IEEE-like formats, its payload bits in float's leading mantissa bits); bfloat16
    /// codes give exactly the float whose upper half they are.
    /// </summary>
    public static float DecodeToSingle(NumberFormat format, uint code)
    {
        if (format == NumberFormat.BFloat16)
        {
            return BitConverter.UInt32BitsToSingle((code & 0xFFFF) << 16);
        }
        double value = Decode(format, code);
        if (!double.IsNaN(value))
        {
            return (float)value;
        }
        MiniFloatFormat traits = Traits(format);
        uint sign = (code & traits.SignMask) != 0 ? 0x8000_0000u : 0;
        uint payload = traits.NonFinite == NonFiniteCodes.Ieee ? (code & ((1u << traits.MantissaBits) - 1)) << (23 - traits.MantissaBits) : 0;
        return BitConverter.UInt32BitsToSingle(sign | 0x7FC0_0000 | payload);
    }

    private static bool IsInteger(NumberFormat format) => format is NumberFormat.Int8 or NumberFormat.Int4;

    private static uint EncodeInteger(NumberFormat format, double value, RoundingMode rounding, OverflowMode overflow, uint random)
    {
        if (overflow != OverflowMode.Saturate)
        {
            throw new ArgumentException($"{format} has neither infinity nor NaN: only OverflowMode.Saturate applies.", nameof(overflow));
        }
        if (double.IsNaN(value))
        {
            return 0;
        }
        int max = format == NumberFormat.Int8 ? 127 : 7;
        double rounded = rounding == RoundingMode.Stochastic
            ? MiniFloatFormat.RoundStochastic(Math.Abs(value), random)
            : MiniFloatFormat.RoundToInteger(Math.Abs(value), rounding, double.IsNegative(value));
        double magnitude = Math.Min(rounded, max + 1);
        int integer = (int)(double.IsNegative(value) ? -magnitude : magnitude);
        integer = Math.Clamp(integer, -max - 1, max);
        return (uint)integer & (format == NumberFormat.Int8 ? 0xFFu : 0xFu);
    }

    private static MiniFloatFormat Traits(NumberFormat format) => format switch
    {
        NumberFormat.Float32 => Float32Format,
        NumberFormat.Float16 => MiniFloatFormat.Float16,
        NumberFormat.BFloat16 => MiniFloatFormat.BFloat16,
        NumberFormat.Float8E4M3 => MiniFloatFormat.Float8E4M3,
        NumberFormat.Float8E5M2 => MiniFloatFormat.Float8E5M2,
        NumberFormat.Float6E3M2 => MiniFloatFormat.Float6E3M2,
        NumberFormat.Float6E2M3 => MiniFloatFormat.Float6E2M3,
        NumberFormat.Float4E2M1 => MiniFloatFormat.Float4E2M1,
        NumberFormat.ScaleE8M0 => MiniFloatFormat.ScaleE8M0,
        NumberFormat.ScaleUE4M3 => MiniFloatFormat.ScaleUE4M3,
        NumberFormat.Float64 => throw new ArgumentException("Float64 is not a quantization target: nothing is narrower to round to.", nameof(format)),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a NumberFormat."),
    };
}
