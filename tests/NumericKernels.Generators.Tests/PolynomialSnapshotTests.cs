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
            Assert.Equal(7, run.Sources.Count());
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
            Assert.Single(run.Sources);
            Snapshot.MatchAll(run);
        }
    }
}
