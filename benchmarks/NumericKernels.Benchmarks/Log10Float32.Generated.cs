using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using NumericKernels.Benchmarks.Kernels;

namespace NumericKernels.Benchmarks
{
    public partial class Log10Float32
    {
        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU1() => GeneratedKernels.Log10U1(_x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU4() => GeneratedKernels.Log10U4(_x, _y);
    }
}
