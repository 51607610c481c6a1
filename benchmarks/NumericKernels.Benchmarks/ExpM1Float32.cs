using System;
using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using Tensors = System.Numerics.Tensors.TensorPrimitives;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// y[i] = e^x[i] - 1 over float32 spans, x uniform in [-10, 10] (where both the reduction and the small-argument accuracy matter), against every peer. The generated kernels are in <c>ExpM1Float32.Generated.cs</c>.
    /// </summary>
    [BenchmarkCategory(PeerCategory.ExpM1)]
    public unsafe partial class ExpM1Float32 : ElementwiseBenchmark
    {
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _sleefU10;
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _libmvec;

        public override double Reference(double x) => LibmReference.ExpM1(x);

        [GlobalSetup]
        public override void Setup()
        {
            _x = BenchmarkInputs.Uniform(N, -10.0, 10.0);
            _y = new float[N];
            _sleefU10 = NativePeers.Kernel("nk_sleef_expm1f_u10");
            _libmvec = NativePeers.Kernel("nk_mvec_expm1f");
        }

        /// <summary>What a .NET user writes without a library: MathF.Exp(x) - 1, which loses all accuracy near 0.</summary>
        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathF)]
        public void MathFScalarLoop()
        {
            float[] x = _x;
            float[] y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = MathF.Exp(x[i]) - 1f;
            }
        }

        [Benchmark, BenchmarkCategory(PeerCategory.TensorPrimitives)]
        public void TensorPrimitives() => Tensors.ExpM1(_x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Sleef)]
        public void SleefU10() => NativePeers.Run(_sleefU10, _x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Libmvec)]
        public void Libmvec() => NativePeers.Run(_libmvec, _x, _y);
    }
}
