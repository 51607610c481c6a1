using System.Collections.Generic;
using NumericKernels.Samples.PathCheck.Kernels;

namespace NumericKernels.Samples.PathCheck
{
    /// <summary>Every kernel request PathCheck exercises: each function at each float32 tier, the domain-restricted exp, and float64.</summary>
    internal static class KernelRegistry
    {
        public static IReadOnlyList<KernelPaths<float>> Float32 { get; } = new[]
        {
            ExpFloat32Ulp1.Paths, ExpFloat32Ulp4.Paths, ExpFloat32UnitInterval.Paths,
            Exp2Float32Ulp1.Paths, Exp2Float32Ulp4.Paths,
            LogFloat32Ulp1.Paths, LogFloat32Ulp4.Paths,
            Log2Float32Ulp1.Paths, Log2Float32Ulp4.Paths,
        };

        public static IReadOnlyList<KernelPaths<double>> Float64 { get; } = new[]
        {
            ExpFloat64Ulp1.Paths, Exp2Float64Ulp1.Paths, LogFloat64Ulp1.Paths, Log2Float64Ulp1.Paths,
        };
    }
}
