namespace NumericKernels.Benchmarks.Infrastructure
{
    /// <summary>
    /// BenchmarkDotNet categories naming the implementation each benchmark measures, so a run can be narrowed
    /// with <c>--anyCategories</c> and the program can leave out peers that are not installed.
    /// </summary>
    public static class PeerCategory
    {
        public const string MathF = "MathF";
        public const string TensorPrimitives = "TensorPrimitives";
        public const string NumericKernels = "NumericKernels";
        public const string Sleef = "SLEEF";
        public const string Libmvec = "libmvec";
        public const string MathNet = "MathNet";
        public const string Reference = "Reference";
        public const string Copy = "Copy";

        public const string Exp = "Exp";
        public const string Log = "Log";
        public const string Erf = "Erf";
        public const string Sin = "Sin";
        public const string Cos = "Cos";
        public const string Sigmoid = "Sigmoid";
        public const string Tanh = "Tanh";
        public const string Exp10 = "Exp10";
        public const string ExpM1 = "ExpM1";
        public const string Log10 = "Log10";
        public const string Log1P = "Log1P";
        public const string Quantize = "Quantize";
        public const string Quadrature = "Quadrature";
    }
}
