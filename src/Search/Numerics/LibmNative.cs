using System.Runtime.InteropServices;

namespace NumericKernels.Search.Numerics
{
    /// <summary>glibc libm functions that System.Math lacks or computes inaccurately (double.ExpM1 is Exp(x) - 1).</summary>
    internal static partial class LibmNative
    {
        private const string LibraryName = "libm.so.6";

        // Short leaf functions: no GC transition is needed around them.
        [LibraryImport(LibraryName), SuppressGCTransition] public static partial double exp2(double x);
        [LibraryImport(LibraryName), SuppressGCTransition] public static partial double exp10(double x);
        [LibraryImport(LibraryName), SuppressGCTransition] public static partial double expm1(double x);
        [LibraryImport(LibraryName), SuppressGCTransition] public static partial double log1p(double x);
        [LibraryImport(LibraryName), SuppressGCTransition] public static partial double erf(double x);
        [LibraryImport(LibraryName), SuppressGCTransition] public static partial double erfc(double x);
    }
}
