using System;
using System.Runtime.Intrinsics;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>The contract says every path gives the same bits as the scalar one; one verification then covers all.</summary>
public class PathIdentityTests
{
    [Theory]
    [MemberData(nameof(KernelCases.SingleNames), MemberType = typeof(KernelCases))]
    public void EveryFloatPathGivesTheScalarBits(string name)
    {
        KernelCase<float> k = KernelCases.Single[name];
        float[] x = Inputs.Singles(200_000);
        var span = new float[x.Length];
        k.Span(x, span);
        int mismatches = 0;
        string first = "";
        for (int i = 0; i + 16 <= x.Length; i += 16)
        {
            Vector512<float> v = Vector512.Create(x.AsSpan(i, 16));
            Vector512<float> r512 = k.V512(v);
            Vector256<float> r256 = k.V256(v.GetLower());
            Vector128<float> r128 = k.V128(v.GetLower().GetLower());
            for (int j = 0; j < 16; j++)
            {
                float s = k.Scalar(x[i + j]);
                bool same = Ulp.SameBits(s, r512[j]) && Ulp.SameBits(s, span[i + j])
                    && (j >= 8 || Ulp.SameBits(s, r256[j])) && (j >= 4 || Ulp.SameBits(s, r128[j]));
                if (!same && mismatches++ == 0) first = $"x = {x[i + j]:R}: scalar {s:R}, V512 {r512[j]:R}, span {span[i + j]:R}";
            }
        }
        Assert.True(mismatches == 0, $"{mismatches} inputs differ between paths; first: {first}");
    }

    [Theory]
    [MemberData(nameof(KernelCases.DoubleNames), MemberType = typeof(KernelCases))]
    public void EveryDoublePathGivesTheScalarBits(string name)
    {
        KernelCase<double> k = KernelCases.Double[name];
        double[] x = Inputs.Doubles(100_000);
        var span = new double[x.Length];
        k.Span(x, span);
        int mismatches = 0;
        string first = "";
        for (int i = 0; i + 8 <= x.Length; i += 8)
        {
            Vector512<double> v = Vector512.Create(x.AsSpan(i, 8));
            Vector512<double> r512 = k.V512(v);
            Vector256<double> r256 = k.V256(v.GetLower());
            Vector128<double> r128 = k.V128(v.GetLower().GetLower());
            for (int j = 0; j < 8; j++)
            {
                double s = k.Scalar(x[i + j]);
                bool same = Ulp.SameBits(s, r512[j]) && Ulp.SameBits(s, span[i + j])
                    && (j >= 4 || Ulp.SameBits(s, r256[j])) && (j >= 2 || Ulp.SameBits(s, r128[j]));
                if (!same && mismatches++ == 0) first = $"x = {x[i + j]:R}: scalar {s:R}, V512 {r512[j]:R}, span {span[i + j]:R}";
            }
        }
        Assert.True(mismatches == 0, $"{mismatches} inputs differ between paths; first: {first}");
    }
}
