using System;
using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using Tensors = System.Numerics.Tensors.TensorPrimitives;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// y[i] = ln(1 + x[i]) over float32 spans, x log-uniform over [1e-7, 1e7] (small and large arguments alike), against every peer. The generated kernels are in <c>Log1PFloat32.Generated.cs</c>.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Log1P)]
    public unsafe partial class Log1PFloat32 : ElementwiseBenchmark
    {
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _sleefU10;
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _libmvec;

        public override double Reference(double x) => LibmReference.Log1P(x);

        [GlobalSetup]
        public override void Setup()
        {
            _x = BenchmarkInputs.LogUniform(N, 1e-7, 1e7);
            _y = new float[N];
            _sleefU10 = NativePeers.Kernel("nk_sleef_log1pf_u10");
            _libmvec = NativePeers.Kernel("nk_mvec_log1pf");
        }

        /// <summary>What a .NET user writes without a library: MathF.Log(1 + x), which loses all accuracy near 0.</summary>
        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathF)]
        public void MathFScalarLoop()
        {
            float[] x = _x;
            float[] y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Log(1f + x[i]);
            }
        }

        [Benchmark, BenchmarkCategory(PeerCategory.TensorPrimitives)]
        public void TensorPrimitives() => Tensors.LogP1(_x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Sleef)]
        public void SleefU10() => NativePeers.Run(_sleefU10, _x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Libmvec)]
        public void Libmvec() => NativePeers.Run(_libmvec, _x, _y);
    }
}
