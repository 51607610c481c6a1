using System;
using System.Collections.Generic;
using System.Numerics.Tensors;
using System.Reflection;
using K = NumericKernels.Samples.Showcase.ShowcaseKernels;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>The rows of the showcase table, each measured when its function is called.</summary>
    internal static class DemoCatalog
    {
        public const int SweepSize = 1 << 20;
        public const int TimingSize = 4096;

        public static IReadOnlyList<Func<DemoRow>> Rows { get; } = new Func<DemoRow>[]
        {
            () => Float32(nameof(K.Exp), "exp, float32, ≤ 1 ULP", 1, K.Exp, Math.Exp, SampleDomain.ExpFloat32, "MathF.Exp", ScalarPeers.MathFExp, TensorPrimitives.Exp),
            () => Float32(nameof(K.Exp2), "exp2, float32, ≤ 1 ULP", 1, K.Exp2, double.Exp2, SampleDomain.Exp2Float32, "float.Exp2", ScalarPeers.FloatExp2, TensorPrimitives.Exp2),
            () => Float32(nameof(K.Log), "log, float32, ≤ 1 ULP", 1, K.Log, Math.Log, SampleDomain.LogFloat32, "MathF.Log", ScalarPeers.MathFLog, TensorPrimitives.Log),
            () => Float32(nameof(K.Log2), "log2, float32, ≤ 1 ULP", 1, K.Log2, Math.Log2, SampleDomain.LogFloat32, "MathF.Log2", ScalarPeers.MathFLog2, TensorPrimitives.Log2),
            () => Float32(nameof(K.Sin), "sin, float32, ≤ 1 ULP", 1, K.Sin, Math.Sin, SampleDomain.TrigFloat32, "MathF.Sin", ScalarPeers.MathFSin, TensorPrimitives.Sin),
            () => Float32(nameof(K.Cos), "cos, float32, ≤ 1 ULP", 1, K.Cos, Math.Cos, SampleDomain.TrigFloat32, "MathF.Cos", ScalarPeers.MathFCos, TensorPrimitives.Cos),
            () => Float32(nameof(K.Tanh), "tanh, float32, ≤ 1 ULP", 1, K.Tanh, Math.Tanh, SampleDomain.TanhFloat32, "MathF.Tanh", ScalarPeers.MathFTanh, TensorPrimitives.Tanh),
            () => Float32(nameof(K.Sigmoid), "sigmoid, float32, ≤ 1 ULP", 1, K.Sigmoid, Sigmoid, SampleDomain.SigmoidFloat32, "1/(1+MathF.Exp(-x))", ScalarPeers.MathFSigmoid, TensorPrimitives.Sigmoid),
            () => Float32(nameof(K.Exp10), "exp10, float32, ≤ 1 ULP", 1, K.Exp10, AccurateDouble.Exp10, SampleDomain.Exp10Float32, "float.Exp10", ScalarPeers.FloatExp10, TensorPrimitives.Exp10),
            () => Float32(nameof(K.ExpM1), "expm1, float32, ≤ 1 ULP", 1, K.ExpM1, AccurateDouble.ExpM1, SampleDomain.ExpM1Float32, "float.ExpM1", ScalarPeers.FloatExpM1, TensorPrimitives.ExpM1),
            () => Float32(nameof(K.Log10), "log10, float32, ≤ 1 ULP", 1, K.Log10, Math.Log10, SampleDomain.LogFloat32, "MathF.Log10", ScalarPeers.MathFLog10, TensorPrimitives.Log10),
            () => Float32(nameof(K.Log1P), "log1p, float32, ≤ 1 ULP", 1, K.Log1P, AccurateDouble.Log1P, SampleDomain.Log1PFloat32, "float.LogP1", ScalarPeers.FloatLogP1, TensorPrimitives.LogP1),
            () => Float32(nameof(K.ExpFast), "exp, float32, ≤ 4 ULP", 4, K.ExpFast, Math.Exp, SampleDomain.ExpFloat32, "MathF.Exp", ScalarPeers.MathFExp, TensorPrimitives.Exp),
            () => Float32(nameof(K.LogFast), "log, float32, ≤ 4 ULP", 4, K.LogFast, Math.Log, SampleDomain.LogFloat32, "MathF.Log", ScalarPeers.MathFLog, TensorPrimitives.Log),
            () => Float32(nameof(K.TanhFast), "tanh, float32, ≤ 4 ULP", 4, K.TanhFast, Math.Tanh, SampleDomain.TanhFloat32, "MathF.Tanh", ScalarPeers.MathFTanh, TensorPrimitives.Tanh),
            () => Float32(nameof(K.SigmoidFast), "sigmoid, float32, ≤ 4 ULP", 4, K.SigmoidFast, Sigmoid, SampleDomain.SigmoidFloat32, "1/(1+MathF.Exp(-x))", ScalarPeers.MathFSigmoid, TensorPrimitives.Sigmoid),
            () => Float32(nameof(K.ExpUnitInterval), "exp, float32, ≤ 1 ULP", 1, K.ExpUnitInterval, Math.Exp, SampleDomain.UnitInterval, "MathF.Exp", ScalarPeers.MathFExp, TensorPrimitives.Exp),
            () => Float32(nameof(K.ExpUnitIntervalFast), "exp, float32, ≤ 4 ULP", 4, K.ExpUnitIntervalFast, Math.Exp, SampleDomain.UnitInterval, "MathF.Exp", ScalarPeers.MathFExp, TensorPrimitives.Exp),
#if FLOAT64_KERNELS
            () => Float64(nameof(K.ExpDouble), "exp, float64, ≤ 1 ULP", 1, K.ExpDouble, Math.Exp, SampleDomain.ExpFloat64, "Math.Exp", ScalarPeers.MathExp, TensorPrimitives.Exp),
            () => Float64(nameof(K.LogDouble), "log, float64, ≤ 1 ULP", 1, K.LogDouble, Math.Log, SampleDomain.LogFloat64, "Math.Log", ScalarPeers.MathLog, TensorPrimitives.Log),
#endif
            () => Polynomial(),
        };

        /// <summary>1/(1 + e^-x) in double: a few double ULPs, far below a float ULP.</summary>
        private static double Sigmoid(double x) => 1.0 / (1.0 + Math.Exp(-x));

        private static DemoRow Float32(
            string name, string contract, double bound, SpanKernel<float> kernel, Func<double, double> reference,
            SampleDomain domain, string scalarPeerName, SpanKernel<float> scalarPeer, SpanKernel<float> tensorPrimitives)
            => DemoRunner.Measure(new KernelDemo<float>(
                name, contract + ", " + domain.Description, MethodOf(name), bound, kernel, reference,
                domain.Float32Sweep(SweepSize), domain.Float32Timing(TimingSize), scalarPeerName, scalarPeer, tensorPrimitives));

        private static DemoRow Float64(
            string name, string contract, double bound, SpanKernel<double> kernel, Func<double, double> reference,
            SampleDomain domain, string scalarPeerName, SpanKernel<double> scalarPeer, SpanKernel<double> tensorPrimitives)
            => DemoRunner.Measure(new KernelDemo<double>(
                name, contract + ", " + domain.Description, MethodOf(name), bound, kernel, reference,
                domain.Float64Sweep(SweepSize), domain.Float64Timing(TimingSize), scalarPeerName, scalarPeer, tensorPrimitives));

        /// <summary>
        /// The polynomial has no ULP contract; its reference is the same polynomial (coefficients rounded to float, as the
        /// generator does) evaluated in double, so the figure is the evaluation's own rounding error.
        /// </summary>
        private static DemoRow Polynomial()
        {
            double[] coefficients = Array.ConvertAll(K.TaylorExp5Coefficients, c => (double)(float)c);
            double Reference(double x)
            {
                double sum = 0;
                for (int k = coefficients.Length - 1; k >= 0; k--)
                {
                    sum = sum * x + coefficients[k];
                }
                return sum;
            }
            SampleDomain domain = SampleDomain.UnitInterval;
            return DemoRunner.Measure(new KernelDemo<float>(
                nameof(K.TaylorExp5), "[Polynomial] 1 + x + … + x⁵/120, float32, " + domain.Description, MethodOf(nameof(K.TaylorExp5)),
                double.NaN, K.TaylorExp5, Reference, domain.Float32Sweep(SweepSize), domain.Float32Timing(TimingSize),
                "scalar Horner (FMA)", ScalarPeers.Horner(K.TaylorExp5Coefficients), TensorPrimitivesHorner(K.TaylorExp5Coefficients)));
        }

        /// <summary>Horner's rule as one TensorPrimitives.FusedMultiplyAdd pass per coefficient.</summary>
        private static SpanKernel<float> TensorPrimitivesHorner(double[] coefficients)
        {
            float[] c = Array.ConvertAll(coefficients, v => (float)v);
            return (x, y) =>
            {
                y.Slice(0, x.Length).Fill(c[^1]);
                for (int k = c.Length - 2; k >= 0; k--)
                {
                    TensorPrimitives.FusedMultiplyAdd(y.Slice(0, x.Length), x, c[k], y);
                }
            };
        }

        private static MethodInfo MethodOf(string name) =>
            typeof(K).GetMethod(name, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException("No kernel method " + name);
    }
}
