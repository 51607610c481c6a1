using System;
using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using Tensors = System.Numerics.Tensors.TensorPrimitives;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// y[i] = log10(x[i]) over float32 spans, x log-uniform over [1e-30, 1e30] (every binade equally likely), against every peer. The generated kernels are in <c>Log10Float32.Generated.cs</c>.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Log10)]
    public unsafe partial class Log10Float32 : ElementwiseBenchmark
    {
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _sleefU10;
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _libmvec;

        public override double Reference(double x) => Math.Log10(x);

        [GlobalSetup]
        public override void Setup()
        {
            _x = BenchmarkInputs.LogUniform(N, 1e-30, 1e30);
            _y = new float[N];
            _sleefU10 = NativePeers.Kernel("nk_sleef_log10f_u10");
            _libmvec = NativePeers.Kernel("nk_mvec_log10f");
        }

        /// <summary>What a .NET user writes without a library: MathF.Log10.</summary>
        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathF)]
        public void MathFScalarLoop()
        {
            float[] x = _x;
            float[] y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Log10(x[i]);
            }
        }

        [Benchmark, BenchmarkCategory(PeerCategory.TensorPrimitives)]
        public void TensorPrimitives() => Tensors.Log10(_x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Sleef)]
        public void SleefU10() => NativePeers.Run(_sleefU10, _x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Libmvec)]
        public void Libmvec() => NativePeers.Run(_libmvec, _x, _y);
    }
}
