using System.Linq;
using Microsoft.CodeAnalysis;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>Half-typed and wrong code never makes the generator throw (no CS8785, no NK0018).</summary>
    public class RobustnessTests
    {
        [Theory]
        [InlineData("[Approximate(")]
        [InlineData("[Approximate(MathFunction.Exp")]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial float F(float x")]
        [InlineData("[Approximate(MathFunction.Nope)] public static partial float F(float x);")]
        [InlineData("[Approximate(\"exp\")] public static partial float F(float x);")]
        [InlineData("[Approximate] public static partial float F(float x);")]
        [InlineData("[Approximate(MathFunction.Exp, MaxUlp = \"one\")] public static partial float F(float x);")]
        [InlineData("[Approximate(MathFunction.Exp, Variant = null)] public static partial float F(float x);")]
        [InlineData("[Approximate(MathFunction.Exp, Nope = 3)] public static partial float F(float x);")]
        [InlineData("[Approximate(MathFunction.Exp, Rounding = (RoundingMode)42)] public static partial float F(float x);")]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial Foo F(Bar x);")]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial Vector128<Foo> F(Vector128<Foo> x);")]
        [InlineData("[Approximate(MathFunction.Exp)] static partial F(float x);")]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial float (float x);")]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial float F();")]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial float F(float x = 1);")]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial float F(params float[] x);")]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial void F(ReadOnlySpan<float> x, Span<float> x);")]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial float F(float x); public static partial float F(float x);")]
        [InlineData("[Polynomial(\"a\", \"b\")] public static partial float F(float x);")]
        [InlineData("[Polynomial(null)] public static partial float F(float x);")]
        [InlineData("[Polynomial(1.0, Scheme = (PolynomialScheme)9)] public static partial float F(float x);")]
        [InlineData("[Polynomial(1.0, Scheme = PolynomialScheme.Nope)] public static partial float F(float x);")]
        [InlineData("[Polynomial(1.0)] public static partial Vector512<float> F(Vector128<float> x);")]
        [InlineData("[Polynomial(1.0)] public int Field;")]
        [InlineData("[Polynomial(1.0)] public class Nested { }")]
        [InlineData("[Quantize] public static partial void Q(ReadOnlySpan<float> x, Span<byte> y);")]
        [InlineData("[Quantize((NumberFormat)77, Rounding = (RoundingMode)42)] public static partial void Q(ReadOnlySpan<float> x, Span<byte> y);")]
        [InlineData("[Quantize(NumberFormat.Float4E2M1)] public static partial void Q(ReadOnlySpan<float> x, Span<byte> y, ulong seed, long offset, int extra);")]
        [InlineData("[Quantize(NumberFormat.Float4E2M1)] public static partial void Q(ReadOnlySpan<float> x);")]
        [InlineData("[Quantize(NumberFormat.Float4E2M1)] public static partial int Q(ReadOnlySpan<float> x, Span<byte> y);")]
        [InlineData("[Dequantize(NumberFormat.Int4)] public static partial void D(ReadOnlySpan<byte> codes, out Span<float> y);")]
        [InlineData("[Dequantize(NumberFormat.Int4)] public static partial void D(Span<byte> codes, ReadOnlySpan<float> y);")]
        [InlineData("[Polynomial(1.0)] public static partial float @float(float @in);")]
        public void Garbage_never_throws(string members)
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass(members));

            Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
            Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "CS8785");
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NK0018");
        }

        [Fact]
        public void Attributes_in_top_level_statements_and_local_functions_are_ignored_without_throwing()
        {
            string source = KernelSources.Usings + """
                [Polynomial(1.0)] static float Local(float x) => x;
                System.Console.WriteLine(Local(1));
                [Approximate(MathFunction.Exp)] static partial float Broken(float x);
                """;
            var compilation = GeneratorHarness.CreateCompilation(source).WithOptions(
                new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.ConsoleApplication));
            GeneratorDriver driver = GeneratorHarness.CreateDriver(compilation).RunGenerators(compilation);

            Assert.All(driver.GetRunResult().Results, result => Assert.Null(result.Exception));
            Assert.Empty(driver.GetRunResult().GeneratedTrees);
        }

        [Fact]
        public void Keyword_named_method_and_parameter_compile()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass(
                "[Polynomial(1.0, 2.0)] public static partial float @float(float @in);\n" +
                "[Polynomial(1.0, 2.0)] public static partial void @double(ReadOnlySpan<float> @in, Span<float> @out);"));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
        }
    }
}
