// Kernels of every family, declared as a user of the package would, each checked against a reference that does not
// come from the package: Math/MathF in double, constants from the OCP FP8/MX specifications, and integrals whose
// values were computed with mpmath at 30 digits. Exits 1 and names the failed check when any disagrees.
using System.Runtime.Intrinsics;
using NumericKernels;

internal static partial class Kernels
{
    [Approximate(MathFunction.Exp, MaxUlp = 1)]
    public static partial void Exp(ReadOnlySpan<float> x, Span<float> y);

    [Approximate(MathFunction.Exp, MaxUlp = 1)]
    public static partial Vector256<float> Exp(Vector256<float> x);

    [Approximate(MathFunction.Log2)]
    public static partial double Log2(double x);

    // scripts/check-package.sh adds the Entries.cs that nk-search fit writes for e^x on [1, 2] within 4 ULP: this request
    // then takes that entry (the script checks the generated XML doc); without the file, the built-in catalog serves it.
    [Approximate(MathFunction.Exp, MaxUlp = 4, DomainMin = 1, DomainMax = 2)]
    public static partial void ExpOneTwo(ReadOnlySpan<float> x, Span<float> y);

    [Polynomial(1.0, 1.0, 0.5)]
    public static partial void Quadratic(ReadOnlySpan<double> x, Span<double> y);

    [Quantize(NumberFormat.Float8E4M3)]
    public static partial void ToE4M3(ReadOnlySpan<float> x, Span<byte> codes);

    [Dequantize(NumberFormat.Float8E4M3)]
    public static partial void FromE4M3(ReadOnlySpan<byte> codes, Span<float> y);

    [Quantize(NumberFormat.Float4E2M1, BlockSize = 32)]
    public static partial void ToMxfp4(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

    [Quantize(NumberFormat.BFloat16)]
    public static partial void ToBFloat16(ReadOnlySpan<float> x, Span<BFloat16> y);

    private static double Gaussian(double x) => Math.Exp(-x * x);

    private static double Peak(double x) => 1 / (1e-4 + x * x);

    [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(Gaussian))]
    public static partial double GaussianIntegral(double a, double b);

    [Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(Peak), RelativeTolerance = 1e-10)]
    public static partial QuadratureResult PeakIntegral(double a, double b);
}

internal static class Program
{
    private static int failures;
    private static int checks;

    private static int Main()
    {
        CheckExp();
        CheckLog2();
        CheckPolynomial();
        CheckQuantization();
        CheckQuadrature();
        CheckMisuse();
        Console.WriteLine($"consumer ({System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}): {checks - failures} of {checks} checks passed");
        return failures == 0 ? 0 : 1;
    }

    private static void Check(bool ok, string what)
    {
        checks++;
        if (!ok)
        {
            failures++;
            Console.WriteLine("FAIL: " + what);
        }
    }

    private static double UlpsFrom(float actual, double exact)
    {
        float rounded = (float)exact;
        double ulp = Math.Abs((double)MathF.BitIncrement(Math.Abs(rounded)) - Math.Abs(rounded));
        return Math.Abs(actual - exact) / ulp;
    }

    private static void CheckExp()
    {
        var x = new float[100_003];
        for (int i = 0; i < x.Length; i++)
            x[i] = -87f + 175f * i / (x.Length - 1);
        var y = new float[x.Length];
        Kernels.Exp(x, y);
        double worst = 0;
        for (int i = 0; i < x.Length; i++)
            worst = Math.Max(worst, UlpsFrom(y[i], Math.Exp(x[i])));
        Check(worst <= 1, $"exp within 1 ULP of Math.Exp in double (worst {worst:F4})");
        Check(float.IsPositiveInfinity(Exp1(100f)) && Exp1(float.NegativeInfinity) == 0 && float.IsNaN(Exp1(float.NaN)), "exp special values");
        var v = Vector256.Create(-3.5f, -1f, 0f, 0.25f, 1f, 2f, 10f, 80f);
        var vy = Kernels.Exp(v);
        bool same = true;
        for (int i = 0; i < 8; i++)
            same &= BitConverter.SingleToInt32Bits(vy[i]) == BitConverter.SingleToInt32Bits(Exp1(v[i]));
        Check(same, "exp Vector256 overload gives the span kernel's bits");

        var narrow = new List<float>();
        for (float t = 1f; t <= 2f; t = MathF.BitIncrement(t)) narrow.Add(t);
        var narrowY = new float[narrow.Count];
        Kernels.ExpOneTwo(narrow.ToArray(), narrowY);
        double worstNarrow = 0;
        for (int i = 0; i < narrow.Count; i++)
            worstNarrow = Math.Max(worstNarrow, UlpsFrom(narrowY[i], Math.Exp(narrow[i])));
        Check(worstNarrow <= 4, $"exp on every float of [1, 2] within 4 ULP (worst {worstNarrow:F4})");
    }

    private static float Exp1(float x)
    {
        Span<float> y = stackalloc float[1];
        Kernels.Exp(new[] { x }, y);
        return y[0];
    }

    private static void CheckLog2()
    {
        Check(Kernels.Log2(1024.0) == 10.0 && Kernels.Log2(1.0) == 0.0, "log2 exact at powers of two");
        double worst = 0;
        for (double t = 1e-300; t < 1e300; t *= 1.37)
        {
            double exact = Math.Log2(t);
            worst = Math.Max(worst, Math.Abs(Kernels.Log2(t) - exact) / Math.Abs(Math.BitIncrement(Math.Abs(exact)) - Math.Abs(exact)));
        }
        // Math.Log2 itself is within about 1 ULP, so the difference of two 1-ULP results stays below 2.
        Check(worst <= 2, $"log2 agrees with Math.Log2 (worst {worst:F3} ULP)");
    }

    private static void CheckPolynomial()
    {
        double[] x = { -2, -0.5, 0, 0.75, 3 };
        var y = new double[x.Length];
        Kernels.Quadratic(x, y);
        bool ok = true;
        for (int i = 0; i < x.Length; i++)
            ok &= y[i] == 1 + x[i] + 0.5 * x[i] * x[i];
        Check(ok, "polynomial 1 + x + x^2/2 exact on dyadic inputs");
    }

    private static void CheckQuantization()
    {
        // OCP FP8 E4M3: bias 7, 3 mantissa bits, max 448 = 0x7E, NaN S.1111.111 (sign kept); 0.3 rounds to
        // 1.25 * 2^-2 = 0x2A; 2^-8 is the subnormal 2/8 * 2^-6. float.NaN has its sign bit set in .NET.
        float positiveNaN = BitConverter.Int32BitsToSingle(0x7FC00000);
        float[] x = { 1f, -1f, 448f, 1000f, 0.3f, positiveNaN, float.NaN, MathF.Pow(2, -8) };
        byte[] expected = { 0x38, 0xB8, 0x7E, 0x7E, 0x2A, 0x7F, 0xFF, 0x02 };
        var codes = new byte[x.Length];
        Kernels.ToE4M3(x, codes);
        Check(codes.AsSpan().SequenceEqual(expected), "E4M3 codes of the OCP examples: " + Convert.ToHexString(codes));
        var back = new float[x.Length];
        Kernels.FromE4M3(codes, back);
        Check(back[0] == 1 && back[2] == 448 && back[4] == 0.3125f && float.IsNaN(back[5]) && float.IsNaN(back[6]) && back[7] == MathF.Pow(2, -8), "E4M3 decodes");

        // MXFP4: a block of 32, amax 6 gives the shared exponent floor(log2 6) - 2 = 0 (E8M0 code 127); E2M1 6 = 0b0111,
        // -0.5 = 0b1001; element 2i in the low nibble.
        var block = new float[32];
        Array.Fill(block, 6f);
        block[0] = -0.5f;
        var packed = new byte[16];
        var scales = new byte[1];
        Kernels.ToMxfp4(block, packed, scales);
        Check(scales[0] == 127 && packed[0] == 0x79 && packed[1] == 0x77 && packed[15] == 0x77, $"MXFP4 block: scale {scales[0]}, bytes {packed[0]:X2} {packed[1]:X2}");

        var bf = new BFloat16[3];
        Kernels.ToBFloat16(new[] { 1f, -2.5f, 1.00390625f }, bf);
        // 1.00390625 = 1 + 2^-8 lies halfway between bfloat16 neighbours 1 and 1 + 2^-7: ties to even gives 1.
        Check(bf[0].RawValue == 0x3F80 && bf[1].RawValue == 0xC020 && bf[2].RawValue == 0x3F80, "bfloat16 codes");
    }

    private static void CheckQuadrature()
    {
        const double gaussian = 0.886207348259521233894484577912;   // sqrt(pi)/2 erf(3)
        double g = Kernels.GaussianIntegral(0, 3);
        Check(Math.Abs(g - gaussian) <= 4 * Math.BitIncrement(gaussian) - 4 * gaussian, $"20-point Gauss-Legendre of exp(-x^2) on [0, 3]: {g:R}");
        const double peak = 312.159332021646268677470817494;        // 2 atan(100) / 0.01
        var r = Kernels.PeakIntegral(-1, 1);
        Check(r.Converged && Math.Abs(r.Value - peak) <= r.ErrorEstimate && Math.Abs(r.Value - peak) <= 1e-10 * peak,
            $"adaptive Gauss-Kronrod of 1/(1e-4 + x^2): {r.Value:R}, estimate {r.ErrorEstimate:E2}, converged {r.Converged}");
    }

    private static void CheckMisuse()
    {
        try
        {
            Kernels.Exp(new float[8], new float[4]);
            Check(false, "a short destination throws");
        }
        catch (ArgumentException e)
        {
            Check(e.ParamName == "y", "a short destination is an ArgumentException naming y");
        }
    }
}
