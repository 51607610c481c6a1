using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using NumericKernels.Benchmarks.Kernels;

namespace NumericKernels.Benchmarks
{
    public partial class ErfFloat32
    {
        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU1() => GeneratedKernels.ErfU1(_x, _y);
    }
}
