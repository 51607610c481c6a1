using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace NumericKernels.Samples.PathCheck
{
    /// <summary>What the runtime does with each vector width here; a width that is not accelerated is emulated in software.</summary>
    internal static class RuntimeFacts
    {
        public static string[] Describe() => new[]
        {
            "runtime     " + RuntimeInformation.FrameworkDescription,
            "arch        " + RuntimeInformation.ProcessArchitecture,
            "Vector128.IsHardwareAccelerated " + Vector128.IsHardwareAccelerated,
            "Vector256.IsHardwareAccelerated " + Vector256.IsHardwareAccelerated,
            "Vector512.IsHardwareAccelerated " + Vector512.IsHardwareAccelerated,
            "AdvSimd.IsSupported " + AdvSimd.IsSupported,
            "Avx512F.IsSupported " + Avx512F.IsSupported,
            "Fma.IsSupported " + Fma.IsSupported,
        };
    }
}
