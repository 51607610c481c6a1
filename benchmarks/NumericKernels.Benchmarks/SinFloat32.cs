using System;
using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using Tensors = System.Numerics.Tensors.TensorPrimitives;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// y[i] = sin(x[i]) over float32 spans, x uniform in [-100, 100] (every quadrant, all on the fast reduction), against
    /// every peer. The generated kernels are in <c>SinFloat32.Generated.cs</c>.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Sin)]
    public unsafe partial class SinFloat32 : ElementwiseBenchmark
    {
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _sleefU10;
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _sleefU35;
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _libmvec;

        public override double Reference(double x) => Math.Sin(x);

        [GlobalSetup]
        public override void Setup()
        {
            _x = BenchmarkInputs.Uniform(N, -100.0, 100.0);
            _y = new float[N];
            _sleefU10 = NativePeers.Kernel("nk_sleef_sinf_u10");
            _sleefU35 = NativePeers.Kernel("nk_sleef_sinf_u35");
            _libmvec = NativePeers.Kernel("nk_mvec_sinf");
        }

        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathF)]
        public void MathFScalarLoop()
        {
            float[] x = _x;
            float[] y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Sin(x[i]);
            }
        }

        [Benchmark, BenchmarkCategory(PeerCategory.TensorPrimitives)]
        public void TensorPrimitives() => Tensors.Sin(_x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Sleef)]
        public void SleefU10() => NativePeers.Run(_sleefU10, _x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Sleef)]
        public void SleefU35() => NativePeers.Run(_sleefU35, _x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Libmvec)]
        public void Libmvec() => NativePeers.Run(_libmvec, _x, _y);
    }
}
