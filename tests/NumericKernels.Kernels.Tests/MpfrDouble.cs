using System;
using System.Runtime.InteropServices;

namespace NumericKernels.Kernels.Tests;

/// <summary>
/// The float64 kernels' reference: f(x) from MPFR (libmpfr.so.6) at 192 bits, and the error of a double result against
/// that value in ULPs of double at it. glibc is no reference for double kernels bounded by 1 ULP: its exp10, log10 and
/// tanh are off by up to 1.8 ULP (exp10(0.5866360187468287), tanh(0.23046875), log10(0.7707432777484615)).
/// </summary>
/// <remarks>One instance per thread (it owns its MPFR values). nk-search has its own, fuller binding (src/Search/Mpfr).</remarks>
internal sealed class MpfrDouble : IDisposable
{
    private const string Library = "libmpfr.so.6";
    private const int Precision = 192;
    private const int RoundToNearest = 0;

    /// <summary>sizeof(__mpfr_struct) on LP64: precision, sign, exponent, limb pointer.</summary>
    private const int StructSize = 32;

    private readonly string _function;
    private readonly IntPtr _x = Create(64);
    private readonly IntPtr _value = Create(Precision);
    private readonly IntPtr _scratch = Create(Precision);
    private readonly IntPtr _result = Create(64);
    private readonly IntPtr _difference = Create(Precision + 64);

    public MpfrDouble(string function)
    {
        _function = function;
        Evaluate(0.5); // an unknown name fails here, not in the middle of a sweep
    }

    /// <summary>|f(x) - result| in ULPs of double at f(x) (subnormal ULP below 2^-1022); 0 or +Inf when either is NaN or infinite.</summary>
    public double UlpError(double x, double result)
    {
        Evaluate(x);
        double rounded = mpfr_get_d(_value, RoundToNearest);
        if (double.IsNaN(rounded) || double.IsNaN(result)) return double.IsNaN(rounded) && double.IsNaN(result) ? 0 : double.PositiveInfinity;
        if (double.IsInfinity(rounded) || double.IsInfinity(result)) return rounded == result ? 0 : double.PositiveInfinity;
        long ulpExponent = mpfr_zero_p(_value) != 0 ? -1074 : Math.Max(mpfr_get_exp(_value) - 53, -1074);
        mpfr_set_d(_result, result, RoundToNearest);
        mpfr_sub(_difference, _value, _result, RoundToNearest);
        mpfr_mul_2si(_difference, _difference, -ulpExponent, RoundToNearest);
        return Math.Abs(mpfr_get_d(_difference, RoundToNearest));
    }

    /// <summary>f(x) rounded to the nearest double.</summary>
    public double Value(double x)
    {
        Evaluate(x);
        return mpfr_get_d(_value, RoundToNearest);
    }

    public void Dispose()
    {
        foreach (IntPtr p in new[] { _x, _value, _scratch, _result, _difference })
        {
            mpfr_clear(p);
            Marshal.FreeHGlobal(p);
        }
    }

    private void Evaluate(double x)
    {
        mpfr_set_d(_x, x, RoundToNearest);
        switch (_function)
        {
            case "exp": mpfr_exp(_value, _x, RoundToNearest); break;
            case "exp2": mpfr_exp2(_value, _x, RoundToNearest); break;
            case "exp10": mpfr_exp10(_value, _x, RoundToNearest); break;
            case "expm1": mpfr_expm1(_value, _x, RoundToNearest); break;
            case "log": mpfr_log(_value, _x, RoundToNearest); break;
            case "log2": mpfr_log2(_value, _x, RoundToNearest); break;
            case "log10": mpfr_log10(_value, _x, RoundToNearest); break;
            case "log1p": mpfr_log1p(_value, _x, RoundToNearest); break;
            case "tanh": mpfr_tanh(_value, _x, RoundToNearest); break;
            case "sigmoid":
                // 1/(1 + e^-x): three roundings at 192 bits, far below a double ULP.
                mpfr_neg(_scratch, _x, RoundToNearest);
                mpfr_exp(_scratch, _scratch, RoundToNearest);
                mpfr_add_ui(_scratch, _scratch, 1, RoundToNearest);
                mpfr_ui_div(_value, 1, _scratch, RoundToNearest);
                break;
            default: throw new ArgumentException($"no MPFR reference for '{_function}'", nameof(_function));
        }
    }

    private static IntPtr Create(int precision)
    {
        IntPtr p = Marshal.AllocHGlobal(StructSize);
        mpfr_init2(p, precision);
        return p;
    }

    [DllImport(Library)] private static extern void mpfr_init2(IntPtr x, long precision);
    [DllImport(Library)] private static extern void mpfr_clear(IntPtr x);
    [DllImport(Library)] private static extern int mpfr_set_d(IntPtr rop, double op, int rnd);
    [DllImport(Library)] private static extern double mpfr_get_d(IntPtr op, int rnd);
    [DllImport(Library)] private static extern long mpfr_get_exp(IntPtr op);
    [DllImport(Library)] private static extern int mpfr_zero_p(IntPtr op);
    [DllImport(Library)] private static extern int mpfr_sub(IntPtr rop, IntPtr a, IntPtr b, int rnd);
    [DllImport(Library)] private static extern int mpfr_mul_2si(IntPtr rop, IntPtr op, long e, int rnd);
    [DllImport(Library)] private static extern int mpfr_neg(IntPtr rop, IntPtr op, int rnd);
    [DllImport(Library)] private static extern int mpfr_add_ui(IntPtr rop, IntPtr op, nuint u, int rnd);
    [DllImport(Library)] private static extern int mpfr_ui_div(IntPtr rop, nuint u, IntPtr op, int rnd);
    [DllImport(Library)] private static extern int mpfr_exp(IntPtr rop, IntPtr op, int rnd);
    [DllImport(Library)] private static extern int mpfr_exp2(IntPtr rop, IntPtr op, int rnd);
    [DllImport(Library)] private static extern int mpfr_exp10(IntPtr rop, IntPtr op, int rnd);
    [DllImport(Library)] private static extern int mpfr_expm1(IntPtr rop, IntPtr op, int rnd);
    [DllImport(Library)] private static extern int mpfr_log(IntPtr rop, IntPtr op, int rnd);
    [DllImport(Library)] private static extern int mpfr_log2(IntPtr rop, IntPtr op, int rnd);
    [DllImport(Library)] private static extern int mpfr_log10(IntPtr rop, IntPtr op, int rnd);
    [DllImport(Library)] private static extern int mpfr_log1p(IntPtr rop, IntPtr op, int rnd);
    [DllImport(Library)] private static extern int mpfr_tanh(IntPtr rop, IntPtr op, int rnd);
}
