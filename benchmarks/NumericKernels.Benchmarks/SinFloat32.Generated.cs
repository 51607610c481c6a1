using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using NumericKernels.Benchmarks.Kernels;

namespace NumericKernels.Benchmarks
{
    public partial class SinFloat32
    {
        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU1() => GeneratedKernels.SinU1(_x, _y);

        /// <summary>The same program without the range check and special path: its contract is |x| &lt;= 2^18.</summary>
        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU1Bounded() => GeneratedKernels.SinU1Bounded(_x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsU4() => GeneratedKernels.SinU4(_x, _y);
    }
}
