using System;
using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Integration;
using NumericKernels.Benchmarks.Infrastructure;
using NumericKernels.Benchmarks.Kernels;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// The integral of exp(-x^2) over [0, 3] (sqrt(pi)/2 erf 3) with a 20-point Gauss-Legendre rule: MathNet's
    /// GaussLegendreRule (precomputed nodes, the integrand through a delegate) against the generated kernel with the same
    /// integrand (Math.Exp, called directly) and with the generated 1-ULP exp (SIMD nodes), and 64 intervals at once as a
    /// batch. Setup checks that every NumericKernels result is at least as accurate as MathNet's.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Quadrature)]
    public class QuadratureFloat64
    {
        // sqrt(pi)/2 erf(3), 40 digits by mpmath (by hand).
        private const double Exact = 0.8862073482595212338944845779118455795696;
        private const int BatchSize = 64;

        private readonly Func<double, double> _gaussian = x => Math.Exp(-x * x);
        private readonly double[] _a = new double[BatchSize];
        private readonly double[] _b = new double[BatchSize];
        private readonly double[] _result = new double[BatchSize];

        [GlobalSetup]
        public void Setup()
        {
            for (int i = 0; i < BatchSize; i++)
            {
                _a[i] = 0;
                _b[i] = 3;
            }
            double mathNet = Math.Abs(MathNetGaussLegendre20() - Exact);
            foreach ((string name, double value) in new[] { ("direct", NumericKernelsGaussLegendre20()), ("simd", NumericKernelsGaussLegendre20Simd()) })
            {
                double error = Math.Abs(value - Exact);
                Console.WriteLine($"// accuracy: MathNet GL20 error {mathNet:E3}, NumericKernels GL20 {name} error {error:E3}");
                if (error > mathNet)
                {
                    throw new InvalidOperationException($"NumericKernels GL20 ({name}) is less accurate than MathNet's: {error:E3} > {mathNet:E3}.");
                }
            }
        }

        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathNet)]
        public double MathNetGaussLegendre20() => GaussLegendreRule.Integrate(_gaussian, 0, 3, 20);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public double NumericKernelsGaussLegendre20() => GeneratedKernels.GaussianGl20(0, 3);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public double NumericKernelsGaussLegendre20Simd() => GeneratedKernels.GaussianSimdGl20(0, 3);

        /// <summary>64 intervals through MathNet, one call each: per-interval cost times 64.</summary>
        [Benchmark(OperationsPerInvoke = BatchSize), BenchmarkCategory(PeerCategory.MathNet)]
        public void MathNetGaussLegendre20Loop()
        {
            for (int i = 0; i < BatchSize; i++)
            {
                _result[i] = GaussLegendreRule.Integrate(_gaussian, _a[i], _b[i], 20);
            }
        }

        /// <summary>64 intervals in one call: the batch evaluates each node for 4 or 8 intervals at a time.</summary>
        [Benchmark(OperationsPerInvoke = BatchSize), BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsGaussLegendre20Batch() => GeneratedKernels.GaussianSimdGl20(_a, _b, _result);
    }
}
