using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using NumericKernels.Benchmarks.Kernels;

namespace NumericKernels.Benchmarks
{
    public partial class LogFloat32
    {
        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU1() => GeneratedKernels.LogU1(_x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU4() => GeneratedKernels.LogU4(_x, _y);
    }
}
