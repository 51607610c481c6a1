using System;
using BenchmarkDotNet.Attributes;
using NumericKernels.Benchmarks.Infrastructure;
using Tensors = System.Numerics.Tensors.TensorPrimitives;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// y[i] = 1/(1 + e^-x[i]) over float32 spans, x uniform over [-20, 20] (both signs, saturation near both ends),
    /// against MathF and TensorPrimitives; SLEEF and libmvec have no sigmoid. The generated kernels are in
    /// <c>SigmoidFloat32.Generated.cs</c>.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Sigmoid)]
    public partial class SigmoidFloat32 : ElementwiseBenchmark
    {
        public override double Reference(double x) => 1.0 / (1.0 + Math.Exp(-x));

        [GlobalSetup]
        public override void Setup()
        {
            _x = BenchmarkInputs.Uniform(N, -20, 20);
            _y = new float[N];
        }

        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathF)]
        public void MathFScalarLoop()
        {
            float[] x = _x;
            float[] y = _y;
            for (int i = 0; i < x.Length; i++)
            {
                y[i] = 1f / (1f + MathF.Exp(-x[i]));
            }
        }

        [Benchmark, BenchmarkCategory(PeerCategory.TensorPrimitives)]
        public void TensorPrimitives() => Tensors.Sigmoid(_x, _y);
    }
}
