using System;
using BenchmarkDotNet.Attributes;
using MathNet.Numerics.Integration;
using NumericKernels.Benchmarks.Infrastructure;
using NumericKernels.Benchmarks.Kernels;

namespace NumericKernels.Benchmarks
{
    /// <summary>
    /// The integral of exp(-x^2) over [0, 3] (sqrt(pi)/2 erf 3) with a 20-point Gauss-Legendre rule: MathNet's
    /// GaussLegendreRule (precomputed nodes, the integrand through a delegate) with Math.Exp and with the generated 1-ULP
    /// exp, against the generated kernel with Math.Exp called directly, with the generated exp's SIMD paths (nodes 4 or 8 at
    /// a time), and 64 intervals in one batch call (per interval). Setup checks that every NumericKernels result is at
    /// least as accurate as MathNet's.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Quadrature)]
    public class QuadratureGaussianFloat64
    {
        // sqrt(pi)/2 erf(3), 40 digits by mpmath (by hand).
        private const double Exact = 0.8862073482595212338944845779118455795696;
        private const int BatchSize = 64;

        private readonly Func<double, double> _gaussian = x => Math.Exp(-x * x);
        private readonly Func<double, double> _gaussianGeneratedExp = x => GeneratedKernels.ExpF64(-x * x);
        private readonly double[] _a = new double[BatchSize];
        private readonly double[] _b = new double[BatchSize];
        private readonly double[] _result = new double[BatchSize];

        [GlobalSetup]
        public void Setup()
        {
            Array.Fill(_a, 0.0);
            Array.Fill(_b, 3.0);
            NumericKernelsGaussLegendre20Batch();
            QuadratureAccuracy.Check(Exact, MathNetGaussLegendre20(),
                ("Math.Exp direct", NumericKernelsGaussLegendre20()), ("generated exp, SIMD", NumericKernelsGaussLegendre20Simd()), ("batch", _result[BatchSize - 1]));
        }

        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathNet)]
        public double MathNetGaussLegendre20() => GaussLegendreRule.Integrate(_gaussian, 0, 3, 20);

        [Benchmark, BenchmarkCategory(PeerCategory.MathNet)]
        public double MathNetGaussLegendre20GeneratedExp() => GaussLegendreRule.Integrate(_gaussianGeneratedExp, 0, 3, 20);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public double NumericKernelsGaussLegendre20() => GeneratedKernels.GaussianGl20(0, 3);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public double NumericKernelsGaussLegendre20Simd() => GeneratedKernels.GaussianSimdGl20(0, 3);

        /// <summary>64 intervals in one call: the batch evaluates each node for 8 (or 4) intervals at a time.</summary>
        [Benchmark(OperationsPerInvoke = BatchSize), BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsGaussLegendre20Batch() => GeneratedKernels.GaussianSimdGl20(_a, _b, _result);
    }

    /// <summary>
    /// The integral of 1 / (1 + x^2) over [-5, 5] (2 atan 5) with a 20-point Gauss-Legendre rule: an integrand of one
    /// division, so what is measured is the quadrature itself (MathNet's delegate call per node against the generated
    /// kernel's inlined integrand and constants), scalar, SIMD and as a batch.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Quadrature)]
    public class QuadratureRungeFloat64
    {
        // 2 atan 5, 40 digits by mpmath (by hand). A 20-point rule is not converged here; both sides carry the same rule error.
        private const double Exact = 2.746801533890031721722543852889922297302;
        private const int BatchSize = 64;

        private readonly Func<double, double> _runge = x => 1.0 / (1.0 + x * x);
        private readonly double[] _a = new double[BatchSize];
        private readonly double[] _b = new double[BatchSize];
        private readonly double[] _result = new double[BatchSize];

        [GlobalSetup]
        public void Setup()
        {
            Array.Fill(_a, -5.0);
            Array.Fill(_b, 5.0);
            NumericKernelsGaussLegendre20Batch();
            QuadratureAccuracy.Check(Exact, MathNetGaussLegendre20(),
                ("scalar", NumericKernelsGaussLegendre20()), ("SIMD", NumericKernelsGaussLegendre20Simd()), ("batch", _result[BatchSize - 1]));
        }

        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathNet)]
        public double MathNetGaussLegendre20() => GaussLegendreRule.Integrate(_runge, -5, 5, 20);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public double NumericKernelsGaussLegendre20() => GeneratedKernels.RungeGl20(-5, 5);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public double NumericKernelsGaussLegendre20Simd() => GeneratedKernels.RungeSimdGl20(-5, 5);

        [Benchmark(OperationsPerInvoke = BatchSize), BenchmarkCategory(PeerCategory.NumericKernels)]
        public void NumericKernelsGaussLegendre20Batch() => GeneratedKernels.RungeSimdGl20(_a, _b, _result);
    }

    /// <summary>
    /// Adaptive Gauss-Kronrod (10/21 points) at the same relative tolerance, 1e-10: MathNet's GaussKronrodRule (recursive
    /// bisection, the integrand through a delegate) against the generated globally adaptive kernel, on the peak
    /// 1/(1e-4 + x^2) over [-1, 1] (200 atan 100, which needs subdivision), with a scalar and with a SIMD integrand, and on
    /// the smooth exp(-x^2) over [0, 3] (one interval suffices). Setup checks accuracy and that the kernels say Converged.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Quadrature)]
    public class QuadratureAdaptiveFloat64
    {
        private const double PeakExact = 312.1593320216462762049963150860943787074;
        private const double GaussianExact = 0.8862073482595212338944845779118455795696;

        private readonly Func<double, double> _peak = x => 1.0 / (1e-4 + x * x);
        private readonly Func<double, double> _gaussian = x => Math.Exp(-x * x);

        [GlobalSetup]
        public void Setup()
        {
            foreach (QuadratureResult r in new[] { NumericKernelsPeak(), NumericKernelsPeakSimd(), NumericKernelsGaussian() })
            {
                if (!r.Converged)
                {
                    throw new InvalidOperationException($"A NumericKernels adaptive kernel did not converge: {r}.");
                }
            }
            QuadratureAccuracy.Check(PeakExact, MathNetPeak(), ("peak", NumericKernelsPeak().Value), ("peak, SIMD", NumericKernelsPeakSimd().Value));
            QuadratureAccuracy.Check(GaussianExact, MathNetGaussian(), ("Gaussian", NumericKernelsGaussian().Value));
        }

        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathNet)]
        public double MathNetPeak() => GaussKronrodRule.Integrate(_peak, -1, 1, out _, out _, 1e-10, 15, 21);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public QuadratureResult NumericKernelsPeak() => GeneratedKernels.PeakGk21(-1, 1);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public QuadratureResult NumericKernelsPeakSimd() => GeneratedKernels.PeakSimdGk21(-1, 1);

        [Benchmark, BenchmarkCategory(PeerCategory.MathNet)]
        public double MathNetGaussian() => GaussKronrodRule.Integrate(_gaussian, 0, 3, out _, out _, 1e-10, 15, 21);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public QuadratureResult NumericKernelsGaussian() => GeneratedKernels.GaussianGk21(0, 3);
    }

    /// <summary>
    /// Double-exponential (tanh-sinh) quadrature at the same relative tolerance, 1e-10: MathNet's
    /// DoubleExponentialTransformation (abscissas and weights computed on first use and cached, the integrand through a
    /// delegate) against the generated adaptive tanh-sinh kernel, on the endpoint-singular log x and 1/sqrt x over [0, 1]
    /// and on the smooth exp(-x^2) over [0, 3]. Setup checks accuracy and that the kernels say Converged.
    /// </summary>
    [BenchmarkCategory(PeerCategory.Quadrature)]
    public class QuadratureTanhSinhFloat64
    {
        private const double GaussianExact = 0.8862073482595212338944845779118455795696;

        private readonly Func<double, double> _log = Math.Log;
        private readonly Func<double, double> _inverseSqrt = x => 1 / Math.Sqrt(x);
        private readonly Func<double, double> _gaussian = x => Math.Exp(-x * x);

        [GlobalSetup]
        public void Setup()
        {
            foreach (QuadratureResult r in new[] { NumericKernelsLog(), NumericKernelsInverseSqrt(), NumericKernelsGaussian() })
            {
                if (!r.Converged)
                {
                    throw new InvalidOperationException($"A NumericKernels tanh-sinh kernel did not converge: {r}.");
                }
            }
            foreach ((string name, Func<double, double> f, double a, double b, QuadratureResult ours) in new[]
            {
                ("log", _log, 0.0, 1.0, NumericKernelsLog()), ("1/sqrt", _inverseSqrt, 0.0, 1.0, NumericKernelsInverseSqrt()), ("Gaussian", _gaussian, 0.0, 3.0, NumericKernelsGaussian()),
            })
            {
                int calls = 0;
                DoubleExponentialTransformation.Integrate(x => { calls++; return f(x); }, a, b, 1e-10);
                Console.WriteLine($"// evaluations ({name}): MathNet {calls}, NumericKernels {ours.Evaluations}");
            }
            QuadratureAccuracy.Check(-1, MathNetLog(), ("log", NumericKernelsLog().Value));
            QuadratureAccuracy.Check(2, MathNetInverseSqrt(), ("1/sqrt", NumericKernelsInverseSqrt().Value));
            QuadratureAccuracy.Check(GaussianExact, MathNetGaussian(), ("Gaussian", NumericKernelsGaussian().Value));
        }

        [Benchmark(Baseline = true), BenchmarkCategory(PeerCategory.MathNet)]
        public double MathNetLog() => DoubleExponentialTransformation.Integrate(_log, 0, 1, 1e-10);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public QuadratureResult NumericKernelsLog() => GeneratedKernels.LogTanhSinh(0, 1);

        [Benchmark, BenchmarkCategory(PeerCategory.MathNet)]
        public double MathNetInverseSqrt() => DoubleExponentialTransformation.Integrate(_inverseSqrt, 0, 1, 1e-10);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public QuadratureResult NumericKernelsInverseSqrt() => GeneratedKernels.InverseSqrtTanhSinh(0, 1);

        [Benchmark, BenchmarkCategory(PeerCategory.MathNet)]
        public double MathNetGaussian() => DoubleExponentialTransformation.Integrate(_gaussian, 0, 3, 1e-10);

        [Benchmark, BenchmarkCategory(PeerCategory.NumericKernels)]
        public QuadratureResult NumericKernelsGaussian() => GeneratedKernels.GaussianTanhSinh(0, 3);
    }

    /// <summary>
    /// Fails a benchmark run whose NumericKernels results are less accurate than the peer's. Where the rule's own error
    /// dominates (the same rule on both sides), the two differ only by the rounding of the sum, so a few ulps of the
    /// result are allowed.
    /// </summary>
    internal static class QuadratureAccuracy
    {
        private const int RoundingUlps = 4;

        public static void Check(double exact, double peer, params (string Name, double Value)[] ours)
        {
            double peerError = Math.Abs(peer - exact);
            double slack = RoundingUlps * (Math.BitIncrement(Math.Abs(exact)) - Math.Abs(exact));
            foreach ((string name, double value) in ours)
            {
                double error = Math.Abs(value - exact);
                Console.WriteLine($"// accuracy: MathNet error {peerError:E3}, NumericKernels ({name}) error {error:E3}, |difference| {Math.Abs(value - peer):E3}");
                if (error > peerError + slack)
                {
                    throw new InvalidOperationException($"NumericKernels ({name}) is less accurate than MathNet: {error:E3} > {peerError:E3}.");
                }
            }
        }
    }
}
