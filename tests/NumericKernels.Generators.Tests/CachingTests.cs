using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;
using TrackingNamesOf = NumericKernels.Generators.Pipeline.TrackingNames;

namespace NumericKernels.Generators.Tests
{
    /// <summary>
    /// The pipeline caches: rerunning on an equal compilation, or after edits that do not touch a kernel request, reuses
    /// every tracked step, and no step output holds compiler objects that would defeat caching or leak memory.
    /// </summary>
    public class CachingTests
    {
        // Every kind of step output: successful and failing requests of every family (each family's diagnostics step is
        // tracked only when it has a diagnostic to pass on), quantization both ways, an attribute on an accessor, and the
        // project's own catalog entries (one usable, one malformed).
        private static readonly string s_source = KernelSources.Usings + UserCatalogEntryTests.ExpOnOneTwo
            + "[assembly: CatalogEntry(\"broken\", MathFunction.Exp, NumberFormat.Float32, \"NoSuchAlgorithm\")]\n"
            + KernelSources.InKernelsClass("""
                [Polynomial(1.0, 0.5, 0.25)]
                public static partial float Poly(float x);

                [Polynomial(1.0, 0.5, 0.25)]
                public static partial void Poly(ReadOnlySpan<float> x, Span<Half> y);

                [Approximate(MathFunction.Exp)]
                public static partial float Exp(float x);

                [Approximate(MathFunction.Log, MaxUlp = 4)]
                public static partial Vector256<double> Log(Vector256<double> x);

                [Approximate(MathFunction.Sin, MaxUlp = 0.25)]
                public static partial float Impossible(float x);

                [Quantize(NumberFormat.Float8E4M3)]
                public static partial void ToFp8(ReadOnlySpan<float> x, Span<byte> codes);

                [Dequantize(NumberFormat.Float4E2M1)]
                public static partial void FromFp4(ReadOnlySpan<byte> codes, Span<float> y);

                [Quantize(NumberFormat.Float4E2M1, BlockSize = 7)]
                public static partial void BadBlock(ReadOnlySpan<float> x, Span<byte> codes);

                static double F(double x) => x * x;
                static Vector256<double> F(Vector256<double> x) => x * x;

                [Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(F))]
                public static partial double Integral(double a, double b);

                [Quadrature(QuadratureRule.ClenshawCurtis, Points = 100, Integrand = nameof(F))]
                public static partial void Integrals(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);

                [Quadrature(QuadratureRule.GaussLegendre, Points = 0, Integrand = nameof(F))]
                public static partial double NoPoints(double a, double b);

                public static int Misplaced { [Polynomial(1.0)] get => 1; }

                [Polynomial(double.NaN)]
                public static partial float NotFinite(float x);

                [Dequantize(NumberFormat.Float4E2M1, BlockSize = 7)]
                public static partial void BadDequantizeBlock(ReadOnlySpan<byte> codes, Span<float> y);

                [Approximate(MathFunction.Exp, MaxUlp = 4, DomainMin = 1, DomainMax = 2, SpecialValues = SpecialValues.FiniteOnly)]
                public static partial void UserExp(ReadOnlySpan<float> x, Span<float> y);
            """).Substring(KernelSources.Usings.Length);

        [Fact]
        public void Rerunning_on_an_equal_compilation_reuses_every_step()
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(s_source);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(compilation, trackSteps: true).RunGenerators(compilation);
            GeneratorDriverRunResult first = driver.GetRunResult();

            GeneratorDriverRunResult second = driver.RunGenerators(compilation.Clone()).GetRunResult();

            // Every declared tracking name runs on this source, so a step that loses its name (or a name its step) fails here.
            Assert.Empty(StepOutputInspector.AllTrackingNames.Except(StepOutputInspector.TrackedSteps(first).Keys));
            StepOutputInspector.AssertNoCompilerObjects(first);
            StepOutputInspector.AssertAllCachedOrUnchanged(second);
            Assert.Equal(Texts(first), Texts(second));
        }

        [Fact]
        public void Adding_an_unrelated_file_reuses_every_step()
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(s_source);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(compilation, trackSteps: true).RunGenerators(compilation);

            SyntaxTree unrelated = CSharpSyntaxTree.ParseText("namespace Demo; internal static class Unrelated { public static int Twice(int x) => 2 * x; }", (CSharpParseOptions)compilation.SyntaxTrees[0].Options, "Unrelated.cs");
            GeneratorDriverRunResult second = driver.RunGenerators(compilation.AddSyntaxTrees(unrelated)).GetRunResult();

            StepOutputInspector.AssertAllCachedOrUnchanged(second);
            StepOutputInspector.AssertNoCompilerObjects(second);
        }

        [Fact]
        public void Editing_the_kernels_file_below_the_kernels_leaves_every_output_equal()
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(s_source);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(compilation, trackSteps: true).RunGenerators(compilation);

            SyntaxTree original = compilation.SyntaxTrees[0];
            SyntaxTree edited = original.WithChangedText(original.GetText().WithChanges(
                new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(original.Length, 0), "\nnamespace Demo { internal static class Later { } }\n")));
            GeneratorDriverRunResult second = driver.RunGenerators(compilation.ReplaceSyntaxTree(original, edited)).GetRunResult();

            StepOutputInspector.AssertAllCachedOrUnchanged(second);
        }

        [Fact]
        public void Moving_the_kernels_down_the_file_re_emits_no_source()
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(s_source);
            GeneratorDriver driver = GeneratorHarness.CreateDriver(compilation, trackSteps: true).RunGenerators(compilation);

            SyntaxTree original = compilation.SyntaxTrees[0];
            SyntaxTree edited = original.WithChangedText(original.GetText().WithChanges(
                new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// A comment that shifts every line.\n\n")));
            GeneratorDriverRunResult second = driver.RunGenerators(compilation.ReplaceSyntaxTree(original, edited)).GetRunResult();

            // Diagnostics move with the code, so parse results may change; the specs that feed emission must not.
            var steps = StepOutputInspector.TrackedSteps(second);
            foreach (string name in new[] { TrackingNamesOf.ApproximateSpecs, TrackingNamesOf.PolynomialSpecs, TrackingNamesOf.CatalogEntriesUsed, TrackingNamesOf.PolynomialImplementationsUsed, TrackingNamesOf.QuadratureSpecs, TrackingNamesOf.QuadratureSupportUsed, TrackingNamesOf.UserCatalogEntries })
            {
                if (!steps.TryGetValue(name, out var runs))
                {
                    continue;
                }
                Assert.All(runs.SelectMany(run => run.Outputs), output =>
                    Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}"));
            }
            Assert.True(steps.ContainsKey(TrackingNamesOf.PolynomialSpecs));
        }

        private static string[] Texts(GeneratorDriverRunResult run)
            => run.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName).Select(s => s.HintName + "\n" + s.SourceText).ToArray();
    }
}
