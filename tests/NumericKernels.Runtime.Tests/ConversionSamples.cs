using System;
using System.Collections.Generic;

namespace NumericKernels.Runtime.Tests;

/// <summary>Inputs that exercise a format's conversion: a spread over all float bit patterns plus every edge.</summary>
internal static class ConversionSamples
{
    /// <summary>Every 65521st float bit pattern (a prime stride, so every exponent and many mantissas are hit).</summary>
    public static IEnumerable<double> StridedFloats()
    {
        for (ulong bits = 0; bits <= uint.MaxValue; bits += 65521)
        {
            yield return BitConverter.UInt32BitsToSingle((uint)bits);
        }
    }

    /// <summary>
    /// Every finite value of <paramref name="format"/>, every midpoint between neighbours, the midpoint past the
    /// largest value, each with its float and double neighbours, with both signs; zeros, infinities and tiny values.
    /// </summary>
    public static IEnumerable<double> Edges(NumberFormat format)
    {
        var values = new SortedSet<double>();
        int bits = NumberFormats.BitWidth(format);
        for (uint code = 0; code < 1u << bits; code++)
        {
            double v = NumberFormats.Decode(format, code);
            if (double.IsFinite(v))
            {
                values.Add(Math.Abs(v));
            }
        }
        var list = new List<double>(values);
        double max = list[^1];
        list.Add(max + (max - list[^2]) / 2);
        list.Add(2 * max);
        for (int i = 0; i + 1 < values.Count; i++)
        {
            list.Add((list[i] + list[i + 1]) / 2);
        }
        foreach (double v in list)
        {
            foreach (double m in Around(v))
            {
                yield return m;
                yield return -m;
            }
        }
        foreach (double special in new[] { 0.0, double.Epsilon, float.Epsilon, 1e-30, 1e30, float.MaxValue, double.MaxValue, double.PositiveInfinity })
        {
            yield return special;
            yield return -special;
        }
    }

    private static IEnumerable<double> Around(double v)
    {
        yield return v;
        yield return Math.BitIncrement(v);
        yield return Math.BitDecrement(v);
        float f = (float)v;
        yield return MathF.BitIncrement(f);
        yield return MathF.BitDecrement(f);
    }
}
