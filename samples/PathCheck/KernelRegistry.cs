using System.Collections.Generic;
using NumericKernels.Samples.PathCheck.Kernels;

namespace NumericKernels.Samples.PathCheck
{
    /// <summary>
    /// Every kernel request PathCheck exercises, one per catalog tier: exp and log at 1 and 4 ULP, exp2 and log2 at 1 ULP
    /// (the catalog has no cheaper tier for them), exp on [-1, 1] at 1 and 4 ULP (a bounded-domain entry and a direct
    /// polynomial), exp2 on [0, 1] (the evolved program), erf at 1 ULP, sin and cos (whole range and |x| &lt;= 2^18, 1 and 4 ULP), sigmoid, tanh, exp10, expm1, log10 and log1p at 1 and 4 ULP, and every float64 entry (exp, exp2, log, log2, exp10, expm1, log10, log1p, sigmoid, tanh at 1 ULP).
    /// </summary>
    internal static class KernelRegistry
    {
        public static IReadOnlyList<KernelPaths<float>> Float32 { get; } = new KernelPaths<float>[]
        {
            ExpFloat32Ulp1.Paths, ExpFloat32Carried.Paths, ExpFloat32Ulp4.Paths, ExpFloat32UnitInterval.Paths, ExpFloat32UnitIntervalUlp4.Paths,
            Exp2Float32Ulp1.Paths, Exp2Float32UnitEvolved.Paths,
            LogFloat32Ulp1.Paths, LogFloat32Ulp4.Paths,
            Log2Float32Ulp1.Paths,
            ErfFloat32Ulp1.Paths,
            SinFloat32Ulp1.Paths, CosFloat32Ulp1.Paths, SinFloat32Bounded.Paths, CosFloat32Bounded.Paths, SinFloat32Ulp4.Paths, CosFloat32Ulp4.Paths,
            SigmoidFloat32Ulp1.Paths, SigmoidFloat32Ulp4.Paths, TanhFloat32Ulp1.Paths, TanhFloat32Ulp4.Paths,
            Exp10Float32Ulp1.Paths, Exp10Float32Ulp4.Paths, ExpM1Float32Ulp1.Paths, ExpM1Float32Ulp4.Paths,
            Log10Float32Ulp1.Paths, Log10Float32Ulp4.Paths, Log1PFloat32Ulp1.Paths, Log1PFloat32Ulp4.Paths,
        };

        public static IReadOnlyList<KernelPaths<double>> Float64 { get; } = new KernelPaths<double>[]
        {
#if FLOAT64_KERNELS
            ExpFloat64Ulp1.Paths, Exp2Float64Ulp1.Paths, LogFloat64Ulp1.Paths, Log2Float64Ulp1.Paths,
            Exp10Float64Ulp1.Paths, ExpM1Float64Ulp1.Paths, Log10Float64Ulp1.Paths, Log1PFloat64Ulp1.Paths, SigmoidFloat64Ulp1.Paths, TanhFloat64Ulp1.Paths,
#endif
        };
    }
}
