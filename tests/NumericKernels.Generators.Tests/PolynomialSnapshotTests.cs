using System.Linq;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    public class PolynomialSnapshotTests
    {
        [Fact]
        public void Horner_float_every_shape_matches_snapshot()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass(KernelSources.PolynomialAllShapesFloat));

            Assert.Empty(run.GeneratorDiagnostics);
            // Seven methods delegate to one shared implementation class, emitted once.
            Assert.Equal(8, run.Sources.Count());
            var implementation = Assert.Single(run.Sources, source => source.HintName.StartsWith("NumericKernels.Polynomial.", System.StringComparison.Ordinal));
            string qualified = "global::NumericKernels.Generated." + implementation.HintName.Substring("NumericKernels.Polynomial.".Length).Replace(".g.cs", string.Empty);
            Assert.StartsWith("global::NumericKernels.Generated.Polynomial_F32_Horner_D", qualified);
            Assert.All(run.Sources.Where(source => source.HintName != implementation.HintName), source => Assert.Contains(qualified + ".", source.SourceText.ToString()));
            Snapshot.MatchAll(run);
        }

        [Fact]
        public void Estrin_double_degree_6_in_nested_generic_record_struct_matches_snapshot()
        {
            string source = KernelSources.Usings + """
                namespace Demo.Nested
                {
                    internal partial class Outer<T>
                    {
                        private readonly partial record struct Inner
                        {
                            [Polynomial(1, -0.5, 1.0 / 3, -0.25, 0.2, -1.0 / 6, 1.0 / 7)]
                            internal static partial double Log1PSeries(double @in);
                        }
                    }
                }
                """;
            GeneratorRun run = GeneratorHarness.Run(source);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
            Assert.Equal(2, run.Sources.Count());
            Assert.Contains(run.Sources, source => source.HintName.StartsWith("NumericKernels.Polynomial.Polynomial_F64_Estrin_D6_", System.StringComparison.Ordinal));
            Snapshot.MatchAll(run);
        }
    }
}
