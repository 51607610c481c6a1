using System;
using System.Runtime.Intrinsics;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>sin and cos: IEEE special values, exact symmetry, the fast/special boundary and the hardest reductions.</summary>
public class TrigTests
{
    private const double ReferenceMargin = 1.0 / (1 << 20);

    /// <summary>|x| beyond which the whole-range entries switch to the Payne-Hanek special path.</summary>
    private const float FastLimit = 262144f;

    [Theory]
    [InlineData(float.NaN, float.NaN, float.NaN)]
    [InlineData(float.PositiveInfinity, float.NaN, float.NaN)]
    [InlineData(float.NegativeInfinity, float.NaN, float.NaN)]
    [InlineData(0f, 0f, 1f)]
    [InlineData(float.Epsilon, float.Epsilon, 1f)]
    [InlineData(-float.Epsilon, -float.Epsilon, 1f)]
    public void SinAndCosOfSpecialInputs(float x, float sin, float cos)
    {
        Check(x, sin, cos);
    }

    /// <summary>sin(-0) = -0 and cos(-0) = 1 (a separate case: xUnit treats -0f and 0f as the same InlineData).</summary>
    [Fact]
    public void SinOfNegativeZeroIsNegativeZero() => Check(-0f, -0f, 1f);

    private static void Check(float x, float sin, float cos)
    {
        foreach (var (k, expected) in new[] { (KernelCases.Single["sin"], sin), (KernelCases.Single["cos"], cos), (KernelCases.Single["sin.u4"], sin), (KernelCases.Single["cos.u4"], cos) })
        {
            AssertSameValue(expected, k.Scalar(x));
            AssertSameValue(expected, k.V128(Vector128.Create(x))[1]);
            AssertSameValue(expected, k.V512(Vector512.Create(x))[15]);
        }
    }

    /// <summary>sin x rounds to x below 2^-12 (x³/6 is under half an ULP): the kernel returns x itself.</summary>
    [Fact]
    public void SinOfTinyInputsIsTheInputAndCosIsOne()
    {
        for (float x = float.Epsilon; x < 2.4414062E-4f; x = x < 1e-30f ? x * 2 : MathF.BitIncrement(x * 1.001f))
        {
            Assert.Equal(x, F32.Sin(x));
            Assert.Equal(-x, F32.Sin(-x));
            Assert.Equal(1f, F32.Cos(x));
        }
    }

    [Fact]
    public void SinIsExactlyOddAndCosExactlyEven()
    {
        foreach (float x in Inputs.Singles(20_000))
        {
            if (!float.IsFinite(x)) continue;
            Assert.True(Ulp.SameBits(-F32.Sin(x), F32.Sin(-x)), $"sin(-{x:R}) != -sin({x:R})");
            Assert.True(Ulp.SameBits(F32.Cos(x), F32.Cos(-x)), $"cos(-{x:R}) != cos({x:R})");
        }
    }

    /// <summary>Every float within 4096 ULPs of the fast path's limit, on both sides: right, and the same bits on every path.</summary>
    [Theory]
    [InlineData("sin")]
    [InlineData("cos")]
    [InlineData("sin.u4")]
    [InlineData("cos.u4")]
    public void InputsAroundTheFastLimitAreRightOnEveryPath(string name)
    {
        KernelCase<float> k = KernelCases.Single[name];
        int limit = BitConverter.SingleToInt32Bits(FastLimit);
        for (int bits = limit - 4096; bits <= limit + 4096; bits++)
        {
            float x = BitConverter.Int32BitsToSingle(bits);
            float y = k.Scalar(x);
            Assert.True(Ulp.SingleError(y, k.Reference(x)) <= k.BoundUlp + ReferenceMargin, $"{name}({x:R}) = {y:R}");
            Assert.True(Ulp.SameBits(y, k.V256(Vector256.Create(x))[5]), $"{name}({x:R}): V256 differs from scalar");
        }
    }

    /// <summary>
    /// A vector mixing fast lanes with lanes for the special path (huge, infinite, NaN): the fast lanes get exactly the
    /// bits they get in an all-fast vector, and every lane the scalar bits.
    /// </summary>
    [Theory]
    [InlineData("sin")]
    [InlineData("cos")]
    [InlineData("sin.u4")]
    [InlineData("cos.u4")]
    public void FastLanesGetTheSameBitsWhenTheSpecialPathRuns(string name)
    {
        KernelCase<float> k = KernelCases.Single[name];
        float[] fast = { 0.5f, -3f, 9.424778f, 1e-3f, -FastLimit, 100000.5f, 0.7853982f, -2.3561945f, 7f, -1e-40f, 1f, 2f, 3f, 4f, 5f, 6f };
        float[] mixed = (float[])fast.Clone();
        mixed[1] = 1e30f;
        mixed[6] = float.PositiveInfinity;
        mixed[9] = float.NaN;
        mixed[14] = -3.4e38f;
        Vector512<float> allFast = k.V512(Vector512.Create(fast));
        Vector512<float> withSpecial = k.V512(Vector512.Create(mixed));
        for (int i = 0; i < 16; i++)
        {
            Assert.True(Ulp.SameBits(k.Scalar(mixed[i]), withSpecial[i]), $"lane {i}: {name}({mixed[i]:R})");
            if (mixed[i] == fast[i]) Assert.True(Ulp.SameBits(allFast[i], withSpecial[i]), $"lane {i}: {name}({fast[i]:R}) changed with special lanes");
        }
    }

    /// <summary>
    /// The floats closest to a multiple of π/2 (a sweep of every float ≥ 1 with the Payne-Hanek reduction): there
    /// |x| - k·π/2 cancels most bits and the result is only as accurate as the reduction.
    /// </summary>
    [Theory]
    [InlineData("sin", 0x4116CBE4)] // 3π rounded: r = 2^-25.3
    [InlineData("cos", 0x3FC90FDB)] // π/2 rounded
    [InlineData("sin", 0x437CE5F1)] // 252.89821, 161·π/2 within 2^-27.83, the closest below 2^18
    [InlineData("cos", 0x437CE5F1)]
    [InlineData("sin", 0x6F79BE45)] // 7.729179e28, within 2^-29.21 of a multiple of π/2, the closest above 2^18
    [InlineData("cos", 0x6F79BE45)]
    [InlineData("sin.u4", 0x437CE5F1)]
    [InlineData("cos.u4", 0x437CE5F1)]
    public void HardestReductionsStayWithinTheBound(string name, int bits)
    {
        KernelCase<float> k = KernelCases.Single[name];
        float x = BitConverter.Int32BitsToSingle(bits);
        foreach (float v in new[] { x, -x })
        {
            double e = Ulp.SingleError(k.Scalar(v), k.Reference(v));
            Assert.True(e <= k.BoundUlp + ReferenceMargin, $"{name}({v:R}) = {k.Scalar(v):R}, reference {k.Reference(v):R}: {e:F4} ULP");
        }
    }

    private static void AssertSameValue(float expected, float actual)
    {
        if (float.IsNaN(expected)) Assert.True(float.IsNaN(actual), $"expected NaN, got {actual:R}");
        else Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(actual));
    }
}
