using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Evolution;
using Spectre.Console;

namespace NumericKernels.Search.Cli
{
    /// <summary>
    /// <c>nk-search evolve</c>: NSGA-II over straight-line programs (AutoNumerics-Zero style) for one function on a
    /// float32 domain, resumable from its checkpoint, ending with an exhaustively verified catalog entry and its plots.
    /// </summary>
    internal static class EvolveCommand
    {
        public const int DefaultPopulation = 128;
        public const double DefaultMinutes = 30;
        public const int DefaultPatience = 300;

        public static Command Create(TextWriter output)
        {
            var function = new Argument<string>("function") { Description = "Function to approximate, e.g. exp2 or exp." };
            var format = new Option<string>("--format") { Description = "Element format; float32 is the one supported.", DefaultValueFactory = _ => "float32" };
            var maxUlp = new Option<double>("--max-ulp") { Description = "Error bound a winner must meet on every input of the domain.", DefaultValueFactory = _ => 1.0 };
            var domain = new Option<string>("--domain") { Description = "Input interval 'min,max' (both included).", DefaultValueFactory = _ => "0,1" };
            var generations = new Option<int?>("--generations") { Description = "Stop after this many generations in total (over resumed sessions too)." };
            var minutes = new Option<double?>("--minutes") { Description = "Stop after this much search time in total (default 30)." };
            var population = new Option<int>("--population") { Description = "Population size (default 128).", DefaultValueFactory = _ => DefaultPopulation };
            var seed = new Option<ulong>("--seed") { Description = "Seed of the run (default 1).", DefaultValueFactory = _ => 1UL };
            var seedFromFit = new Option<bool>("--seed-from-fit") { Description = "Start from the fit's minimax polynomials (Horner, degree 1 up to the first meeting the bound) as well as random programs." };
            var constants = new Option<string>("--constants") { Description = "Minimizer for constants used nonlinearly: nelder-mead (default) or cma-es.", DefaultValueFactory = _ => "nelder-mead" };
            var checkpoint = new Option<string?>("--checkpoint") { Description = "Checkpoint directory (default ./nk-evolve-<function>); an existing checkpoint is resumed." };
            var plot = new Option<string?>("--plot") { Description = "Directory for the PNG plots (default: the checkpoint directory)." };
            var patience = new Option<int>("--patience") { Description = "Generations to keep searching for a cheaper program after each verified winner (default 300; 0 stops at the first).", DefaultValueFactory = _ => DefaultPatience };
            var entryOutput = new Option<FileInfo?>("--output") { Description = "Write the winner as [assembly: CatalogEntry(...)] to this C# file, for your project." };
            var command = new Command("evolve", "Evolve straight-line programs (add, sub, mul, fma, div) for a function with NSGA-II over (max ULP error, cost); verify winners exhaustively.")
            {
                function, format, maxUlp, domain, generations, minutes, population, seed, seedFromFit, constants, checkpoint, plot, patience, entryOutput,
            };
            command.SetAction((parsed, cancellation) =>
            {
                MathFunctionId id = ParseFunction(parsed.GetValue(function)!);
                if (!string.Equals(parsed.GetValue(format), "float32", StringComparison.OrdinalIgnoreCase)) throw new UsageException("--format: evolve supports float32 only.");
                double bound = parsed.GetValue(maxUlp);
                if (!(bound > 0) || !double.IsFinite(bound)) throw new UsageException("--max-ulp must be a positive number.");
                var (min, max) = ParseDomain(parsed.GetValue(domain)!);
                int size = parsed.GetValue(population);
                if (size < 8 || size > 100_000) throw new UsageException("--population must be between 8 and 100000.");
                int? generationLimit = parsed.GetValue(generations);
                if (generationLimit is < 0) throw new UsageException("--generations must not be negative.");
                double? minuteLimit = parsed.GetValue(minutes);
                if (minuteLimit is not null && !(minuteLimit > 0)) throw new UsageException("--minutes must be positive.");
                ConstantSearch constantSearch = parsed.GetValue(constants)!.ToLowerInvariant() switch
                {
                    "nelder-mead" => ConstantSearch.NelderMead,
                    "cma-es" => ConstantSearch.CmaEs,
                    string other => throw new UsageException($"--constants must be nelder-mead or cma-es, not '{other}'."),
                };
                var settings = new EvolutionSettings(id, min, max, bound, size, parsed.GetValue(seed), parsed.GetValue(seedFromFit), constantSearch);
                string directory = Path.GetFullPath(parsed.GetValue(checkpoint) ?? "nk-evolve-" + settings.FunctionName);
                string plots = Path.GetFullPath(parsed.GetValue(plot) ?? directory);
                int patienceGenerations = parsed.GetValue(patience);
                if (patienceGenerations < 0) throw new UsageException("--patience must not be negative.");
                var limits = new RunLimits(generationLimit, TimeSpan.FromMinutes(minuteLimit ?? (generationLimit == null ? DefaultMinutes : 1e6)), patienceGenerations);
                return Task.FromResult(Run(settings, directory, plots, limits, parsed.GetValue(entryOutput), output, cancellation));
            });
            return command;
        }

        public static MathFunctionId ParseFunction(string name)
        {
            if (Enum.TryParse(name, ignoreCase: true, out MathFunctionId id) && !int.TryParse(name, out _))
            {
                try
                {
                    Verification.Float32Sweep.Reference(id);
                    return id;
                }
                catch (ArgumentOutOfRangeException)
                {
                }
            }
            throw new UsageException($"unknown function '{name}' (e.g. exp2, exp, log2, sin).");
        }

        public static (double Min, double Max) ParseDomain(string text)
        {
            string[] parts = text.Split(',');
            if (parts.Length == 2
                && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out double min)
                && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double max)
                && double.IsFinite(min) && double.IsFinite(max) && min < max)
            {
                return (min, max);
            }
            throw new UsageException($"--domain must be 'min,max' with finite min < max, not '{text}'.");
        }

        private static int Run(EvolutionSettings settings, string directory, string plots, RunLimits limits, FileInfo? entryOutput, TextWriter output, CancellationToken cancellation)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            bool interactive = console.Profile.Capabilities.Interactive;
            if (!interactive) console.Profile.Width = 220;
            var engine = new EvolutionEngine(new EvaluationSamples(settings.Function, settings.DomainMin, settings.DomainMax), settings.ConstantSearch);
            EvolutionState? state = EvolutionCheckpoint.Load(directory);
            if (state != null && state.Settings != settings)
            {
                throw new UsageException($"the checkpoint in {directory} was made with other settings ({Describe(state.Settings)}); pass the same arguments, another --checkpoint, or delete it.");
            }
            if (state == null)
            {
                output.WriteLine($"nk-search evolve {Describe(settings)}: new run, checkpoints in {directory}");
                state = engine.Start(settings, cancellation);
                EvolutionCheckpoint.Save(state, directory);
            }
            else
            {
                output.WriteLine($"nk-search evolve {Describe(settings)}: resuming generation {state.Generation} ({state.Elapsed.TotalMinutes:0.0} min searched) from {directory}");
            }

            var run = new EvolutionRun(engine, state, directory, limits);
            RunOutcome outcome;
            try
            {
                outcome = interactive ? RunWithProgressBar(run, console, limits, settings, cancellation) : RunWithLines(run, output, cancellation);
            }
            catch (OperationCanceledException)
            {
                output.WriteLine($"Interrupted at generation {state.Generation}; checkpoint saved in {directory}. Run the same command to resume.");
                throw;
            }
            return Finish(state, outcome, directory, plots, entryOutput, output);
        }

        private static RunOutcome RunWithLines(EvolutionRun run, TextWriter output, CancellationToken cancellation)
        {
            DateTime last = DateTime.MinValue;
            return run.Run(
                p =>
                {
                    if (p.Activity != "evolving" || DateTime.UtcNow - last > TimeSpan.FromSeconds(10))
                    {
                        output.WriteLine(Line(p));
                        last = DateTime.UtcNow;
                    }
                },
                null,
                cancellation);
        }

        private static RunOutcome RunWithProgressBar(EvolutionRun run, IAnsiConsole console, RunLimits limits, EvolutionSettings settings, CancellationToken cancellation)
        {
            RunOutcome outcome = RunOutcome.BudgetSpent;
            console.Progress()
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    ProgressTask task = context.AddTask(Markup.Escape(Line(run.Progress("starting"))), maxValue: limits.MaxTime?.TotalSeconds ?? 1);
                    outcome = run.Run(
                        p =>
                        {
                            task.Description = Markup.Escape(Line(p));
                            task.Value = Math.Min(p.Elapsed.TotalSeconds, task.MaxValue);
                            if (p.Activity != "evolving") console.MarkupLine(Markup.Escape(Line(p)));
                        },
                        null,
                        cancellation);
                });
            return outcome;
        }

        private static int Finish(EvolutionState state, RunOutcome outcome, string directory, string plots, FileInfo? entryOutput, TextWriter output)
        {
            Directory.CreateDirectory(plots);
            string frontPng = Path.Combine(plots, "pareto-front.png");
            EvolutionPlots.ParetoFront(state, frontPng);
            output.WriteLine($"Pareto front after {state.Generation} generations ({state.Elapsed.TotalMinutes:0.0} min): {frontPng}");
            foreach (Candidate c in state.Front())
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  cost {c.Cost,3}  {c.MaxUlp,14:0.####} ULP  {c.Program}"));
            }
            VerificationAttempt? winner = state.Winner;
            if (winner == null)
            {
                output.WriteLine($"No program met {state.Settings.MaxUlp} ULP on every input within the budget; rerun with a larger --minutes or --generations to continue from the checkpoint.");
                return ExitCodes.Failed;
            }
            string errorPng = Path.Combine(plots, "error-curve.png");
            EvolutionPlots.ErrorCurve(winner.Candidate.Program, state.Settings, errorPng);
            string entryFile = Path.Combine(directory, "winner.cs");
            File.WriteAllText(entryFile, winner.EntrySource + Environment.NewLine);
            output.WriteLine($"Winner (generation {winner.Generation}, cost {winner.Candidate.Cost}, exhaustive max {winner.CertifiedMaxUlp:0.####} ULP at {winner.WorstInput}): {winner.Candidate.Program}");
            output.WriteLine($"Error curve: {errorPng}");
            output.WriteLine($"Catalog entry ({entryFile}):");
            output.WriteLine(winner.EntrySource);
            if (entryOutput is not null)
            {
                if (winner.AttributeSource.Length == 0)
                {
                    output.WriteLine("--output: this checkpoint's winner was verified before evolve wrote user entries; verify it again with a new run to get one.");
                    return ExitCodes.Failed;
                }
                File.WriteAllText(entryOutput.FullName, winner.AttributeSource);
                output.WriteLine($"Wrote {entryOutput.FullName}: add it to your project.");
            }
            return ExitCodes.Success;
        }

        private static string Line(RunProgress p) => string.Create(
            CultureInfo.InvariantCulture,
            $"gen {p.Generation,5}  best {p.BestError,12:0.####} ULP  front {p.FrontSize,3}  cheapest within bound: {(p.CheapestWithinBound?.ToString(CultureInfo.InvariantCulture) ?? "-"),3}  {p.Elapsed.TotalMinutes,5:0.0} min  {p.Activity}");

        private static string Describe(EvolutionSettings s) => string.Create(
            CultureInfo.InvariantCulture,
            $"{s.FunctionName} float32 on [{s.DomainMin}, {s.DomainMax}] <= {s.MaxUlp} ULP, population {s.PopulationSize}, seed {s.Seed}{(s.SeedFromFit ? ", seeded from fit" : "")}{(s.ConstantSearch == ConstantSearch.CmaEs ? ", CMA-ES constants" : "")}");
    }
}
