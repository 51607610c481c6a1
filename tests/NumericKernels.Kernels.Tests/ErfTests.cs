using System;
using System.Runtime.Intrinsics;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>
/// erf.f32.u1 beyond the table-driven tests: its special values, its symmetry, its piece boundaries, tiny inputs (the
/// special path) and vectors that mix lanes of every piece with special-path lanes.
/// </summary>
public class ErfTests
{
    private const double ReferenceMargin = 1.0 / (1 << 20);

    [Fact]
    public void ZerosKeepTheirSignInfinitiesGiveOneAndNaNStaysNaN()
    {
        Assert.Equal(BitConverter.SingleToInt32Bits(0f), BitConverter.SingleToInt32Bits(F32.Erf(0f)));
        Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(F32.Erf(-0f)));
        Assert.Equal(1f, F32.Erf(float.PositiveInfinity));
        Assert.Equal(-1f, F32.Erf(float.NegativeInfinity));
        Assert.True(float.IsNaN(F32.Erf(float.NaN)));
        Assert.True(float.IsNaN(F32.Erf(-float.NaN)));
        Assert.Equal(1f, F32.Erf(3.921f));
        Assert.Equal(1f, F32.Erf(float.MaxValue));
        Assert.Equal(-1f, F32.Erf(-1e20f));
    }

    [Fact]
    public void ErfIsOddBitForBit()
    {
        var rng = new Random(3);
        for (int i = 0; i < 100_000; i++)
        {
            float x = (float)(rng.NextDouble() * 5);
            Assert.Equal(BitConverter.SingleToInt32Bits(-F32.Erf(x)), BitConverter.SingleToInt32Bits(F32.Erf(-x)));
        }
    }

    /// <summary>Subnormal and tiny inputs: erf x = x·2/√π to within one ULP, the special path's case.</summary>
    [Fact]
    public void TinyAndSubnormalInputsAreWithinOneUlp()
    {
        for (int e = -149; e <= -90; e++)
        {
            for (int m = 0; m < 64; m++)
            {
                float x = MathF.ScaleB(1f + m / 64f, e);
                if (x == 0) continue;
                foreach (float v in new[] { x, -x, MathF.BitIncrement(x) })
                {
                    double error = Ulp.SingleError(F32.Erf(v), Reference.Erf(v));
                    Assert.True(error <= 1 + ReferenceMargin, $"erf({v:R}) = {F32.Erf(v):R}: {error:F4} ULP");
                }
            }
        }
    }

    /// <summary>Every float of [0, 4] with a prime stride, plus both neighbours of every piece boundary.</summary>
    [Fact]
    public void InputsAcrossThePiecesAndTheirBoundariesAreWithinOneUlp()
    {
        var inputs = new System.Collections.Generic.List<float>();
        for (int bits = 0; bits <= BitConverter.SingleToInt32Bits(4f); bits += 1021) inputs.Add(BitConverter.Int32BitsToSingle(bits));
        foreach (float boundary in new[] { 0.875f, 2.25f, 3.92f, 7.888609e-31f })
        {
            for (int d = -64; d <= 64; d++) inputs.Add(BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(boundary) + d));
        }
        float[] x = inputs.ToArray();
        var y = new float[x.Length];
        F32.Erf(x, y);
        for (int i = 0; i < x.Length; i++)
        {
            double error = Ulp.SingleError(y[i], Reference.Erf(x[i]));
            Assert.True(error <= 1 + ReferenceMargin, $"erf({x[i]:R}) = {y[i]:R}: {error:F4} ULP");
        }
    }

    /// <summary>Lanes of all three pieces, the 1 region, tiny (special path), zero and NaN lanes in one vector.</summary>
    [Fact]
    public void MixedLanesGiveTheScalarBitsOnEveryPath()
    {
        float[] pool =
        {
            0.3f, -0.86f, 0.875f, 1.7f, -2.25f, 3.1f, 3.95f, 1e-35f, -1e-40f, 0f, -0f, float.NaN, float.PositiveInfinity,
            -7e-31f, 2e-30f, 0.0001f,
        };
        var rng = new Random(11);
        for (int round = 0; round < 2000; round++)
        {
            var x = new float[16];
            for (int j = 0; j < 16; j++) x[j] = pool[rng.Next(pool.Length)] * (1 + (float)rng.NextDouble() * 1e-3f);
            var span = new float[16];
            F32.Erf(x, span);
            Vector512<float> v = Vector512.Create(x);
            Vector512<float> r512 = F32.Erf(v);
            Vector256<float> r256 = F32.Erf(v.GetLower());
            Vector128<float> r128 = F32.Erf(v.GetLower().GetLower());
            for (int j = 0; j < 16; j++)
            {
                float s = F32.Erf(x[j]);
                Assert.True(Ulp.SameBits(s, r512[j]) && Ulp.SameBits(s, span[j]), $"x = {x[j]:R}: scalar {s:R}, V512 {r512[j]:R}, span {span[j]:R}");
                if (j < 8) Assert.True(Ulp.SameBits(s, r256[j]), $"x = {x[j]:R}: scalar {s:R}, V256 {r256[j]:R}");
                if (j < 4) Assert.True(Ulp.SameBits(s, r128[j]), $"x = {x[j]:R}: scalar {s:R}, V128 {r128[j]:R}");
            }
        }
    }
}
