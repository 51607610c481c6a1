using System;
using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// y[i] = erf(x[i]) over float32 spans, x uniform in [-4.5, 4.5] (every piece of the program and the saturated tails),
    /// against the peers that have erf: MathNet.Numerics (double, scalar; .NET and TensorPrimitives have no erf), SLEEF's
    /// 1-ULP AVX-512 kernel and libmvec. The generated kernel is in <c>ErfFloat32.Generated.cs</c>.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Erf)]
    public unsafe partial class ErfFloat32 : ElementwiseBenchmark
    {
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _sleefU10;
        private delegate* unmanaged[SuppressGCTransition]<float*, float*, nuint, void> _libmvec;

        public override double Reference(double x) => MathNet.Numerics.SpecialFunctions.Erf(x);

        [GlobalSetup]
        public override void Setup()
        {
            _x = BenchmarkInputs.Uniform(N, -4.5, 4.5);
            _y = new float[N];
            _sleefU10 = NativePeers.Kernel("nk_sleef_erff_u10");
            _libmvec = NativePeers.Kernel("nk_mvec_erff");
        }

        /// <summary>The only managed erf at hand: MathNet's double-precision SpecialFunctions.Erf, one element at a time.</summary>
        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathNet)]
        public void MathNetScalarLoop()
        {
            float[] x = _x;
            float[] y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = (float)MathNet.Numerics.SpecialFunctions.Erf(x[i]);
            }
        }

        [Benchmark, BenchmarkCategory(PeerCategory.Sleef)]
        public void SleefU10() => NativePeers.Run(_sleefU10, _x, _y);

        [Benchmark, BenchmarkCategory(PeerCategory.Libmvec)]
        public void Libmvec() => NativePeers.Run(_libmvec, _x, _y);
    }
}
