using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NumericKernels.Generators.Pipeline;

namespace NumericKernels.Benchmarks.Generator;

/// <summary>
/// <c>--steps</c>: where an unrelated edit's time goes, by tracked step and output (the driver's own step timings,
/// summed over 50 edits); BenchmarkDotNet gives the totals, this the breakdown.
/// </summary>
internal static class StepTimes
{
    public static void Print()
    {
        var trees = AnnotatedProject.Trees();
        var compilation = AnnotatedProject.Compilation(trees);
        GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new NumericKernelsGenerator().AsSourceGenerator() }, parseOptions: AnnotatedProject.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true)).RunGenerators(compilation);
        var totals = new System.Collections.Generic.Dictionary<string, TimeSpan>();
        TimeSpan generatorTotal = TimeSpan.Zero;
        for (int edit = 1; edit <= 50; edit++)
        {
            SyntaxTree edited = trees.First(t => t.FilePath == "Ordinary3.cs").WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(AnnotatedProject.OrdinaryFile(3, edit)));
            var next = AnnotatedProject.Compilation(trees.Select(t => t.FilePath == "Ordinary3.cs" ? edited : t));
            GeneratorDriver after = driver.RunGenerators(next);
            var result = after.GetRunResult();
            generatorTotal += after.GetTimingInfo().ElapsedTime;
            foreach (var (name, steps) in result.Results[0].TrackedSteps.Concat(result.Results[0].TrackedOutputSteps))
            {
                totals[name] = (totals.TryGetValue(name, out var sofar) ? sofar : TimeSpan.Zero) + TimeSpan.FromTicks(steps.Sum(s => s.ElapsedTime.Ticks));
            }
        }
        Console.WriteLine($"generator time per unrelated edit: {generatorTotal.TotalMilliseconds / 50:0.000} ms");
        foreach (var (name, time) in totals.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"  {name,-40} {time.TotalMilliseconds / 50,10:0.000} ms");
        }
    }
}
