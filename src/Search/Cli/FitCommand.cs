using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Fitting;
using NumericKernels.Generators.Models;
using NumericKernels.Search.Numerics;
using Spectre.Console;

namespace NumericKernels.Search.Cli
{
    /// <summary><c>nk-search fit</c>: finds the cheapest verified program for a function, format, domain and bound.</summary>
    internal static class FitCommand
    {
        public static Command Create(TextWriter output)
        {
            var function = new Argument<string>("function") { Description = "The function: " + FittableFunctions() + "." };
            var format = new Option<string>("--format") { Description = "float32 or float64 (default float32).", DefaultValueFactory = _ => "float32" };
            var maxUlp = new Option<double?>("--max-ulp") { Description = "Error bound in ULPs the program must meet on every input of the domain (above 0.5)." };
            var domain = new Option<string?>("--domain") { Description = "Domain as min,max (e.g. --domain=-1,1); default: every input, special values included." };
            var rounding = new Option<string>("--rounding") { Description = "Rounding the result must respect: ToNearestEven (default); directed and stochastic modes are not fit yet.", DefaultValueFactory = _ => "ToNearestEven" };
            var finiteOnly = new Option<bool>("--finite-only") { Description = "The request promises finite inputs. Accepted: fit always produces entries with IEEE special values, which cover such requests too." };
            var correctlyRounded = new Option<bool>("--correctly-rounded") { Description = "Ask for correctly rounded results (not fit yet: ask for --max-ulp above 0.5 instead)." };
            var algorithm = new Option<string?>("--algorithm") { Description = "Only try this program shape (e.g. ExpCodyWaite, DirectPolynomial); default: every shape the function has." };
            var scheme = new Option<string?>("--scheme") { Description = "Evaluate the core polynomial by horner or estrin only; default: try both, cheapest first." };
            var checkpoint = new Option<string?>("--checkpoint") { Description = "File recording the candidates ruled out so far (default ./nk-fit-<function>-<format>-u<bound>.json); an interrupted fit run again resumes from it, and it is deleted when the fit ends." };
            var margin = new Option<double?>("--float64-margin") { Description = "float64 only: ULPs the verification on 10^8 inputs must leave below --max-ulp, since they are a sample (default 0.05)." };
            var file = new Option<FileInfo?>("--output") { Description = "Write the entry as [assembly: CatalogEntry(...)] to this C# file: add it to your project and the generator weighs it beside its catalog." };
            var id = new Option<string?>("--id") { Description = "The id of the --output entry (default: user. and the id fit gives it, e.g. user.exp.f32.u4.direct5)." };
            var catalogFile = new Option<FileInfo?>("--catalog-output") { Description = "Write the entry as the C# of the built-in catalog (src/Generators/Catalog), for contributors." };
            var command = new Command("fit", "Fit minimax polynomials for the generator's range reductions, round their coefficients to the format, and keep the cheapest program that nk-search verify proves within the bound.")
            {
                function, format, maxUlp, domain, rounding, finiteOnly, correctlyRounded, algorithm, scheme, margin, checkpoint, file, id, catalogFile,
            };
            command.SetAction(async (parsed, cancellation) =>
            {
                string? entryId = parsed.GetValue(id);
                if (entryId is not null && NumericKernels.Generators.Pipeline.UserCatalog.WhyNotAvailable(entryId) is string why)
                {
                    throw new UsageException($"--id '{entryId}' cannot be used: {why}.");
                }
                FitRequest request = ParseRequest(parsed.GetValue(function), parsed.GetValue(format), parsed.GetValue(maxUlp), parsed.GetValue(domain), parsed.GetValue(rounding), parsed.GetValue(algorithm), parsed.GetValue(correctlyRounded), parsed.GetValue(scheme), parsed.GetValue(margin));
                IReadOnlyList<FitCandidate> candidates;
                try
                {
                    candidates = CandidatePlanner.Plan(request);
                }
                catch (NotSupportedException e)
                {
                    throw new UsageException(e.Message);
                }
                string checkpointPath = Path.GetFullPath(parsed.GetValue(checkpoint) ?? FitCheckpoint.DefaultPath(request));
                FitCheckpoint saved;
                try
                {
                    saved = FitCheckpoint.OpenOrCreate(checkpointPath, request);
                }
                catch (InvalidDataException e)
                {
                    throw new UsageException(e.Message);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new UsageException($"--checkpoint: cannot write {checkpointPath} ({e.Message})");
                }
                if (saved.Decided.Count > 0)
                {
                    output.WriteLine($"nk-search fit: resuming from {checkpointPath}: {saved.Decided.Count} candidate(s) already ruled out.");
                }
                var outputs = new FitOutputs(parsed.GetValue(file), entryId, parsed.GetValue(catalogFile));
                return await RunAsync(request, candidates.Count, outputs, saved, output, cancellation).ConfigureAwait(false);
            });
            return command;
        }

        /// <summary>The functions some program descriptor can fit, from the registry: "exp, log, ...; float32 only: sin, ...".</summary>
        internal static string FittableFunctions()
        {
            bool Fits(MathFunctionId f, ElementKind e) =>
                NumericKernels.Generators.Programs.Algorithms.AlgorithmRegistry.All.Any(d => d.CanFit(f, e, double.NegativeInfinity, double.PositiveInfinity));
            string Name(MathFunctionId f) => NumericKernels.Generators.Planning.Describe.Function(f);
            var functions = Enum.GetValues<MathFunctionId>();
            string both = string.Join(", ", functions.Where(f => Fits(f, ElementKind.Float32) && Fits(f, ElementKind.Float64)).Select(Name));
            string[] singleOnly = functions.Where(f => Fits(f, ElementKind.Float32) && !Fits(f, ElementKind.Float64)).Select(Name).ToArray();
            return singleOnly.Length == 0 ? both : $"{both}; float32 only: {string.Join(", ", singleOnly)}";
        }

        /// <summary>Validates the arguments; every problem is one <see cref="UsageException"/> line.</summary>
        public static FitRequest ParseRequest(string? functionName, string? format, double? maxUlp, string? domain, string? rounding, string? algorithm = null, bool correctlyRounded = false, string? scheme = null, double? float64Margin = null)
        {
            if (correctlyRounded)
            {
                throw new UsageException("--correctly-rounded is not supported by nk-search fit yet (correctly rounded programs need an RLIBM-style search); ask for --max-ulp above 0.5 instead.");
            }
            var known = Enum.GetValues<MathFunctionId>().ToDictionary(f => NumericKernels.Generators.Planning.Describe.Function(f), StringComparer.OrdinalIgnoreCase);
            if (functionName == null || !known.TryGetValue(functionName, out MathFunctionId function))
            {
                throw new UsageException($"unknown function '{functionName}' (known: {string.Join(", ", known.Keys)}).");
            }
            ElementKind element = format?.ToLowerInvariant() switch
            {
                "float32" or "float" or "single" => ElementKind.Float32,
                "float64" or "double" => ElementKind.Float64,
                _ => throw new UsageException($"--format must be float32 or float64, not '{format}'."),
            };
            if (maxUlp == null) throw new UsageException("--max-ulp is required: the error bound in ULPs, e.g. --max-ulp 1.");
            if (!(maxUlp > 0.5) || !double.IsFinite(maxUlp.Value))
            {
                throw new UsageException($"--max-ulp must be a finite number above 0.5 (0.5 is correct rounding, which a polynomial fit cannot promise), not {maxUlp.Value.ToString(CultureInfo.InvariantCulture)}.");
            }
            string roundingName = (rounding ?? "ToNearestEven").Replace("-", "", StringComparison.Ordinal);
            if (!string.Equals(roundingName, "ToNearestEven", StringComparison.OrdinalIgnoreCase))
            {
                bool knownMode = Enum.GetNames<RoundingModeId>().Any(n => string.Equals(n, roundingName, StringComparison.OrdinalIgnoreCase));
                throw new UsageException(knownMode
                    ? $"--rounding {rounding} is not supported by nk-search fit yet: only results rounded to nearest (ToNearestEven) are fit."
                    : $"unknown --rounding '{rounding}' (known: {string.Join(", ", Enum.GetNames<RoundingModeId>())}).");
            }
            var (min, max) = ParseDomain(domain);
            KernelAlgorithm? shape = null;
            if (algorithm != null)
            {
                shape = Enum.TryParse(algorithm, ignoreCase: true, out KernelAlgorithm parsed) && Enum.IsDefined(parsed)
                    ? parsed
                    : throw new UsageException($"unknown --algorithm '{algorithm}' (known: {string.Join(", ", Enum.GetNames<KernelAlgorithm>())}).");
            }
            EvaluationScheme? evaluation = scheme?.ToLowerInvariant() switch
            {
                null => null,
                "horner" => EvaluationScheme.Horner,
                "estrin" => EvaluationScheme.Estrin,
                _ => throw new UsageException($"--scheme must be horner or estrin, not '{scheme}'."),
            };
            double margin = float64Margin ?? FitRequest.DefaultFloat64Margin;
            if (float64Margin != null && element == ElementKind.Float32)
            {
                throw new UsageException("--float64-margin applies to --format float64 only: float32 is verified on every input.");
            }
            if (!(margin >= 0) || !(maxUlp.Value - margin > 0.5))
            {
                throw new UsageException($"--float64-margin must be at least 0 and leave more than 0.5 ULP below --max-ulp, not {margin.ToString(CultureInfo.InvariantCulture)}.");
            }
            return new FitRequest(function, element, maxUlp.Value, min, max, shape, evaluation, margin);
        }

        private static (double Min, double Max) ParseDomain(string? domain)
        {
            if (string.IsNullOrWhiteSpace(domain)) return (double.NegativeInfinity, double.PositiveInfinity);
            string[] parts = domain.Split(',');
            if (parts.Length != 2 || !TryParseBound(parts[0], out double min) || !TryParseBound(parts[1], out double max))
            {
                throw new UsageException($"--domain must be two numbers min,max (e.g. --domain=-1,1), not '{domain}'.");
            }
            if (!(min < max)) throw new UsageException($"--domain must have min < max, not '{domain}'.");
            return (min, max);
        }

        private static bool TryParseBound(string text, out double value)
        {
            text = text.Trim();
            if (string.Equals(text, "inf", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "+inf", StringComparison.OrdinalIgnoreCase))
            {
                value = double.PositiveInfinity;
                return true;
            }
            if (string.Equals(text, "-inf", StringComparison.OrdinalIgnoreCase))
            {
                value = double.NegativeInfinity;
                return true;
            }
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                || HexFloatText.TryParseDouble(text, out value);
        }

        /// <summary>Where fit writes its winner: the user-entry file (with its id) and the contributors' catalog form.</summary>
        private sealed record FitOutputs(FileInfo? UserEntryFile, string? Id, FileInfo? CatalogFile);

        private static async Task<int> RunAsync(FitRequest request, int candidateCount, FitOutputs outputs, FitCheckpoint checkpoint, TextWriter output, CancellationToken cancellation)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            if (!console.Profile.Capabilities.Interactive) console.Profile.Width = 220;
            var state = new FitProgressState();
            var stopwatch = Stopwatch.StartNew();
            FitOutcome outcome = null!;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    ProgressTask overall = context.AddTask("candidates", maxValue: candidateCount);
                    ProgressTask? current = null;
                    FitCandidate? shown = null;
                    Task<FitOutcome> run = Task.Run(() => FitSearch.Run(request, state, cancellation, checkpoint), cancellation);
                    while (true)
                    {
                        var (candidate, stage, planned, done, finished) = state.Snapshot();
                        overall.Value = finished;
                        if (candidate != null && (candidate != shown || current == null))
                        {
                            current?.StopTask();
                            current = context.AddTask(Markup.Escape(candidate.ToString()));
                            shown = candidate;
                        }
                        if (current != null)
                        {
                            current.Description = Markup.Escape(shown + ": " + stage);
                            current.MaxValue = planned > 0 ? planned : 1;
                            current.Value = planned > 0 ? done : 0;
                        }
                        if (run.IsCompleted) break;
                        await Task.WhenAny(run, Task.Delay(200, CancellationToken.None)).ConfigureAwait(false);
                    }
                    current?.StopTask();
                    overall.Value = overall.MaxValue;
                    try
                    {
                        outcome = await run.ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        output.WriteLine($"Interrupted; {checkpoint.Decided.Count} candidate(s) ruled out are saved in {checkpoint.Path}. Run the same command to resume.");
                        throw;
                    }
                }).ConfigureAwait(false);
            checkpoint.Delete();

            WriteCandidates(console, outcome.Tried);
            TimeSpan elapsed = stopwatch.Elapsed;
            if (outcome.Entry == null)
            {
                output.WriteLine($"nk-search fit: no candidate met {request.MaxUlp.ToString(CultureInfo.InvariantCulture)} ULP ({outcome.Tried.Count} tried in {elapsed.TotalSeconds:0} s).");
                return ExitCodes.Failed;
            }
            string comment = string.Format(
                CultureInfo.InvariantCulture,
                "{0}: {1}, minimax relative error 2^{2:0.00}, {3:0.0} s",
                NumericKernels.Generators.Planning.FitCommand.Request(
                    request.Function, request.Element, request.MaxUlp, request.DomainMin, request.DomainMax, finiteOnly: false, RoundingModeId.ToNearestEven, correctlyRounded: false),
                outcome.Tried[^1].Candidate,
                Math.Log2(outcome.Tried[^1].RoundedError ?? double.NaN),
                elapsed.TotalSeconds);
            string code = CatalogEntryWriter.Write(outcome.Entry, comment);
            output.WriteLine();
            output.Write(code);
            if (outputs.CatalogFile != null)
            {
                await File.WriteAllTextAsync(outputs.CatalogFile.FullName, code, CancellationToken.None).ConfigureAwait(false);
                output.WriteLine("Wrote " + outputs.CatalogFile.FullName);
            }
            if (outputs.UserEntryFile != null)
            {
                string id = outputs.Id ?? "user." + outcome.Entry.Id;
                string attribute = CatalogEntryWriter.WriteAttribute(outcome.Entry, id, comment);
                await File.WriteAllTextAsync(outputs.UserEntryFile.FullName, attribute, CancellationToken.None).ConfigureAwait(false);
                output.WriteLine($"Wrote {outputs.UserEntryFile.FullName}: entry {id}. Add the file to your project; [Approximate] requests it covers can now take it (pin it with Variant = \"{id}\").");
            }
            return ExitCodes.Success;
        }

        private static void WriteCandidates(IAnsiConsole console, IReadOnlyList<CandidateOutcome> tried)
        {
            var table = new Table().AddColumns("Candidate", "Cost", "Minimax error", "Rounded", "Simulated ULP", "Verified ULP", "Verdict");
            foreach (CandidateOutcome o in tried)
            {
                table.AddRow(
                    Markup.Escape(o.Candidate.Shape),
                    o.Candidate.Cost.ToString(CultureInfo.InvariantCulture),
                    Log2(o.MinimaxError),
                    Log2(o.RoundedError),
                    o.SimulatedUlp?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-",
                    o.VerifiedUlp?.ToString("0.0000", CultureInfo.InvariantCulture) ?? "-",
                    o.Verdict == "accepted" ? "[green]accepted[/]" : Markup.Escape(o.Verdict));
            }
            console.Write(table);
        }

        private static string Log2(double? error) => error is double e && e > 0 ? "2^" + Math.Log2(e).ToString("0.00", CultureInfo.InvariantCulture) : "-";

        /// <summary>Shared between the search thread and the display loop.</summary>
        private sealed class FitProgressState : IFitProgress
        {
            private readonly object _gate = new object();
            private FitCandidate? _candidate;
            private string _stage = "";
            private long _planned;
            private long _done;
            private int _finished;

            public void Stage(FitCandidate candidate, string stage, long plannedInputs = 0)
            {
                lock (_gate)
                {
                    _candidate = candidate;
                    _stage = stage;
                    _planned = plannedInputs;
                    _done = 0;
                }
            }

            public void InputsDone(long count) => Interlocked.Add(ref _done, count);

            public void Finished(CandidateOutcome outcome) => Interlocked.Increment(ref _finished);

            public (FitCandidate? Candidate, string Stage, long Planned, long Done, int Finished) Snapshot()
            {
                lock (_gate)
                {
                    return (_candidate, _stage, _planned, Interlocked.Read(ref _done), Volatile.Read(ref _finished));
                }
            }
        }
    }
}
