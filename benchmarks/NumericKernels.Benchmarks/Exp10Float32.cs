using System;
using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using Tensors = System.Numerics.Tensors.TensorPrimitives;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// y[i] = 10^x[i] over float32 spans, x uniform in [-37, 37] (finite results, no overflow), against every peer. The generated kernels are in <c>Exp10Float32.Generated.cs</c>.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Exp10)]
    public unsafe partial class Exp10Float32 : ElementwiseBenchmark
    {
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _sleefU10;
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _sleefU35;
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _libmvec;

        public override double Reference(double x) => LibmReference.Exp10(x);

        [GlobalSetup]
        public override void Setup()
        {
            _x = BenchmarkInputs.Uniform(N, -37.0, 37.0);
            _y = new float[N];
            _sleefU10 = NativePeers.Kernel("nk_sleef_exp10f_u10");
            _sleefU35 = NativePeers.Kernel("nk_sleef_exp10f_u35");
            _libmvec = NativePeers.Kernel("nk_mvec_exp10f");
        }

        /// <summary>What a .NET user writes without a library: MathF.Pow(10, x).</summary>
        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathF)]
        public void MathFScalarLoop()
        {
            float[] x = _x;
            float[] y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Pow(10f, x[i]);
            }
        }

        [Benchmark, BenchmarkCategory(PeerCategory.TensorPrimitives)]
        public void TensorPrimitives() => Tensors.Exp10(_x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Sleef)]
        public void SleefU10() => NativePeers.Run(_sleefU10, _x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Sleef)]
        public void SleefU35() => NativePeers.Run(_sleefU35, _x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Libmvec)]
        public void Libmvec() => NativePeers.Run(_libmvec, _x, _y);
    }
}
