using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using NumericKernels.Benchmarks.Kernels;

namespace NumericKernels.Benchmarks
{
    public partial class ExpM1Float32
    {
        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU1() => GeneratedKernels.ExpM1U1(_x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU4() => GeneratedKernels.ExpM1U4(_x, _y);
    }
}
