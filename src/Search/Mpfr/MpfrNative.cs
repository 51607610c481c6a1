using System;
using System.Runtime.InteropServices;

namespace NumericKernels.Search.Mpfr
{
    /// <summary>
    /// P/Invoke declarations for the subset of MPFR (Debian libmpfr6, libmpfr.so.6) that verification needs.
    /// Every mpfr_t is passed as a pointer to its 32-byte struct (see <see cref="MpfrHandle"/>).
    /// </summary>
    internal static partial class MpfrNative
    {
        public const string LibraryName = "libmpfr.so.6";

        [LibraryImport(LibraryName)] public static partial void mpfr_init2(IntPtr x, long precision);
        [LibraryImport(LibraryName)] public static partial void mpfr_clear(IntPtr x);
        [LibraryImport(LibraryName)] public static partial IntPtr mpfr_get_version();
        [LibraryImport(LibraryName)] public static partial int mpfr_buildopt_tls_p();

        [LibraryImport(LibraryName)] public static partial int mpfr_set(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_set_d(MpfrHandle rop, double op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_set_flt(MpfrHandle rop, float op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial void mpfr_set_inf(MpfrHandle x, int sign);
        [LibraryImport(LibraryName)] public static partial void mpfr_set_prec(MpfrHandle x, long precision);
        [LibraryImport(LibraryName)] public static partial double mpfr_get_d(MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial float mpfr_get_flt(MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial long mpfr_get_exp(MpfrHandle x);

        [LibraryImport(LibraryName)] public static partial int mpfr_nan_p(MpfrHandle op);
        [LibraryImport(LibraryName)] public static partial int mpfr_inf_p(MpfrHandle op);
        [LibraryImport(LibraryName)] public static partial int mpfr_zero_p(MpfrHandle op);
        [LibraryImport(LibraryName)] public static partial int mpfr_signbit(MpfrHandle op);

        [LibraryImport(LibraryName)]
        [return: MarshalAs(UnmanagedType.Bool)]
        public static partial bool mpfr_can_round(MpfrHandle b, long err, MpfrRounding rnd1, MpfrRounding rnd2, long precision);

        [LibraryImport(LibraryName)] public static partial int mpfr_sub(MpfrHandle rop, MpfrHandle op1, MpfrHandle op2, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_add_ui(MpfrHandle rop, MpfrHandle op1, nuint op2, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_ui_div(MpfrHandle rop, nuint op1, MpfrHandle op2, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_neg(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_mul_2si(MpfrHandle rop, MpfrHandle op, long exponent, MpfrRounding rnd);

        [LibraryImport(LibraryName)] public static partial int mpfr_exp(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_exp2(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_exp10(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_expm1(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_log(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_log2(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_log10(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_log1p(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_sin(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_cos(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_tan(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_asin(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_acos(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_atan(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_sinh(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_cosh(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_tanh(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_erf(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_erfc(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_cbrt(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(LibraryName)] public static partial int mpfr_rec_sqrt(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
    }
}
