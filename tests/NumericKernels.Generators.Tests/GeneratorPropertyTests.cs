using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>
    /// Random kernel declarations (CsCheck, fixed seed): every family's attribute with valid, out-of-range and
    /// nonsensical arguments, on signatures of every family and of none, with right and wrong modifiers. For each class
    /// of four such methods the generator must not throw, and every method must either be generated (its code compiles)
    /// or carry an NK error on its own declaration: a compiler error in generated code, or at a method the generator
    /// said nothing about, is a failure. Shrinking moves each choice towards the first, simplest option.
    /// </summary>
    public class GeneratorPropertyTests
    {
        private const int MethodsPerClass = 4;

        /// <summary>Classes tried per run; with four methods each, 1,200 declarations.</summary>
        private const int Iterations = 300;

        // Valid choices are listed more than once where invalid ones would otherwise dominate: both outcomes must be common.
        private static readonly string[] s_modifiers =
        {
            "public static partial", "public static partial", "public static partial", "internal static partial", "public static partial",
            "public static partial", "private static partial", "public static partial", "public partial", "public static", "public static extern partial",
        };

        private static readonly string[][] s_familySignatures =
        {
            // [Approximate] and [Polynomial]
            new[]
            {
                "float {0}(float x)", "double {0}(double x)", "Vector128<float> {0}(Vector128<float> x)", "Vector256<double> {0}(Vector256<double> x)",
                "Vector512<float> {0}(Vector512<float> x)", "void {0}(ReadOnlySpan<float> x, Span<float> y)", "void {0}(ReadOnlySpan<double> x, Span<double> y)",
                "void {0}(ReadOnlySpan<float> x, Span<Half> y)", "void {0}(ReadOnlySpan<float> x, Span<BFloat16> y)", "void {0}(ReadOnlySpan<double> x, Span<float> y)",
            },
            // [Quantize]
            new[]
            {
                "void {0}(ReadOnlySpan<float> x, Span<byte> codes)", "void {0}(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales)",
                "void {0}(ReadOnlySpan<float> x, Span<BFloat16> y)", "void {0}(ReadOnlySpan<float> x, Span<Half> y)", "void {0}(ReadOnlySpan<float> x, Span<sbyte> codes)",
                "void {0}(ReadOnlySpan<float> x, Span<byte> codes, ulong seed)", "void {0}(ReadOnlySpan<float> x, Span<BFloat16> y, ulong seed, long offset)",
                "void {0}(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset)",
            },
            // [Dequantize]
            new[]
            {
                "void {0}(ReadOnlySpan<byte> codes, Span<float> y)", "void {0}(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y)",
                "void {0}(ReadOnlySpan<BFloat16> x, Span<float> y)", "void {0}(ReadOnlySpan<Half> x, Span<float> y)", "void {0}(ReadOnlySpan<sbyte> codes, Span<float> y)",
            },
            // [Quadrature]
            new[]
            {
                "double {0}(double a, double b)", "float {0}(float a, float b)", "QuadratureResult {0}(double a, double b)", "QuadratureResult {0}(float a, float b)",
                "void {0}(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result)", "double {0}(ReadOnlySpan<double> samples)",
                "double {0}(ReadOnlySpan<double> samples, double interval)", "double {0}(ReadOnlySpan<double> samples, double interval, out double variance)",
                "float {0}(ReadOnlySpan<float> samples, float interval)",
            },
        };

        private static readonly string[] s_oddSignatures =
        {
            "int {0}(int x)", "Half {0}(Half x)", "Vector256<float> {0}(Vector128<float> x)", "void {0}(ReadOnlySpan<float> x, out Span<float> y)",
            "void {0}(ReadOnlySpan<float> x, ReadOnlySpan<float> y)", "float {0}(params float[] x)", "T {0}<T>(T x)", "float {0}(ref float x)",
            "void {0}(Span<float> x, Span<float> y)", "float {0}()", "void {0}(ReadOnlySpan<float> x, params Span<byte> y)",
        };

        private static readonly string[] s_approximateArguments =
        {
            "MaxUlp = 4", "MaxUlp = 0.5", "MaxUlp = 0", "MaxUlp = double.NaN", "MaxUlp = -1", "MaxUlp = 1e9", "DomainMin = -1", "DomainMax = 1",
            "DomainMin = 0, DomainMax = 1", "DomainMin = 2, DomainMax = 1", "DomainMax = double.NaN", "DomainMin = -87, DomainMax = 0",
            "Variant = \"exp.f32.u1\"", "Variant = \"log.f32.u1\"", "Variant = \"nope\"", "Variant = \"\"", "SpecialValues = SpecialValues.FiniteOnly",
            "SpecialValues = (SpecialValues)7", "Rounding = RoundingMode.TowardZero", "Rounding = (RoundingMode)42", "CorrectlyRounded = true",
        };

        private static readonly string[] s_polynomialArguments =
        {
            "1.0", "1.0, 2.0", "1.0, 0.5, 0.25, 0.125", "1.0, 1.0, 0.5, 1.0 / 6, 1.0 / 24, 1.0 / 120, 1.0 / 720", "double.NaN", "1e308, 1e308", "",
            "1.0, Scheme = PolynomialScheme.Horner", "1.0, 2.0, 3.0, 4.0, 5.0, Scheme = PolynomialScheme.Estrin", "1.0, Scheme = (PolynomialScheme)9",
        };

        private static readonly string[] s_quantizeArguments =
        {
            "Rounding = RoundingMode.Stochastic", "Rounding = RoundingMode.TowardZero", "Rounding = RoundingMode.ToNearestAway", "Rounding = (RoundingMode)42",
            "BlockSize = 32", "BlockSize = 16", "BlockSize = 7", "BlockSize = -1", "Scale = NumberFormat.ScaleUE4M3", "Scale = NumberFormat.Float32",
            "Overflow = OverflowMode.NonFinite", "Overflow = (OverflowMode)5", "BlockSize = 16, Scale = NumberFormat.ScaleUE4M3",
        };

        private static readonly string[] s_quadratureArguments =
        {
            "Points = 5", "Points = 20", "Points = 0", "Points = 1", "Points = 1025", "Points = 33", "Integrand = nameof(G)", "Integrand = nameof(Gf)",
            "Integrand = \"Missing\"", "RelativeTolerance = 1e-10", "RelativeTolerance = 0", "RelativeTolerance = -1", "AbsoluteTolerance = 1e-12",
            "MaxSubdivisions = 4", "MaxSubdivisions = 9", "MaxSubdivisions = 0", "Kernel = BayesKernel.Matern52", "Kernel = (BayesKernel)8",
            "LengthScale = 0.5", "LengthScale = 0", "LengthScale = 200",
        };

        private static readonly string[] s_formats = Enum.GetNames(typeof(NumberFormat)).Select(n => "NumberFormat." + n).Append("(NumberFormat)77")
            .Concat(new[] { "NumberFormat.Float8E4M3", "NumberFormat.Float4E2M1", "NumberFormat.BFloat16", "NumberFormat.Float6E3M2", "NumberFormat.Int8", "NumberFormat.Float8E5M2" })
            .ToArray();

        private static readonly string[] s_functions = Enum.GetNames(typeof(MathFunction)).Select(n => "MathFunction." + n).Append("(MathFunction)99")
            .Concat(new[] { "Exp", "Log", "Exp2", "Log2", "Sin", "Cos", "Tanh", "Sigmoid", "Erf", "Exp10", "ExpM1", "Log10", "Log1P", "Exp", "Log" }.Select(n => "MathFunction." + n))
            .ToArray();

        /// <summary>The arguments each rule needs (so that a fair share of quadrature requests is valid), before the random ones.</summary>
        private static string RuleArguments(string rule, int points) => rule switch
        {
            "QuadratureRule.GaussLegendre" or "QuadratureRule.ClenshawCurtis" => $", Points = {points}, Integrand = nameof(G)",
            "QuadratureRule.GaussKronrod" or "QuadratureRule.TanhSinh" => ", Integrand = nameof(G)",
            "QuadratureRule.Bayesian" => $", Points = {points}",
            _ => string.Empty,
        };

        private static readonly string[] s_rules = Enum.GetNames(typeof(QuadratureRule)).Select(n => "QuadratureRule." + n).Append("(QuadratureRule)9").ToArray();

        /// <summary>One declaration: each choice is an index into its option list (taken modulo its length).</summary>
        private static readonly Gen<int[]> s_declaration = Gen.Int[0, 1 << 16].Array[8];

        private readonly Xunit.Abstractions.ITestOutputHelper output;

        private int generated;
        private int diagnosedCount;

        public GeneratorPropertyTests(Xunit.Abstractions.ITestOutputHelper output) => this.output = output;

        [Fact]
        public void Random_declarations_are_generated_and_compile_or_carry_an_NK_error_and_never_crash_the_generator()
        {
            string seed = new PCG(7, 20261203).ToString();
            s_declaration.Array[MethodsPerClass].Sample(CheckClass, seed: seed, iter: Iterations, threads: 1, print: Print);

            output.WriteLine($"seed {seed}: {generated} declarations generated and compiled, {diagnosedCount} diagnosed");
            // Both outcomes must be common, or the property says little about one of them.
            Assert.True(generated >= Iterations * MethodsPerClass / 8, $"only {generated} of {Iterations * MethodsPerClass} declarations were generated");
            Assert.True(diagnosedCount >= Iterations * MethodsPerClass / 8, $"only {diagnosedCount} of {Iterations * MethodsPerClass} declarations were diagnosed");
        }

        private static string Print(int[][] declarations) => Build(declarations).Source;

        private void CheckClass(int[][] declarations)
        {
            (string source, (int Start, int End)[] spans) = Build(declarations);
            GeneratorRun run = GeneratorHarness.Run(source);

            Assert.All(run.Result.Results, result => Assert.Null(result.Exception));
            Assert.DoesNotContain(run.DriverDiagnostics, d => d.Id == "CS8785");
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NK0018");

            bool[] diagnosed = spans.Select(span => run.GeneratorDiagnostics.Any(d =>
                d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == "Input.cs"
                && d.Location.SourceSpan.Start >= span.Start && d.Location.SourceSpan.End <= span.End)).ToArray();
            foreach (Diagnostic error in run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error))
            {
                string path = error.Location.SourceTree?.FilePath ?? string.Empty;
                Assert.True(path == "Input.cs", "generated code does not compile: " + error);
                int method = Array.FindIndex(spans, span => error.Location.SourceSpan.Start >= span.Start && error.Location.SourceSpan.Start < span.End);
                Assert.True(method >= 0, "a compiler error outside every kernel declaration: " + error);
                Assert.True(diagnosed[method], $"M{method} was neither generated nor diagnosed: {error}");
            }
            diagnosedCount += diagnosed.Count(d => d);
            generated += diagnosed.Count(d => !d);
        }

        private static (string Source, (int Start, int End)[] Spans) Build(int[][] declarations)
        {
            var source = new StringBuilder(KernelSources.Usings);
            source.Append("namespace Demo\n{\n    public static partial class Kernels\n    {\n");
            source.Append("        static double G(double x) => x * x;\n        static float Gf(float x) => x * x;\n");
            var spans = new (int, int)[declarations.Length];
            for (int i = 0; i < declarations.Length; i++)
            {
                source.Append("        ");
                int start = source.Length;
                source.Append(Declaration(declarations[i], "M" + i));
                spans[i] = (start, source.Length);
                source.Append('\n');
            }
            source.Append("    }\n}\n");
            return (source.ToString(), spans);
        }

        private static string Declaration(int[] c, string name)
        {
            int family = c[0] % 5;
            string attribute = family switch
            {
                0 => $"[Approximate({Pick(s_functions, c[1])}{Named(s_approximateArguments, c[2], c[3])})]",
                1 => $"[Polynomial({Pick(s_polynomialArguments, c[1])})]",
                2 => $"[Quantize({Pick(s_formats, c[1])}{Named(s_quantizeArguments, c[2], c[3])})]",
                3 => $"[Dequantize({Pick(s_formats, c[1])}{Named(s_quantizeArguments, c[2], c[3])})]",
                _ => Quadrature(Pick(s_rules, c[1]), 1 + c[6] % 40, c[2], c[3]),
            };
            string[] signatures = c[4] % 8 == 7 ? s_oddSignatures
                : family == 4 && c[4] % 8 < 5 ? RuleSignatures(Pick(s_rules, c[1]))
                : s_familySignatures[family switch { 0 or 1 => 0, 2 => 1, 3 => 2, _ => 3 }];
            return attribute + " " + Pick(s_modifiers, c[5]) + " " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Pick(signatures, c[4] / 8), name) + ";";
        }

        private static string[] RuleSignatures(string rule) => rule switch
        {
            "QuadratureRule.GaussLegendre" or "QuadratureRule.ClenshawCurtis" => new[]
            {
                "double {0}(double a, double b)", "float {0}(float a, float b)", "void {0}(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result)",
            },
            "QuadratureRule.GaussKronrod" or "QuadratureRule.TanhSinh" => new[] { "QuadratureResult {0}(double a, double b)", "QuadratureResult {0}(float a, float b)" },
            "QuadratureRule.Bayesian" => new[]
            {
                "double {0}(ReadOnlySpan<double> samples, double interval)", "double {0}(ReadOnlySpan<double> samples, double interval, out double variance)",
                "float {0}(ReadOnlySpan<float> samples, float interval)",
            },
            _ => new[] { "double {0}(ReadOnlySpan<double> samples, double interval)", "float {0}(ReadOnlySpan<float> samples, float interval)" },
        };

        private static string Quadrature(string rule, int points, int first, int second)
        {
            string required = RuleArguments(rule, points);
            string extra = Named(s_quadratureArguments, first, second);
            // C# rejects a named argument given twice: keep the rule's own when the random ones repeat it.
            if (NamedArguments(extra).Intersect(NamedArguments(required)).Any()) extra = string.Empty;
            return $"[Quadrature({rule}{required}{extra})]";
        }

        /// <summary>None (half the time), one or two named arguments (never the same one twice, which C# rejects).</summary>
        private static string Named(string[] options, int first, int second)
        {
            int count = first % 4;
            if (count <= 1) return string.Empty;
            count--;
            string one = Pick(options, first / 4);
            if (count == 1) return ", " + one;
            string two = Pick(options, second);
            return NamedArgument(one) == NamedArgument(two) || NamedArguments(one).Intersect(NamedArguments(two)).Any() ? ", " + one : ", " + one + ", " + two;
        }

        private static string NamedArgument(string argument) => argument.Split('=')[0].Trim();

        private static IEnumerable<string> NamedArguments(string arguments) => arguments.Split(',').Where(a => a.Contains('=')).Select(NamedArgument);

        private static string Pick(string[] options, int choice) => options[choice % options.Length];
    }
}
