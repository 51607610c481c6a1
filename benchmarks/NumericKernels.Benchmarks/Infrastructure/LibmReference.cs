using System.Runtime.InteropServices;

namespace NumericKernels.Benchmarks.Infrastructure
{
    /// <summary>glibc's double exp10, expm1 and log1p, the accuracy check's references where System.Math has none.</summary>
    public static class LibmReference
    {
        [DllImport("libm.so.6", EntryPoint = "exp10")]
        public static extern double Exp10(double x);

        [DllImport("libm.so.6", EntryPoint = "expm1")]
        public static extern double ExpM1(double x);

        [DllImport("libm.so.6", EntryPoint = "log1p")]
        public static extern double Log1P(double x);
    }
}
