using System;
using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using Tensors = System.Numerics.Tensors.TensorPrimitives;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// y[i] = exp(x[i]) over float32 spans, x uniform in [-80, 80] (finite results, no overflow), against every peer.
    /// The generated kernels are in <c>ExpFloat32.Generated.cs</c>.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Exp)]
    public unsafe partial class ExpFloat32 : ElementwiseBenchmark
    {
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _sleefU10;
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _libmvec;

        public override double Reference(double x) => Math.Exp(x);

        [GlobalSetup]
        public override void Setup()
        {
            _x = BenchmarkInputs.Uniform(N, -80.0, 80.0);
            // A separate output: writing in place would feed exp its own results on the next call.
            _y = new float[N];
            _sleefU10 = NativePeers.Kernel("nk_sleef_expf_u10");
            _libmvec = NativePeers.Kernel("nk_mvec_expf");
        }

        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathF)]
        public void MathFScalarLoop()
        {
            float[] x = _x;
            float[] y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Exp(x[i]);
            }
        }

        [Benchmark, BenchmarkCategory(PeerCategory.TensorPrimitives)]
        public void TensorPrimitives() => Tensors.Exp(_x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Sleef)]
        public void SleefU10() => NativePeers.Run(_sleefU10, _x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Libmvec)]
        public void Libmvec() => NativePeers.Run(_libmvec, _x, _y);
    }
}
