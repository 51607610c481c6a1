using System;
using System.Collections.Generic;

namespace NumericKernels.Kernels.Tests;

/// <summary>Deterministic input sets: special values, thresholds, binade boundaries and pseudo-random bit patterns.</summary>
internal static class Inputs
{
    private static readonly float[] SingleSpecials =
    {
        0f, -0f, float.NaN, -float.NaN, BitConverter.Int32BitsToSingle(0x7F800001), float.PositiveInfinity, float.NegativeInfinity,
        float.Epsilon, -float.Epsilon, 1.1754942E-38f, 1.17549435E-38f, float.MaxValue, float.MinValue, 1f, -1f, 2f, 0.5f,
        0.70710677f, 1.4142135f, 87.5f, -87.5f, 88.72283f, 88.7228394f, 89f, 100f, -103.972076f, -103.97208f, -104f, -110f,
        -87.33655f, 126f, 127f, 128f, 129f, -126f, -149f, -150f, -151f, 1e-30f, 1e30f, 1e-45f, 3e38f,
    };

    /// <summary>Specials and their neighbours, every power of two and its neighbours, then random bit patterns.</summary>
    public static float[] Singles(int randomCount, int seed = 12345)
    {
        var list = new List<float>();
        foreach (float v in SingleSpecials)
        {
            int bits = BitConverter.SingleToInt32Bits(v);
            list.Add(v);
            list.Add(BitConverter.Int32BitsToSingle(unchecked(bits + 1)));
            list.Add(BitConverter.Int32BitsToSingle(unchecked(bits - 1)));
        }
        for (int e = -149; e <= 127; e++)
        {
            float p = MathF.ScaleB(1f, e);
            list.Add(p);
            list.Add(MathF.BitIncrement(p));
            list.Add(MathF.BitDecrement(p));
            list.Add(-p);
            list.Add(e);
            list.Add(e + 0.5f);
        }
        var rng = new Random(seed);
        for (int i = 0; i < randomCount; i++)
        {
            list.Add(BitConverter.Int32BitsToSingle(unchecked(rng.Next() ^ (rng.Next() << 1))));
            list.Add((float)(rng.NextDouble() * 240 - 120));
        }
        return list.ToArray();
    }

    public static double[] Doubles(int randomCount, int seed = 54321)
    {
        var list = new List<double>
        {
            0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.Epsilon, -double.Epsilon,
            double.MaxValue, double.MinValue, 1, -1, 2, 0.5, 708, 709.782712893384, 709.7827128933841, 710, -708.4,
            -745.1332191019411, -745.1332191019412, -746, 1023, 1024, 1025, -1022, -1074, -1075, -1076, 2.2250738585072014E-308,
            2.2250738585072009E-308, 1e-310, 0.7071067811865476, 1.4142135623730951,
        };
        for (int e = -1074; e <= 1023; e += 7)
        {
            double p = Math.ScaleB(1.0, e);
            list.Add(p);
            list.Add(Math.BitIncrement(p));
            list.Add(Math.BitDecrement(p));
        }
        var rng = new Random(seed);
        for (int i = 0; i < randomCount; i++)
        {
            list.Add(BitConverter.Int64BitsToDouble(rng.NextInt64()));
            list.Add(rng.NextDouble() * 1500 - 750);
            list.Add(Math.Exp(rng.NextDouble() * 1400 - 700));
            // Where tanh, sigmoid and expm1 are neither saturated nor linear, and log1p's x near -1 and 0.
            list.Add(rng.NextDouble() * 80 - 40);
            list.Add(rng.NextDouble() * 2 - 1);
        }
        return list.ToArray();
    }
}
