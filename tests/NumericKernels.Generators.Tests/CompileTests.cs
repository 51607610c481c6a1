using System.Linq;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>Generated code compiles without errors or warnings for every supported framework.</summary>
    public class CompileTests
    {
        private const string PolynomialImplementationPrefix = "NumericKernels.Polynomial.";

        private const string DoubleShapes = """
                [Polynomial(0.5, -2, 3.25, Scheme = PolynomialScheme.Estrin)]
                public static partial double PolyD(double x);

                [Polynomial(0.5, -2, 3.25)]
                public static partial Vector128<double> PolyD(Vector128<double> x);

                [Polynomial(0.5, -2, 3.25)]
                public static partial Vector256<double> PolyD(Vector256<double> x);

                [Polynomial(0.5, -2, 3.25)]
                public static partial Vector512<double> PolyD(Vector512<double> x);

                [Polynomial(0.5, -2, 3.25)]
                public static partial void PolyD(ReadOnlySpan<double> x, Span<double> y);

                [Polynomial(7)]
                public static partial float Constant(float x);

                [Polynomial(7, 2)]
                public static partial float Linear(float x);

                [Polynomial(1, 1, 0.5, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720, 1.0 / 5040, 1.0 / 40320, Scheme = PolynomialScheme.Estrin)]
                public static partial void ExpSeries(ReadOnlySpan<float> x, Span<float> y);
            """;

        [Theory]
        [InlineData(TargetFramework.Net80)]
        [InlineData(TargetFramework.Net100)]
        public void Polynomial_every_shape_compiles_cleanly(TargetFramework framework)
        {
            string source = KernelSources.InKernelsClass(KernelSources.PolynomialAllShapesFloat + "\n" + DoubleShapes);
            GeneratorRun run = GeneratorHarness.Run(source, framework);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.DriverDiagnostics);
            // 15 methods; 6 distinct implementations: the float polynomial of every shape, PolyD by Estrin and by Horner
            // (four shapes share it), Constant, Linear and ExpSeries.
            Assert.Equal(15, run.Sources.Count(source => !source.HintName.StartsWith(PolynomialImplementationPrefix, System.StringComparison.Ordinal)));
            Assert.Equal(6, run.Sources.Count(source => source.HintName.StartsWith(PolynomialImplementationPrefix, System.StringComparison.Ordinal)));
            Assert.Empty(run.CompilationProblems);
        }

        [Theory]
        [InlineData(TargetFramework.Net80)]
        [InlineData(TargetFramework.Net100)]
        public void Approximate_every_shape_and_both_element_types_compile_cleanly(TargetFramework framework)
        {
            const string DoubleLog = """
                    [Approximate(MathFunction.Log)]
                    public static partial double Log(double x);

                    [Approximate(MathFunction.Log)]
                    public static partial Vector512<double> Log(Vector512<double> x);

                    [Approximate(MathFunction.Log)]
                    public static partial void Log(ReadOnlySpan<double> x, Span<double> y);
                """;
            string source = KernelSources.InKernelsClass(ApproximateSnapshotTests.ExpFloatAllShapes + "\n" + DoubleLog);
            GeneratorRun run = GeneratorHarness.Run(source, framework);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.DriverDiagnostics);
            Assert.Empty(run.CompilationProblems);
        }

        [Fact]
        public void Net8_output_uses_NET9_APIs_only_behind_the_preprocessor_symbol()
        {
            // Compiling for net8.0 with NET9_0_OR_GREATER undefined proves the #else branches exist and bind; this checks
            // the symbol really is what separates them.
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass(KernelSources.PolynomialAllShapesFloat), TargetFramework.Net80);

            string text = run.Source(run.Sources.Single(source => source.HintName.StartsWith(PolynomialImplementationPrefix, System.StringComparison.Ordinal)).HintName);
            Assert.Contains("#if NET9_0_OR_GREATER", text);
            Assert.Empty(run.CompilationProblems);
        }
    }
}
