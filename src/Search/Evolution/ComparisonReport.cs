using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Evolution
{
    /// <summary>One program in the comparison table.</summary>
    internal sealed record ComparedProgram(string Label, string Origin, VerificationAttempt Attempt, double? NanosecondsPerElement);

    /// <summary>The evidence nk-search compare writes: evolved program against the cheapest minimax polynomial of the same bound, as markdown.</summary>
    internal static class ComparisonReport
    {
        public static string Markdown(EvolutionSettings settings, IReadOnlyList<ComparedProgram> programs, IReadOnlyList<BaselineDegree> degrees, string? missing)
        {
            var text = new StringBuilder();
            text.AppendLine(Invariant($"# nk-search compare: {settings.FunctionName} float32 on [{settings.DomainMin}, {settings.DomainMax}], bound {settings.MaxUlp} ULP"));
            text.AppendLine();
            text.AppendLine("Both programs are DirectProgram catalog entries, emitted by EntryEmitter and verified exhaustively over every float32 input of the domain by nk-search verify's machinery. Cost weighs add, sub, mul and fma 1 and div 4 (latency-weighted operation count).");
            text.AppendLine();
            text.AppendLine("| Program | Origin | Operations | Cost | Max ULP (exhaustive) | Worst input | Inputs checked | ns/element (indicative) |");
            text.AppendLine("| --- | --- | --- | ---: | ---: | --- | ---: | ---: |");
            foreach (ComparedProgram p in programs)
            {
                VerificationAttempt a = p.Attempt;
                string speed = p.NanosecondsPerElement is double ns ? ns.ToString("0.000", CultureInfo.InvariantCulture) : "-";
                text.AppendLine(Invariant($"| {p.Label} | {p.Origin} | {OperationSummary(a.Candidate.Program)} | {a.Candidate.Cost} | {Cli.VerificationReport.FormatUlp(a.CertifiedMaxUlp)}{(a.Passed ? "" : " (FAILS)")} | {a.WorstInput} | {a.InputsChecked} | {speed} |"));
            }
            if (missing != null)
            {
                text.AppendLine();
                text.AppendLine(missing);
            }
            text.AppendLine();
            text.AppendLine("Polynomial degrees tried (Horner, linear minimax in ULPs, greedy float rounding and float32 polish), error on the 2^16-input validation sample:");
            text.AppendLine();
            foreach (BaselineDegree d in degrees)
            {
                text.AppendLine(Invariant($"- degree {d.Degree} (cost {d.Candidate.Cost}): {d.Candidate.MaxUlp:0.####} ULP"));
            }
            text.AppendLine();
            foreach (ComparedProgram p in programs)
            {
                text.AppendLine(Invariant($"{p.Label}: `{p.Attempt.Candidate.Program}`"));
                text.AppendLine();
            }
            text.AppendLine(Invariant($"Speed: in-process Stopwatch, best of {KernelTiming.Rounds} rounds of {KernelTiming.CallsPerRound} Span calls over {KernelTiming.Elements} floats, same process and machine ({Environment.ProcessorCount} cores, load not controlled). Indicative only; the BenchmarkDotNet suite in benchmarks/ gives publishable figures."));
            text.AppendLine();
            text.AppendLine("Cross-check of the minimax side with Sollya (Debian `sollya`), by hand:");
            text.AppendLine();
            text.AppendLine("```");
            text.AppendLine(Invariant($"prec=200; d = {Math.Max(1, degrees.Count)};"));
            text.AppendLine(Invariant($"p = fpminimax({SollyaExpression(settings.Function)}, d, [|single...|], [{settings.DomainMin};{settings.DomainMax}], relative);"));
            text.AppendLine(Invariant($"dirtyinfnorm(p/({SollyaExpression(settings.Function)}) - 1, [{settings.DomainMin};{settings.DomainMax}]);"));
            text.AppendLine("```");
            text.AppendLine();
            text.AppendLine("```csharp");
            foreach (ComparedProgram p in programs) text.AppendLine(p.Attempt.EntrySource);
            text.AppendLine("```");
            return text.ToString();
        }

        public static string OperationSummary(EvolvedProgram program) => string.Join(", ", program.Nodes
            .Where(n => n.IsOperation)
            .GroupBy(n => n.Op)
            .OrderBy(g => g.Key)
            .Select(g => Invariant($"{g.Count()} {Operations.StepName(g.Key)}")));

        private static string SollyaExpression(MathFunctionId function) => function switch
        {
            MathFunctionId.Exp2 => "2^x",
            MathFunctionId.Exp10 => "10^x",
            MathFunctionId.ExpM1 => "expm1(x)",
            MathFunctionId.Log2 => "log2(x)",
            MathFunctionId.Log10 => "log10(x)",
            MathFunctionId.Log1P => "log1p(x)",
            _ => function.ToString().ToLowerInvariant() + "(x)",
        };

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
