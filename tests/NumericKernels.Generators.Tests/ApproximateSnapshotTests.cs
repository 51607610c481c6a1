using System.Linq;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    public class ApproximateSnapshotTests
    {
        /// <summary>Every shape of one request: they all select exp.f32.u1, whose class is emitted once.</summary>
        public const string ExpFloatAllShapes = """
                [Approximate(MathFunction.Exp)]
                public static partial float Exp(float x);

                [Approximate(MathFunction.Exp)]
                public static partial Vector128<float> Exp(Vector128<float> x);

                [Approximate(MathFunction.Exp)]
                public static partial Vector256<float> Exp(Vector256<float> x);

                [Approximate(MathFunction.Exp)]
                public static partial Vector512<float> Exp(Vector512<float> x);

                [Approximate(MathFunction.Exp)]
                public static partial void Exp(ReadOnlySpan<float> source, Span<float> destination);

                [Approximate(MathFunction.Exp)]
                public static partial void ExpToHalf(ReadOnlySpan<float> source, Span<Half> destination);

                [Approximate(MathFunction.Exp)]
                public static partial void ExpToBFloat16(ReadOnlySpan<float> source, Span<BFloat16> destination);
            """;

        [Fact]
        public void Exp_float_every_shape_matches_snapshot_and_emits_the_entry_once()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass(ExpFloatAllShapes));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Single(run.Sources, source => source.HintName.StartsWith("NumericKernels.Catalog.", System.StringComparison.Ordinal));
            Assert.Equal(8, run.Sources.Count());
            // The entry's own file is the lead's emitter output, snapshotted with it; here only the method files.
            Snapshot.MatchAll(run, hint => hint.StartsWith("Demo.", System.StringComparison.Ordinal));
        }

        [Fact]
        public void Cheapest_covering_entry_is_chosen_and_Variant_pins_another()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass("""
                    [Approximate(MathFunction.Exp, MaxUlp = 4)]
                    public static partial float Loose(float x);

                    [Approximate(MathFunction.Exp, MaxUlp = 4, Variant = "exp.f32.u1")]
                    public static partial float Pinned(float x);
                """));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains("global::NumericKernels.Generated.Exp_F32_U4.Scalar(x)", run.Source("Demo.Kernels.Loose_Float32.g.cs"));
            Assert.Contains("global::NumericKernels.Generated.Exp_F32_U1.Scalar(x)", run.Source("Demo.Kernels.Pinned_Float32.g.cs"));
            Assert.Equal(
                new[] { "NumericKernels.Catalog.Exp_F32_U1.g.cs", "NumericKernels.Catalog.Exp_F32_U4.g.cs" },
                run.Sources.Select(s => s.HintName).Where(h => h.StartsWith("NumericKernels.Catalog.", System.StringComparison.Ordinal)).OrderBy(h => h, System.StringComparer.Ordinal));
        }
    }
}
