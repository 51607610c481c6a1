using System.Runtime.InteropServices;
using NumericKernels.Search.Mpfr;

namespace NumericKernels.Search.Fitting
{
    /// <summary>The MPFR arithmetic fitting needs beyond what verification binds (libmpfr.so.6, see <see cref="MpfrNative"/>).</summary>
    internal static partial class FittingMpfrNative
    {
        [LibraryImport(MpfrNative.LibraryName)] public static partial int mpfr_add(MpfrHandle rop, MpfrHandle op1, MpfrHandle op2, MpfrRounding rnd);
        [LibraryImport(MpfrNative.LibraryName)] public static partial int mpfr_sub(MpfrHandle rop, MpfrHandle op1, MpfrHandle op2, MpfrRounding rnd);
        [LibraryImport(MpfrNative.LibraryName)] public static partial int mpfr_mul(MpfrHandle rop, MpfrHandle op1, MpfrHandle op2, MpfrRounding rnd);
        [LibraryImport(MpfrNative.LibraryName)] public static partial int mpfr_div(MpfrHandle rop, MpfrHandle op1, MpfrHandle op2, MpfrRounding rnd);
        [LibraryImport(MpfrNative.LibraryName)] public static partial int mpfr_sqrt(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(MpfrNative.LibraryName)] public static partial int mpfr_atanh(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);
        [LibraryImport(MpfrNative.LibraryName)] public static partial int mpfr_const_log2(MpfrHandle rop, MpfrRounding rnd);
    }
}
