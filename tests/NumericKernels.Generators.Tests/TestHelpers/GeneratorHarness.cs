using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NumericKernels.Generators.Pipeline;

namespace NumericKernels.Generators.Tests.TestHelpers
{
    /// <summary>Runs the generator over in-memory sources the way the compiler does.</summary>
    internal static class GeneratorHarness
    {
        public static CSharpCompilation CreateCompilation(string source, TargetFramework framework = TargetFramework.Net100)
        {
            CSharpParseOptions parseOptions = TargetFrameworks.ParseOptions(framework);
            var options = new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                // The SDK passes NoWarn 1701;1702 (reference version unification) to every build; do the same.
                specificDiagnosticOptions: new Dictionary<string, ReportDiagnostic>
                {
                    ["CS1701"] = ReportDiagnostic.Suppress,
                    ["CS1702"] = ReportDiagnostic.Suppress,
                    // Test sources are not documented; generated members are, and CS1570-CS1584 still check that.
                    ["CS1591"] = ReportDiagnostic.Suppress,
                });
            return CSharpCompilation.Create(
                "GeneratorTestInput",
                new[] { CSharpSyntaxTree.ParseText(source, parseOptions, path: "Input.cs") },
                TargetFrameworks.References(framework),
                options);
        }

        public static GeneratorDriver CreateDriver(CSharpCompilation compilation, bool trackSteps = false)
        {
            return CSharpGeneratorDriver.Create(
                new[] { new NumericKernelsGenerator().AsSourceGenerator() },
                parseOptions: (CSharpParseOptions)compilation.SyntaxTrees.First().Options,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
        }

        /// <summary>Runs the generator once; gives its result and the compilation with the generated trees added.</summary>
        public static GeneratorRun Run(string source, TargetFramework framework = TargetFramework.Net100)
        {
            CSharpCompilation compilation = CreateCompilation(source, framework);
            GeneratorDriver driver = CreateDriver(compilation)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> driverDiagnostics);
            return new GeneratorRun(driver.GetRunResult(), compilation, output, driverDiagnostics);
        }
    }

    internal sealed record GeneratorRun(GeneratorDriverRunResult Result, CSharpCompilation Input, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
    {
        /// <summary>Diagnostics the generator reported (NKxxxx).</summary>
        public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

        public IEnumerable<GeneratedSourceResult> Sources => Result.Results.SelectMany(result => result.GeneratedSources);

        public string Source(string hintName) => Sources.Single(source => source.HintName == hintName).SourceText.ToString();

        /// <summary>Compiler errors and warnings of the input plus the generated code (hidden and info excluded).</summary>
        public ImmutableArray<Diagnostic> CompilationProblems => Output.GetDiagnostics()
            .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning)
            .ToImmutableArray();
    }
}
