using System.Linq;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>The generated text of quadrature kernels, so any change to it is seen and accepted by a person.</summary>
    public class QuadratureSnapshotTests
    {
        [Fact]
        public void Gauss_legendre_with_vector_overloads_one_interval_and_a_batch_match_snapshot()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass("""
                [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static double F(double x) => x * x;
                [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static Vector256<double> F(Vector256<double> x) => x * x;
                [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static Vector512<double> F(Vector512<double> x) => x * x;

                [Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(F))]
                public static partial double Integral(double a, double b);

                [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(F))]
                public static partial void Integrals(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);
                """));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
            Assert.Equal(3, run.Sources.Count());
            Snapshot.MatchAll(run);
        }

        [Fact]
        public void Clenshaw_curtis_float_scalar_integrand_and_a_looped_rule_match_snapshot()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass("""
                [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static float G(float x) => 1f / (1f + x * x);
                [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static Vector128<float> G(Vector128<float> x) => Vector128<float>.One / (Vector128<float>.One + x * x);

                [Quadrature(QuadratureRule.ClenshawCurtis, Points = 9, Integrand = nameof(G))]
                public static partial float Integral(float a, float b);

                [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(G))]
                public static partial float Wide(float a, float b);

                [Quadrature(QuadratureRule.GaussLegendre, Points = 70, Integrand = nameof(G))]
                public static partial void Wide(ReadOnlySpan<float> a, ReadOnlySpan<float> b, Span<float> result);
                """));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
            Assert.Equal(4, run.Sources.Count());
            Snapshot.MatchAll(run);
        }

        [Fact]
        public void Adaptive_gauss_kronrod_double_with_a_vector_overload_and_float_scalar_match_snapshot()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass("""
                [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static double F(double x) => 1.0 / (1e-4 + x * x);
                [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static Vector256<double> F(Vector256<double> x) => Vector256<double>.One / (Vector256.Create(1e-4) + x * x);
                [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static float G(float x) => 1f / (1e-2f + x * x);

                [Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(F), AbsoluteTolerance = 1e-12, RelativeTolerance = 1e-10)]
                public static partial QuadratureResult Peak(double a, double b);

                [Quadrature(QuadratureRule.GaussKronrod, Points = 15, Integrand = nameof(G), MaxSubdivisions = 500)]
                public static partial QuadratureResult PeakF(float a, float b);
                """));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
            Assert.Equal(4, run.Sources.Count());
            Snapshot.MatchAll(run);
        }
    

        [Fact]
        public void Adaptive_tanh_sinh_double_and_float_match_snapshot()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass("""
                [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static double F(double x) => System.Math.Log(x);
                [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static float G(float x) => 1f / System.MathF.Sqrt(x);

                [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(F), AbsoluteTolerance = 1e-12, RelativeTolerance = 1e-10, MaxSubdivisions = 3)]
                public static partial QuadratureResult LogIntegral(double a, double b);

                [Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(G), MaxSubdivisions = 2)]
                public static partial QuadratureResult InverseSqrtIntegral(float a, float b);
                """));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
            Assert.Equal(4, run.Sources.Count());
            Snapshot.MatchAll(run);
        }
    

        [Fact]
        public void Bayesian_with_and_without_variance_match_snapshot()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass("""
                [Quadrature(QuadratureRule.Bayesian, Points = 9, Kernel = BayesKernel.Matern52, LengthScale = 0.25)]
                public static partial double Smooth(ReadOnlySpan<double> samples, double interval, out double variance);

                [Quadrature(QuadratureRule.Bayesian, Points = 5)]
                public static partial float Rough(ReadOnlySpan<float> samples, float interval);
                """));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
            Assert.Equal(4, run.Sources.Count());
            Snapshot.MatchAll(run);
        }
    }
}
