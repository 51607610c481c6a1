using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using NumericKernels.Benchmarks.Kernels;

namespace NumericKernels.Benchmarks
{
    public partial class Log1PFloat32
    {
        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU1() => GeneratedKernels.Log1PU1(_x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU4() => GeneratedKernels.Log1PU4(_x, _y);
    }
}
