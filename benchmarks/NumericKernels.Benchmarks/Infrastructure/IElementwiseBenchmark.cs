namespace NumericKernels.Benchmarks.Infrastructure
{
    /// <summary>A benchmark class computing y[i] = f(x[i]), exposed so the accuracy check can read what each peer wrote.</summary>
    public interface IElementwiseBenchmark
    {
        /// <summary>Element count; set before <see cref="Setup"/>.</summary>
        int Elements { get; set; }

        float[] Input { get; }

        float[] Output { get; }

        /// <summary>f in double precision: within 1 ULP of double, so exact enough to measure float errors.</summary>
        double Reference(double x);

        void Setup();
    }
}
