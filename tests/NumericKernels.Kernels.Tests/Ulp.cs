using System;

namespace NumericKernels.Kernels.Tests;

/// <summary>Error of a result in units in the last place of the output format, against a more precise reference.</summary>
internal static class Ulp
{
    /// <summary>
    /// ULP of float32 at the binade of |reference| (2^-149 in the subnormal range). An exact power of two may be the
    /// rounded reference of a true value just below it, so it gets the smaller ULP of the binade below: conservative.
    /// </summary>
    public static double OfSingle(double reference)
    {
        double a = Math.Abs(reference);
        int exponent = a < Math.ScaleB(1.0, -126) ? -126 : Math.ILogB(a);
        if (a >= Math.ScaleB(1.0, -125) && a == Math.ScaleB(1.0, exponent)) exponent--;
        return Math.ScaleB(1.0, exponent - 23);
    }

    /// <summary>ULP of float64 at the binade of |reference| (2^-1074 in the subnormal range).</summary>
    public static double OfDouble(double reference)
    {
        double a = Math.Abs(reference);
        int exponent = a < Math.ScaleB(1.0, -1022) ? -1022 : Math.ILogB(a);
        return Math.ScaleB(1.0, exponent - 52);
    }

    /// <summary>
    /// Error of a float32 result against a double reference, in float32 ULPs. Non-finite or NaN disagreement (NaN vs a
    /// number, infinity vs finite) is reported as <see cref="double.PositiveInfinity"/>. The double reference itself is
    /// within 2^-29 float ULP of the exact value, which callers add to their bound.
    /// </summary>
    public static double SingleError(float result, double reference)
    {
        if (double.IsNaN(reference) || float.IsNaN(result)) return double.IsNaN(reference) && float.IsNaN(result) ? 0 : double.PositiveInfinity;
        float rounded = (float)reference;
        if (float.IsInfinity(rounded) || float.IsInfinity(result))
        {
            return result == rounded ? 0 : double.PositiveInfinity;
        }
        return Math.Abs(result - reference) / OfSingle(reference);
    }

    /// <summary>Error of a float64 result against another float64 (for example libm), in float64 ULPs.</summary>
    public static double DoubleError(double result, double reference)
    {
        if (double.IsNaN(reference) || double.IsNaN(result)) return double.IsNaN(reference) && double.IsNaN(result) ? 0 : double.PositiveInfinity;
        if (double.IsInfinity(reference) || double.IsInfinity(result)) return result == reference ? 0 : double.PositiveInfinity;
        return Math.Abs(result - reference) / OfDouble(reference);
    }

    public static bool SameBits(float a, float b) => BitConverter.SingleToInt32Bits(a) == BitConverter.SingleToInt32Bits(b);

    public static bool SameBits(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);
}
