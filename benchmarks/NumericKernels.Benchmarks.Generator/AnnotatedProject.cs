using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NumericKernels.Benchmarks.Generator;

/// <summary>
/// A project as a user would write it: 200 kernel methods of every family, 20 to a partial class, one class to a file,
/// beside ten files of ordinary code. Every declaration is valid, so the generator writes all 200 methods and the
/// classes they share.
/// </summary>
internal static class AnnotatedProject
{
    public const int MethodCount = 200;
    public const int KernelFiles = 10;

    private static readonly string[] s_templates = BuildTemplates();

    public static CSharpParseOptions ParseOptions { get; } = new CSharpParseOptions(LanguageVersion.Latest);

    public static IReadOnlyList<MetadataReference> References { get; } = Basic.Reference.Assemblies.Net100.References.All
        .Concat(new[]
        {
            MetadataReference.CreateFromFile(typeof(ApproximateAttribute).Assembly.Location),
            MetadataReference.CreateFromFile(typeof(BFloat16).Assembly.Location),
        })
        .ToList();

    public static CSharpCompilationOptions Options { get; } = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    /// <summary>The kernel files, then the ordinary ones.</summary>
    public static SyntaxTree[] Trees()
    {
        var trees = new List<SyntaxTree>();
        for (int file = 0; file < KernelFiles; file++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(KernelFile(file), ParseOptions, path: $"Kernels{file}.cs"));
        }
        for (int file = 0; file < 10; file++)
        {
            trees.Add(CSharpSyntaxTree.ParseText(OrdinaryFile(file, 0), ParseOptions, path: $"Ordinary{file}.cs"));
        }
        return trees.ToArray();
    }

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees) => CSharpCompilation.Create("AnnotatedProject", trees, References, Options);

    /// <summary>An ordinary file with <paramref name="edit"/> as its version: what a user types between builds.</summary>
    public static string OrdinaryFile(int file, int edit) => $$"""
        namespace Demo.App;

        public static class Service{{file}}
        {
            public static int Twice(int x) => 2 * x + {{edit}};

            public static double Mean(double[] values)
            {
                double sum = 0;
                foreach (double value in values) sum += value;
                return values.Length == 0 ? 0 : sum / values.Length;
            }
        }
        """;

    private static string KernelFile(int file)
    {
        var source = new StringBuilder();
        source.Append("using System;\nusing System.Runtime.CompilerServices;\nusing System.Runtime.Intrinsics;\nusing NumericKernels;\n\nnamespace Demo.Kernels;\n\n");
        source.Append($"public static partial class Kernels{file}\n{{\n");
        source.Append("    [MethodImpl(MethodImplOptions.AggressiveInlining)] static double G(double x) => 1 / (1 + x * x);\n");
        int perFile = MethodCount / KernelFiles;
        for (int i = 0; i < perFile; i++)
        {
            int index = file * perFile + i;
            source.Append("    ").Append(string.Format(System.Globalization.CultureInfo.InvariantCulture, s_templates[index % s_templates.Length], "K" + index, index)).Append('\n');
        }
        source.Append("}\n");
        return source.ToString();
    }

    private static string[] BuildTemplates()
    {
        var templates = new List<string>();
        foreach (string f in new[] { "Exp", "Log", "Sin", "Cos", "Tanh", "Sigmoid", "Erf", "Exp2", "Log2", "Exp10", "ExpM1", "Log10", "Log1P" })
        {
            templates.Add($"[Approximate(MathFunction.{f})] public static partial void {{0}}(ReadOnlySpan<float> x, Span<float> y);");
        }
        foreach (string f in new[] { "Exp", "Log", "Sin", "Cos", "Tanh", "Sigmoid" })
        {
            templates.Add($"[Approximate(MathFunction.{f}, MaxUlp = 4)] public static partial Vector256<float> {{0}}(Vector256<float> x);");
        }
        foreach (string f in new[] { "Exp", "Log", "Exp2", "Log2" })
        {
            templates.Add($"[Approximate(MathFunction.{f})] public static partial double {{0}}(double x);");
        }
        // {1} (the method's index) makes every polynomial's coefficients, and so its shared class, its own.
        templates.Add("[Polynomial(1.0, 0.5, {1}.0)] public static partial float {0}(float x);");
        templates.Add("[Polynomial(1.0, 1.0, 0.5, {1}.0, 0.25)] public static partial void {0}(ReadOnlySpan<double> x, Span<double> y);");
        templates.Add("[Quantize(NumberFormat.Float8E4M3)] public static partial void {0}(ReadOnlySpan<float> x, Span<byte> codes);");
        templates.Add("[Quantize(NumberFormat.Float4E2M1, BlockSize = 32)] public static partial void {0}(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);");
        templates.Add("[Dequantize(NumberFormat.Float8E5M2)] public static partial void {0}(ReadOnlySpan<byte> codes, Span<float> y);");
        templates.Add("[Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.Stochastic)] public static partial void {0}(ReadOnlySpan<float> x, Span<BFloat16> y, ulong seed, long offset);");
        templates.Add("[Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(G))] public static partial double {0}(double a, double b);");
        templates.Add("[Quadrature(QuadratureRule.ClenshawCurtis, Points = 65, Integrand = nameof(G))] public static partial double {0}(double a, double b);");
        templates.Add("[Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(G), RelativeTolerance = 1e-10)] public static partial QuadratureResult {0}(double a, double b);");
        templates.Add("[Quadrature(QuadratureRule.TanhSinh, Integrand = nameof(G), RelativeTolerance = 1e-10)] public static partial QuadratureResult {0}(double a, double b);");
        return templates.ToArray();
    }
}
