using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NumericKernels.Generators.Pipeline;

namespace NumericKernels.Benchmarks.Generator;

/// <summary>
/// What the generator costs a build of <see cref="AnnotatedProject"/> (200 kernel methods): the first run, and the runs
/// after edits, each on a new compilation (as the compiler and the IDE see one after an edit, with nothing bound yet).
/// The baseline is the same driver run with no generator at all; the compiler's own binding of the edited project gives
/// the scale of a build after an edit.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private SyntaxTree[] trees = Array.Empty<SyntaxTree>();
    private GeneratorDriver warmed = null!;
    private GeneratorDriver emptyWarmed = null!;
    private SyntaxTree unrelatedEdited = null!;
    private SyntaxTree kernelFileEdited = null!;
    private SyntaxTree[] generatedTrees = Array.Empty<SyntaxTree>();

    [GlobalSetup]
    public void Setup()
    {
        trees = AnnotatedProject.Trees();
        CSharpCompilation compilation = AnnotatedProject.Compilation(trees);
        warmed = CreateDriver(withGenerator: true).RunGenerators(compilation);
        emptyWarmed = CreateDriver(withGenerator: false).RunGenerators(compilation);

        GeneratorDriverRunResult result = warmed.GetRunResult();
        int methods = result.GeneratedTrees.Count(tree => tree.FilePath.Contains("Demo.Kernels.", StringComparison.Ordinal));
        if (result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) || methods != AnnotatedProject.MethodCount)
        {
            throw new InvalidOperationException($"the benchmark project is not all valid: {methods} methods generated, diagnostics: "
                + string.Join("; ", result.Diagnostics.Take(5)));
        }
        generatedTrees = result.GeneratedTrees.ToArray();
        Console.WriteLine($"// {methods} methods and {result.GeneratedTrees.Length - methods} shared classes, {result.GeneratedTrees.Sum(t => t.Length) / 1024} KiB of source");

        SyntaxTree ordinary = trees.First(tree => tree.FilePath == "Ordinary3.cs");
        unrelatedEdited = ordinary.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(AnnotatedProject.OrdinaryFile(3, 1)));
        // A comment above the kernels moves every method of the file: parsing reruns, emission must not.
        SyntaxTree kernels = trees.First(tree => tree.FilePath == "Kernels0.cs");
        kernelFileEdited = kernels.WithChangedText(kernels.GetText().WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(new Microsoft.CodeAnalysis.Text.TextSpan(0, 0), "// edited\n")));
    }

    [Benchmark(Description = "first run, 200 methods")]
    public GeneratorDriver FirstRun() => CreateDriver(withGenerator: true).RunGenerators(AnnotatedProject.Compilation(trees));

    [Benchmark(Baseline = true, Description = "unrelated edit, no generator")]
    public GeneratorDriver UnrelatedEditWithoutGenerator() => emptyWarmed.RunGenerators(Edited(unrelatedEdited));

    [Benchmark(Description = "unrelated edit")]
    public GeneratorDriver UnrelatedEdit() => warmed.RunGenerators(Edited(unrelatedEdited));

    [Benchmark(Description = "edit above 20 kernels")]
    public GeneratorDriver KernelFileEdit() => warmed.RunGenerators(Edited(kernelFileEdited));

    /// <summary>
    /// For scale: what the compiler itself does with the edited project before it can emit (every method body bound,
    /// the generated code included). The generator's share of a build after an edit is its time over this one.
    /// </summary>
    [Benchmark(Description = "compiler: bind the edited project")]
    public int CompilerBindsEditedProject() => Edited(unrelatedEdited).AddSyntaxTrees(generatedTrees).GetDiagnostics().Length;

    private CSharpCompilation Edited(SyntaxTree edited)
        => AnnotatedProject.Compilation(trees.Select(tree => tree.FilePath == edited.FilePath ? edited : tree));

    private static GeneratorDriver CreateDriver(bool withGenerator) => CSharpGeneratorDriver.Create(
        withGenerator ? new[] { new NumericKernelsGenerator().AsSourceGenerator() } : Array.Empty<ISourceGenerator>(),
        parseOptions: AnnotatedProject.ParseOptions);
}
