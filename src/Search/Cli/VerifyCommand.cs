using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Verification;
using Spectre.Console;

namespace NumericKernels.Search.Cli
{
    /// <summary><c>nk-search verify</c>: runs catalog entries as emitted and measures them against MPFR.</summary>
    internal static class VerifyCommand
    {
        public static Command Create(TextWriter output)
        {
            var entries = new Option<string[]>("--entry") { Description = "Catalog entry id to verify (repeatable), e.g. exp.f32.u1.", Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = false };
            var all = new Option<bool>("--all") { Description = "Verify every catalog entry." };
            var exhaustive = new Option<bool>("--exhaustive") { Description = "float32: check every bit pattern of the domain (NaNs and infinities included for IEEE entries); float64: 10^8 random and targeted inputs." };
            var samples = new Option<long?>("--samples") { Description = "float64: random inputs (default 10^6, or 10^8 with --exhaustive); float32 sampled mode: strided inputs (default 2^24)." };
            var seed = new Option<ulong?>("--seed") { Description = "Seed of the float64 random inputs (default fixed, so records reproduce)." };
            var markdown = new Option<FileInfo?>("--output") { Description = "Also write the results table as markdown to this file." };
            var file = new Option<FileInfo?>("--file") { Description = "Verify the [assembly: CatalogEntry] entries of this C# file (what fit --output writes) instead of catalog entries." };
            var command = new Command("verify", "Compile the code the generator emits for catalog entries, run it over their domain and measure its error in ULPs against MPFR.")
            {
                entries, all, exhaustive, samples, seed, markdown, file,
            };
            command.SetAction(async (parsed, cancellation) =>
            {
                FileInfo? entryFile = parsed.GetValue(file);
                if (entryFile is not null && (parsed.GetValue(entries) is { Length: > 0 } || parsed.GetValue(all)))
                {
                    throw new UsageException("use --file on its own, without --entry or --all.");
                }
                IReadOnlyList<CatalogEntry> selected = entryFile is not null
                    ? UserEntryFile.Read(entryFile.FullName, cancellation)
                    : Select(parsed.GetValue(entries), parsed.GetValue(all));
                long? sampleCount = parsed.GetValue(samples);
                if (sampleCount is <= 0) throw new UsageException("--samples must be a positive number of inputs.");
                var settings = new VerificationSettings(
                    parsed.GetValue(exhaustive) ? SweepMode.Exhaustive : SweepMode.Sampled,
                    sampleCount,
                    parsed.GetValue(seed) ?? VerificationSettings.DefaultSeed);
                FileInfo? markdownFile = parsed.GetValue(markdown);
                return await RunAsync(selected, settings, markdownFile, output, cancellation).ConfigureAwait(false);
            });
            return command;
        }

        /// <summary>Resolves --entry/--all to catalog entries, rejecting unknown ids and contradictory choices.</summary>
        public static IReadOnlyList<CatalogEntry> Select(string[]? ids, bool all)
        {
            bool named = ids is { Length: > 0 };
            if (named && all) throw new UsageException("use either --entry or --all, not both.");
            if (!named && !all) throw new UsageException("name the entries to verify with --entry <id>, or use --all.");
            var catalog = KernelCatalog.Entries;
            if (all)
            {
                if (catalog.IsEmpty) throw new UsageException("the catalog has no entries to verify.");
                return catalog;
            }
            var selected = new List<CatalogEntry>();
            foreach (string id in ids!)
            {
                CatalogEntry? entry = catalog.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
                if (entry == null)
                {
                    string known = catalog.IsEmpty ? "the catalog is empty" : "known: " + string.Join(", ", catalog.Select(e => e.Id));
                    throw new UsageException($"unknown catalog entry '{id}' ({known}).");
                }
                if (!selected.Contains(entry)) selected.Add(entry);
            }
            return selected;
        }

        private static async Task<int> RunAsync(IReadOnlyList<CatalogEntry> entries, VerificationSettings settings, FileInfo? markdownFile, TextWriter output, CancellationToken cancellation)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            if (!console.Profile.Capabilities.Interactive)
            {
                // Redirected output (CI logs, files) has no terminal width; the default 80 columns would wrap every cell.
                console.Profile.Width = 220;
            }
            var results = new List<EntryVerification>();
            var times = new List<TimeSpan>();
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    foreach (CatalogEntry entry in entries)
                    {
                        ProgressTask task = context.AddTask(Markup.Escape(entry.Id), maxValue: EntryVerifier.PlannedInputs(entry, settings));
                        long done = 0;
                        var stopwatch = Stopwatch.StartNew();
                        Task<EntryVerification> run = Task.Run(() => EntryVerifier.Verify(entry, settings, n => Interlocked.Add(ref done, n), cancellation), cancellation);
                        while (!run.IsCompleted)
                        {
                            task.Value = Interlocked.Read(ref done);
                            await Task.WhenAny(run, Task.Delay(200, CancellationToken.None)).ConfigureAwait(false);
                        }
                        EntryVerification result = await run.ConfigureAwait(false);
                        task.Value = task.MaxValue;
                        task.StopTask();
                        results.Add(result);
                        times.Add(stopwatch.Elapsed);
                    }
                }).ConfigureAwait(false);

            VerificationReport.WriteTable(console, results, times);
            VerificationReport.WriteRecordLines(output, results);
            if (markdownFile != null)
            {
                await File.WriteAllTextAsync(markdownFile.FullName, VerificationReport.Markdown(results), CancellationToken.None).ConfigureAwait(false);
                output.WriteLine("Wrote " + markdownFile.FullName);
            }
            return results.All(r => r.Passed) ? ExitCodes.Success : ExitCodes.Failed;
        }
    }
}
