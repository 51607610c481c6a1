using System;
using System.Linq;
using System.Reflection;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>Estrin and low-degree kernels: every path agrees with its scalar path, and the values are right.</summary>
    public class PolynomialEstrinExecutionTests
    {
        private const string Source = """
                [Polynomial(1, -0.5, 0.25, 3, -2, 0.125, 7, Scheme = PolynomialScheme.Estrin)]
                public static partial double E(double x);

                [Polynomial(1, -0.5, 0.25, 3, -2, 0.125, 7, Scheme = PolynomialScheme.Estrin)]
                public static partial Vector128<double> E(Vector128<double> x);

                [Polynomial(1, -0.5, 0.25, 3, -2, 0.125, 7, Scheme = PolynomialScheme.Estrin)]
                public static partial Vector256<double> E(Vector256<double> x);

                [Polynomial(1, -0.5, 0.25, 3, -2, 0.125, 7, Scheme = PolynomialScheme.Estrin)]
                public static partial Vector512<double> E(Vector512<double> x);

                [Polynomial(1, -0.5, 0.25, 3, -2, 0.125, 7, Scheme = PolynomialScheme.Estrin)]
                public static partial void E(ReadOnlySpan<double> x, Span<double> y);

                [Polynomial(7)]
                public static partial float Constant(float x);

                [Polynomial(7, 2)]
                public static partial float Linear(float x);
            }

            public static class Probe
            {
                public static double Scalar(double x) => Kernels.E(x);

                public static double[] Vectors(double[] x)
                {
                    double[] result = new double[3 * 8];
                    Kernels.E(Vector128.Create(x)).CopyTo(result, 0);
                    Kernels.E(Vector256.Create(x)).CopyTo(result, 8);
                    Kernels.E(Vector512.Create(x)).CopyTo(result, 16);
                    return result;
                }

                public static double[] Span(double[] x)
                {
                    double[] y = new double[x.Length];
                    Kernels.E(x, y);
                    return y;
                }

                public static float Constant(float x) => Kernels.Constant(x);

                public static float Linear(float x) => Kernels.Linear(x);
            """;

        private static readonly Lazy<Assembly> s_assembly = new(() =>
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass(Source), TargetFramework.Net100);
            Assert.Empty(run.GeneratorDiagnostics);
            return InMemoryAssembly.Load(run.Output);
        });

        [Fact]
        public void Estrin_vector_and_span_paths_equal_the_scalar_path_bit_for_bit()
        {
            var scalar = InMemoryAssembly.Function<double, double>(s_assembly.Value, "Demo.Probe", "Scalar");
            var vectors = InMemoryAssembly.Function<double[], double[]>(s_assembly.Value, "Demo.Probe", "Vectors");
            var span = InMemoryAssembly.Function<double[], double[]>(s_assembly.Value, "Demo.Probe", "Span");
            var random = new Random(7);
            double[] inputs = Enumerable.Range(0, 4003).Select(_ => random.NextDouble() * 6 - 3).ToArray();

            double[] spanResults = span(inputs);
            for (int i = 0; i < inputs.Length; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(scalar(inputs[i])), BitConverter.DoubleToInt64Bits(spanResults[i]));
            }
            for (int start = 0; start + 8 <= 800; start += 8)
            {
                double[] chunk = inputs.AsSpan(start, 8).ToArray();
                double[] lanes = vectors(chunk);
                for (int lane = 0; lane < 8; lane++)
                {
                    long expected = BitConverter.DoubleToInt64Bits(scalar(chunk[lane]));
                    if (lane < 2) Assert.Equal(expected, BitConverter.DoubleToInt64Bits(lanes[lane]));
                    if (lane < 4) Assert.Equal(expected, BitConverter.DoubleToInt64Bits(lanes[8 + lane]));
                    Assert.Equal(expected, BitConverter.DoubleToInt64Bits(lanes[16 + lane]));
                }
            }
        }

        [Fact]
        public void Estrin_value_is_the_polynomial_within_a_few_roundings()
        {
            var scalar = InMemoryAssembly.Function<double, double>(s_assembly.Value, "Demo.Probe", "Scalar");
            double[] c = { 1, -0.5, 0.25, 3, -2, 0.125, 7 };
            foreach (double x in new[] { -2.5, -1.0, -0.1, 0.0, 0.3, 1.0, 2.0 })
            {
                decimal exact = 0;
                for (int k = c.Length - 1; k >= 0; k--)
                {
                    exact = exact * (decimal)x + (decimal)c[k];
                }
                Assert.Equal((double)exact, scalar(x), 1e-12 * Math.Max(1, Math.Abs((double)exact)));
            }
        }

        [Fact]
        public void Degree_0_and_1_evaluate_exactly()
        {
            var constant = InMemoryAssembly.Function<float, float>(s_assembly.Value, "Demo.Probe", "Constant");
            var linear = InMemoryAssembly.Function<float, float>(s_assembly.Value, "Demo.Probe", "Linear");

            Assert.Equal(7f, constant(123f));
            Assert.Equal(7f, constant(float.NaN));
            Assert.Equal(13f, linear(3f));
            Assert.Equal(MathF.FusedMultiplyAdd(2f, 0.1f, 7f), linear(0.1f));
        }
    }
}
