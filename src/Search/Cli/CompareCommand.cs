using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Evolution;

namespace NumericKernels.Search.Cli
{
    /// <summary>
    /// <c>nk-search compare</c>: the evidence table of what nk-search evolve found (read from its checkpoint) against the
    /// cheapest minimax polynomial meeting the same bound, both verified exhaustively, with cost and indicative speed.
    /// </summary>
    internal static class CompareCommand
    {
        public static Command Create(TextWriter output)
        {
            var function = new Argument<string>("function") { Description = "Function evolved, e.g. exp2 or exp." };
            var format = new Option<string>("--format") { Description = "Element format; float32 is the one supported.", DefaultValueFactory = _ => "float32" };
            var maxUlp = new Option<double>("--max-ulp") { Description = "The bound the evolve run searched for.", DefaultValueFactory = _ => 1.0 };
            var checkpoint = new Option<string?>("--checkpoint") { Description = "The evolve run's checkpoint directory (default ./nk-evolve-<function>)." };
            var markdown = new Option<string?>("--output") { Description = "Markdown file to write (default comparison.md in the checkpoint directory)." };
            var noTiming = new Option<bool>("--no-timing") { Description = "Skip the indicative speed measurement." };
            var command = new Command("compare", "Compare the program nk-search evolve found with the cheapest minimax polynomial of the same bound (cost, exhaustive error, indicative speed) as markdown.")
            {
                function, format, maxUlp, checkpoint, markdown, noTiming,
            };
            command.SetAction((parsed, cancellation) =>
            {
                MathFunctionId id = EvolveCommand.ParseFunction(parsed.GetValue(function)!);
                if (!string.Equals(parsed.GetValue(format), "float32", StringComparison.OrdinalIgnoreCase)) throw new UsageException("--format: compare supports float32 only.");
                double bound = parsed.GetValue(maxUlp);
                if (!(bound > 0) || !double.IsFinite(bound)) throw new UsageException("--max-ulp must be a positive number.");
                string directory = Path.GetFullPath(parsed.GetValue(checkpoint) ?? "nk-evolve-" + id.ToString().ToLowerInvariant());
                EvolutionState state = EvolutionCheckpoint.Load(directory)
                    ?? throw new UsageException($"no evolve checkpoint in {directory}; run nk-search evolve {id.ToString().ToLowerInvariant()} first or pass --checkpoint.");
                if (state.Settings.Function != id || state.Settings.MaxUlp != bound)
                {
                    throw new UsageException($"the checkpoint in {directory} is for {state.Settings.FunctionName} at {state.Settings.MaxUlp} ULP, not {id.ToString().ToLowerInvariant()} at {bound} ULP.");
                }
                string file = Path.GetFullPath(parsed.GetValue(markdown) ?? Path.Combine(directory, "comparison.md"));
                return Task.FromResult(Run(state, file, !parsed.GetValue(noTiming), output, cancellation));
            });
            return command;
        }

        private static int Run(EvolutionState state, string file, bool timing, TextWriter output, CancellationToken cancellation)
        {
            EvolutionSettings settings = state.Settings;
            var engine = new EvolutionEngine(new EvaluationSamples(settings.Function, settings.DomainMin, settings.DomainMax));
            output.WriteLine("Fitting and verifying the minimax polynomial baseline...");
            var (degrees, baseline) = MinimaxBaseline.Find(settings, engine, cancellation);
            var programs = new List<ComparedProgram>();
            string? missing = null;
            VerificationAttempt? winner = state.Winner;
            if (winner != null)
            {
                programs.Add(new ComparedProgram("evolved", $"nk-search evolve, generation {winner.Generation} of {state.Generation}, seed {settings.Seed}", winner, timing ? Time(winner, settings) : null));
            }
            else
            {
                missing = $"The evolve run in its checkpoint (generation {state.Generation}) has no exhaustively verified program yet.";
            }
            if (baseline != null)
            {
                programs.Add(new ComparedProgram("minimax polynomial", $"degree {baseline.Candidate.Program.OperationCount} Horner", baseline, timing ? Time(baseline, settings) : null));
            }
            else
            {
                missing = (missing == null ? "" : missing + " ") + $"No polynomial up to degree {MinimaxBaseline.MaxDegree} met the bound.";
            }
            string markdown = ComparisonReport.Markdown(settings, programs, degrees, missing);
            File.WriteAllText(file, markdown);
            output.WriteLine(markdown);
            output.WriteLine("Wrote " + file);
            return winner != null && baseline != null ? ExitCodes.Success : ExitCodes.Failed;
        }

        private static double Time(VerificationAttempt attempt, EvolutionSettings settings) =>
            KernelTiming.NanosecondsPerElement(ProgramEntry.Create(attempt.Candidate.Program, settings, "timing", default));
    }
}
