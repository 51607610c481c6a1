using System;

namespace NumericKernels;

/// <summary>
/// The reference semantics of [Quantize] and [Dequantize]: element formats with or without a shared block scale, into
/// packed storage (<see cref="CodePacking"/>). Written from the specifications, one element at a time; the generated
/// kernels must reproduce it bit for bit.
/// </summary>
/// <remarks>
/// <para><b>OCP MX</b> (scale <see cref="NumberFormat.ScaleE8M0"/>, OCP Microscaling Formats v1.0, section 6.3): with
/// amax the largest magnitude in the block, the shared exponent is E = floor(log2(amax)) - emax, emax the exponent of
/// the element format's largest normal value (E4M3 8, E5M2 15, E3M2 4, E2M3 2, E2M1 2, Int8 and Int4 0). E below -127
/// (amax = 0 included) is clamped to -127; a NaN or infinity in the block makes the scale NaN (0xFF), as the OCP
/// reference implementation (microxcaling) does when E leaves the scale's range, and the block's element codes zero (a
/// NaN scale makes every element NaN whatever its code). Each element is x · 2^-E rounded to
/// the element format, so finite values beyond its range saturate (or overflow as <c>OverflowMode</c> says).</para>
/// <para><b>Dequantization</b> multiplies the exact element value by the exact scale and rounds once to float. A NaN
/// scale gives <see cref="CanonicalNaN"/> for every element of its block; a NaN element code gives the NaN
/// <see cref="NumberFormats.DecodeToSingle"/> gives; infinity times a zero scale gives <see cref="CanonicalNaN"/>.</para>
/// <para><b>NVFP4-style</b> (scale <see cref="NumberFormat.ScaleUE4M3"/>): the scale is amax / max_elem rounded to
/// UE4M3 to nearest, ties to even, saturating at 448 (a NaN or infinity in the block gives the NaN scale 0x7F); each
/// element is x / scale, divided in double (which decides every rounding as the exact quotient would: a 24-bit x over
/// a 4-bit scale is never within 2^-53 of an element tie without being on it) and rounded once to the element format; a block whose scale rounds to zero
/// stores zero codes. There is no second, per-tensor scale: blocks whose amax / 6 lies outside [2^-10, 448] (for
/// E2M1) lose range, so callers with such data scale the tensor first.</para>
/// <para><b>Integers</b>: without a block scale Int8 and Int4 are plain two's complement integers (x rounded, clamped
/// to [-128, 127] or [-8, 7]). In a block they are fixed point, as OCP MXINT8 defines: an Int8 code k means
/// k · 2^-6 and an Int4 code k means k · 2^-2, both clamped to the symmetric ranges [-127, 127] and [-7, 7].</para>
/// <para><b>Stochastic rounding</b> draws the random word of element i from
/// <see cref="StochasticRounding.RandomBits"/>(seed, offset + i) (bfloat16, which needs 16 bits, from
/// <see cref="StochasticRounding.RandomBits16"/>(seed, offset + i) shifted to the top of the word); block scales are
/// always rounded deterministically.</para>
/// </remarks>
public static class BlockQuantization
{
    /// <summary>Number of block scales for <paramref name="count"/> elements (a last partial block has one too).</summary>
    public static int ScaleCount(int blockSize, int count) => blockSize == 0 ? 0 : (count + blockSize - 1) / blockSize;

    /// <summary>Quantizes <paramref name="x"/> into packed <paramref name="codes"/> and, with blocks, <paramref name="scales"/>.</summary>
    /// <exception cref="ArgumentException">A span is too short, or a format, block size or mode does not apply.</exception>
    public static void Quantize(
        NumberFormat element, int blockSize, NumberFormat scale, ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales,
        RoundingMode rounding = RoundingMode.ToNearestEven, OverflowMode overflow = OverflowMode.Saturate, ulong seed = 0, long offset = 0)
    {
        Validate(element, blockSize, scale, x.Length, codes.Length, scales.Length, nameof(codes), nameof(scales));
        int blocks = ScaleCount(blockSize, x.Length);
        for (int block = 0; block < (blockSize == 0 ? 1 : blocks); block++)
        {
            int start = block * blockSize;
            int length = blockSize == 0 ? x.Length : Math.Min(blockSize, x.Length - start);
            ReadOnlySpan<float> values = x.Slice(start, length);
            double divisor = 1;
            if (blockSize != 0)
            {
                uint scaleCode = ScaleCode(element, scale, values);
                scales[block] = (byte)scaleCode;
                divisor = NumberFormats.Decode(scale, scaleCode);
            }
            for (int i = 0; i < length; i++)
            {
                // A NaN scale (a NaN or infinity in the block) or a zero scale (UE4M3 underflow) decodes every element of
                // its block the same way whatever the codes are, so the codes are zero.
                double value = divisor == 0 || double.IsNaN(divisor) ? 0 : values[i] / divisor;
                uint random = rounding != RoundingMode.Stochastic ? 0
                    : element == NumberFormat.BFloat16 ? (uint)StochasticRounding.RandomBits16(seed, offset + start + i) << 16
                    : StochasticRounding.RandomBits(seed, offset + start + i);
                uint code = EncodeElement(element, blockSize != 0, value, overflow, rounding, random);
                CodePacking.Write(element, codes, start + i, code);
            }
        }
    }

    /// <summary>Dequantizes packed <paramref name="codes"/> (and <paramref name="scales"/>) into <paramref name="y"/>.</summary>
    public static void Dequantize(NumberFormat element, int blockSize, NumberFormat scale, ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y)
    {
        Validate(element, blockSize, scale, y.Length, codes.Length, scales.Length, nameof(codes), nameof(scales));
        for (int i = 0; i < y.Length; i++)
        {
            uint code = CodePacking.Read(element, codes, i);
            if (blockSize == 0)
            {
                y[i] = NumberFormats.DecodeToSingle(element, code);
                continue;
            }
            double multiplier = NumberFormats.Decode(scale, scales[i / blockSize]);
            double value = DecodeElement(element, true, code);
            if (double.IsNaN(multiplier))
            {
                y[i] = CanonicalNaN; // OCP MX: a NaN scale makes every element of its block NaN
            }
            else if (double.IsNaN(value))
            {
                y[i] = NumberFormats.DecodeToSingle(element, code); // the element's own NaN, as without a scale
            }
            else
            {
                // One rounding of the exact product to float; infinity times a zero scale is invalid and gives the positive
                // quiet NaN (the sign of an invalid operation's NaN differs between x64 and Arm64, so it is fixed here).
                double product = value * multiplier;
                y[i] = double.IsNaN(product) ? CanonicalNaN : (float)product;
            }
        }
    }

    /// <summary>The NaN a block dequantization writes where no element NaN carries over: positive, quiet, no payload (0x7FC00000).</summary>
    public static float CanonicalNaN => BitConverter.UInt32BitsToSingle(0x7FC0_0000);

    /// <summary>The scale code of one block.</summary>
    public static uint ScaleCode(NumberFormat element, NumberFormat scale, ReadOnlySpan<float> block)
    {
        double amax = 0;
        foreach (float v in block)
        {
            if (!float.IsFinite(v))
            {
                return NumberFormats.Encode(scale, double.NaN);
            }
            amax = Math.Max(amax, Math.Abs(v));
        }
        if (scale == NumberFormat.ScaleE8M0)
        {
            int exponent = amax == 0 ? -127 : Math.Max(Math.ILogB(amax) - LargestNormalExponent(element), -127);
            return (uint)(exponent + 127);
        }
        return NumberFormats.Encode(scale, amax / ElementMax(element, blocked: true));
    }

    /// <summary>The exponent of the element format's largest normal value: OCP MX's emax_elem.</summary>
    public static int LargestNormalExponent(NumberFormat element) => element switch
    {
        NumberFormat.Int8 or NumberFormat.Int4 => 0,
        _ => Math.ILogB(NumberFormats.MaxValue(element)),
    };

    private static double ElementMax(NumberFormat element, bool blocked) => element switch
    {
        NumberFormat.Int8 => blocked ? 127.0 / 64 : 127,
        NumberFormat.Int4 => blocked ? 7.0 / 4 : 7,
        _ => NumberFormats.MaxValue(element),
    };

    private static uint EncodeElement(NumberFormat element, bool blocked, double value, OverflowMode overflow, RoundingMode rounding, uint random)
    {
        if (blocked && element is NumberFormat.Int8 or NumberFormat.Int4)
        {
            // MXINT fixed point: the code counts 2^-6 (Int8) or 2^-2 (Int4) steps, in the symmetric range.
            int max = element == NumberFormat.Int8 ? 127 : 7;
            value = Math.Clamp(Math.ScaleB(value, element == NumberFormat.Int8 ? 6 : 2), -max, max);
        }
        return rounding == RoundingMode.Stochastic
            ? NumberFormats.EncodeStochastic(element, value, random, overflow)
            : NumberFormats.Encode(element, value, rounding, overflow);
    }

    private static double DecodeElement(NumberFormat element, bool blocked, uint code)
    {
        double value = NumberFormats.Decode(element, code);
        return blocked && element is NumberFormat.Int8 or NumberFormat.Int4
            ? Math.ScaleB(value, element == NumberFormat.Int8 ? -6 : -2)
            : value;
    }

    private static void Validate(NumberFormat element, int blockSize, NumberFormat scale, int count, int codeBytes, int scaleBytes, string codesName, string scalesName)
    {
        if (blockSize is not (0 or 16 or 32))
        {
            throw new ArgumentOutOfRangeException(nameof(blockSize), blockSize, "Block sizes are 0 (no scale), 16 (NVFP4) and 32 (OCP MX).");
        }
        if (element is NumberFormat.Float64 or NumberFormat.Float32 or NumberFormat.ScaleE8M0 or NumberFormat.ScaleUE4M3)
        {
            throw new ArgumentException($"{element} is not an element format.", nameof(element));
        }
        if (blockSize != 0 && scale is not (NumberFormat.ScaleE8M0 or NumberFormat.ScaleUE4M3))
        {
            throw new ArgumentException($"{scale} cannot be a block scale: use ScaleE8M0 or ScaleUE4M3.", nameof(scale));
        }
        if (codeBytes < CodePacking.ByteCount(element, count))
        {
            throw new ArgumentException($"{count} {element} codes need {CodePacking.ByteCount(element, count)} bytes; the span has {codeBytes}.", codesName);
        }
        if (scaleBytes < ScaleCount(blockSize, count))
        {
            throw new ArgumentException($"{count} elements in blocks of {blockSize} need {ScaleCount(blockSize, count)} scales; the span has {scaleBytes}.", scalesName);
        }
    }
}
