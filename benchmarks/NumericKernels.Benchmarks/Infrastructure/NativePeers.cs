using System;
using System.IO;
using System.Runtime.InteropServices;

namespace NumericKernels.Benchmarks.Infrastructure
{
    /// <summary>
    /// The SLEEF and glibc libmvec kernels exported by benchmarks/native/build/libnkpeers.so, and whether this
    /// machine can run them.
    /// </summary>
    /// <remarks>
    /// Entry points are bound as unmanaged function pointers rather than DllImport so that a missing library
    /// or export is a value to report, not an exception at the first call. They are called without a GC
    /// transition because each call is a short, allocation-free loop that never calls back into .NET; the
    /// transition would otherwise be charged to the peer (about 20 ns, 1-2% at 4096 elements).
    /// </remarks>
    public static unsafe class NativePeers
    {
        public const string LibraryFileName = "libnkpeers.so";

        // Must match the enum in benchmarks/native/peers.c.
        private const int FeatureAvx512F = 1;
        private const int FeatureSleef = 2;
        private const int FeatureLibmvec = 4;

        private static readonly Lazy<NativePeerStatus> LazyStatus = new Lazy<NativePeerStatus>(Load);

        /// <summary>What was found, loaded once per process.</summary>
        public static NativePeerStatus Status => LazyStatus.Value;

        /// <summary>The span kernel exported as <paramref name="export"/>; null when that peer is unavailable.</summary>
        /// <summary>Runs a native span kernel over all of <paramref name="x"/> into <paramref name="y"/>.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static void Run(delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> kernel, float[] x, float[] y)
        {
            fixed (float* xp = x)
            fixed (float* yp = y)
            {
                kernel(xp, yp, (nuint)x.Length);
            }
        }

        public static delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> Kernel(string export)
        {
            if (Status.Handle == IntPtr.Zero || !NativeLibrary.TryGetExport(Status.Handle, export, out IntPtr address))
            {
                return null;
            }
            return (delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void>)address;
        }

        private static NativePeerStatus Load()
        {
            if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
            {
                return NativePeerStatus.Missing("the native peers are built for Linux x86-64 only");
            }
            string path = Path.Combine(AppContext.BaseDirectory, LibraryFileName);
            if (!File.Exists(path))
            {
                return NativePeerStatus.Missing(
                    $"{path} was not built (run benchmarks/native/build.sh and read its message: gcc or libsleef-dev may be missing)");
            }
            if (!NativeLibrary.TryLoad(path, out IntPtr handle))
            {
                return NativePeerStatus.Missing($"{path} could not be loaded (is libsleef3 installed?)");
            }
            if (!NativeLibrary.TryGetExport(handle, "nk_peers_features", out IntPtr featuresAddress))
            {
                return NativePeerStatus.Missing($"{path} does not export nk_peers_features; rebuild it");
            }
            int features = ((delegate* unmanaged<int>)featuresAddress)();
            if ((features & FeatureAvx512F) == 0)
            {
                return NativePeerStatus.Missing("this CPU has no AVX-512F, which the SLEEF and libmvec kernels measured here need");
            }
            return new NativePeerStatus(
                handle,
                (features & FeatureSleef) != 0 ? null : "SLEEF was not found when the shim was built (apt-get install libsleef-dev)",
                (features & FeatureLibmvec) != 0 ? null : "glibc libmvec was not found when the shim was built");
        }
    }
}
