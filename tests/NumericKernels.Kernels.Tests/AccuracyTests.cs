using System;
using System.Threading.Tasks;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>
/// Sampled sweeps of the stated bounds. The exhaustive proof is `nk-search verify --exhaustive`; these keep every
/// build honest on a strided subset of all float32 inputs plus the edge cases.
/// </summary>
public class AccuracyTests
{
    /// <summary>Error of the double reference itself, in float32 ULPs.</summary>
    private const double ReferenceMargin = 1.0 / (1 << 20);

    [Theory]
    [MemberData(nameof(KernelCases.SingleNames), MemberType = typeof(KernelCases))]
    public void StridedSweepOfAllFloatsStaysWithinTheBound(string name)
    {
        KernelCase<float> k = KernelCases.Single[name];
        const int Stride = 509; // prime, so every mantissa pattern class is visited
        const int Chunk = 1 << 16;
        long total = (1L << 32) / Stride;
        int chunks = (int)((total + Chunk - 1) / Chunk);
        double worst = 0;
        float worstInput = 0;
        object gate = new();
        Parallel.For(0, chunks, c =>
        {
            var x = new float[Chunk];
            var y = new float[Chunk];
            int n = 0;
            for (long i = (long)c * Chunk; i < System.Math.Min(total, (long)(c + 1) * Chunk); i++)
            {
                float v = BitConverter.UInt32BitsToSingle(unchecked((uint)(i * Stride)));
                if (v >= k.DomainMin && v <= k.DomainMax || float.IsNaN(v) && double.IsInfinity(k.DomainMax)) x[n++] = v;
            }
            k.Span(x.AsSpan(0, n), y);
            double localWorst = 0;
            float localInput = 0;
            for (int i = 0; i < n; i++)
            {
                double e = Ulp.SingleError(y[i], k.Reference(x[i]));
                if (e > localWorst) { localWorst = e; localInput = x[i]; }
            }
            lock (gate)
            {
                if (localWorst > worst) { worst = localWorst; worstInput = localInput; }
            }
        });
        Assert.True(worst <= k.BoundUlp + ReferenceMargin, $"{name}: {worst:F4} ULP at x = {worstInput:R} exceeds {k.BoundUlp}");
    }

    [Theory]
    [MemberData(nameof(KernelCases.SingleNames), MemberType = typeof(KernelCases))]
    public void EdgeInputsStayWithinTheBound(string name)
    {
        KernelCase<float> k = KernelCases.Single[name];
        foreach (float x in Inputs.Singles(0))
        {
            if (!(x >= k.DomainMin && x <= k.DomainMax) && !(float.IsNaN(x) && double.IsInfinity(k.DomainMax))) continue;
            double e = Ulp.SingleError(k.Scalar(x), k.Reference(x));
            Assert.True(e <= k.BoundUlp + ReferenceMargin, $"{name}({x:R}) = {k.Scalar(x):R}, reference {k.Reference(x):R}: {e:F4} ULP");
        }
    }

    /// <summary>Every float whose exp is subnormal, zero or near overflow: the thresholds must be exact.</summary>
    [Theory]
    [InlineData("exp", -105f, -87f)]
    [InlineData("exp", 88f, 89f)]
    [InlineData("exp.u4", -105f, -87f)]
    [InlineData("exp.u4", 88f, 89f)]
    [InlineData("exp2", -151f, -125f)]
    [InlineData("exp2", 127f, 128.5f)]
    [InlineData("sigmoid", -105f, -86f)]
    [InlineData("sigmoid", 86f, 89f)]
    [InlineData("sigmoid.u4", -105f, -86f)]
    [InlineData("tanh", 8.5f, 10.5f)]
    [InlineData("tanh", -10.5f, -8.5f)]
    [InlineData("tanh", 0.5f, 0.625f)]
    [InlineData("tanh.u4", 0.5f, 0.625f)]
    public void EveryInputNearUnderflowAndOverflowThresholdsIsRight(string name, float from, float to)
    {
        KernelCase<float> k = KernelCases.Single[name];
        for (float x = from; x <= to; x = MathF.BitIncrement(x))
        {
            float y = k.Scalar(x);
            double e = Ulp.SingleError(y, k.Reference(x));
            Assert.True(e <= k.BoundUlp + ReferenceMargin, $"{name}({x:R}) = {y:R}, reference {k.Reference(x):R}: {e:F4} ULP");
        }
    }

    /// <summary>
    /// float64 against MPFR: every kernel within its bound of the exact value, on 750,000 inputs (bit patterns, uniform
    /// over [-750, 750] and [-40, 40] and [-1, 1], e^uniform) plus binade edges. (`nk-search verify` checks 10^8.)
    /// </summary>
    [Theory]
    [MemberData(nameof(KernelCases.DoubleNames), MemberType = typeof(KernelCases))]
    public void DoubleSamplesStayWithinTheBoundOfMpfr(string name)
    {
        KernelCase<double> k = KernelCases.Double[name];
        double[] x = Inputs.Doubles(150_000);
        var y = new double[x.Length];
        k.Span(x, y);
        using var mpfr = new MpfrDouble(name);
        for (int i = 0; i < x.Length; i++)
        {
            double e = mpfr.UlpError(x[i], y[i]);
            Assert.True(e <= k.BoundUlp, $"{name}({x[i]:R}) = {y[i]:R}, MPFR {mpfr.Value(x[i]):R}: {e:F3} ULP");
        }
    }
}
