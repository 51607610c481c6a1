using System;
using System.Runtime.InteropServices;

namespace NumericKernels.Search.Mpfr
{
    /// <summary>Loads libmpfr.so.6 once and reports its absence as one actionable line instead of a DllNotFoundException.</summary>
    internal static class MpfrLibrary
    {
        private static readonly Lazy<string?> LoadError = new Lazy<string?>(() => ProbeError(MpfrNative.LibraryName));

        /// <summary>The MPFR version string, e.g. "4.2.0".</summary>
        public static string Version
        {
            get
            {
                EnsureAvailable();
                return Marshal.PtrToStringAnsi(MpfrNative.mpfr_get_version()) ?? "unknown";
            }
        }

        /// <summary>True when MPFR keeps its caches and exponent range per thread, so threads may each use their own values.</summary>
        public static bool IsThreadSafe
        {
            get
            {
                EnsureAvailable();
                return MpfrNative.mpfr_buildopt_tls_p() != 0;
            }
        }

        /// <summary>A description of the reference for verification records, e.g. "MPFR 4.2.0 (libmpfr.so.6)".</summary>
        public static string Description => "MPFR " + Version + " (" + MpfrNative.LibraryName + ")";

        public static void EnsureAvailable()
        {
            string? error = LoadError.Value;
            if (error != null)
            {
                throw new MpfrUnavailableException(error);
            }
        }

        /// <summary>Null when <paramref name="libraryName"/> loads, else the one-line message telling how to install MPFR.</summary>
        internal static string? ProbeError(string libraryName)
        {
            if (!NativeLibrary.TryLoad(libraryName, typeof(MpfrLibrary).Assembly, null, out _))
            {
                return "MPFR (" + libraryName + ") was not found: install it with `apt-get install libmpfr6`.";
            }
            return null;
        }
    }
}
