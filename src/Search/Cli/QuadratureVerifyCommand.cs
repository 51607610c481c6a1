using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Generators.Quadrature;
using NumericKernels.Search.Quadrature;
using Spectre.Console;

namespace NumericKernels.Search.Cli
{
    /// <summary>
    /// <c>nk-search quadrature-verify</c>: every Gauss-Legendre rule the generator computes (1 to 1024 points), each node
    /// and weight against MPFR at 256 bits, rounded to double and to float. Finished point counts are checkpointed, so a
    /// killed run resumes where it stopped.
    /// </summary>
    internal static class QuadratureVerifyCommand
    {
        public static Command Create(TextWriter output)
        {
            var points = new Option<string>("--points") { Description = "Point counts to check: 'all' (1-1024), a range 'a-b' or one count.", DefaultValueFactory = _ => "all" };
            var checkpoint = new Option<string?>("--checkpoint") { Description = "Checkpoint file (default ./nk-quadrature-verify.json); deleted when the run completes." };
            var command = new Command("quadrature-verify", "Check the generator's Gauss-Legendre nodes and weights against MPFR at 256 bits: every bit, in double and in float.")
            {
                points, checkpoint,
            };
            command.SetAction((parsed, cancellation) =>
            {
                IReadOnlyList<int> counts = ParsePoints(parsed.GetValue(points)!);
                string file = Path.GetFullPath(parsed.GetValue(checkpoint) ?? "nk-quadrature-verify.json");
                return RunAsync(counts, file, output, cancellation);
            });
            return command;
        }

        internal static IReadOnlyList<int> ParsePoints(string text)
        {
            const int Max = GaussLegendre.MaxPoints;
            if (string.Equals(text, "all", StringComparison.OrdinalIgnoreCase))
            {
                return Enumerable.Range(1, Max).ToArray();
            }
            string[] parts = text.Split('-');
            if (parts.Length is 1 or 2
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int first)
                && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int last)
                && first >= 1 && last <= Max && first <= last)
            {
                return Enumerable.Range(first, last - first + 1).ToArray();
            }
            throw new UsageException($"--points: '{text}' is not 'all', a count or a range a-b with 1 <= a <= b <= {Max}.");
        }

        private sealed record Checkpoint(List<GaussLegendreResult> Done);

        private static async Task<int> RunAsync(IReadOnlyList<int> counts, string file, TextWriter output, CancellationToken cancellation)
        {
            Checkpoint checkpoint = JsonCheckpoint.Open(file, "quadrature-verify", () => new Checkpoint(new List<GaussLegendreResult>()));
            var done = new Dictionary<int, GaussLegendreResult>();
            foreach (GaussLegendreResult r in checkpoint.Done)
            {
                done[r.Points] = r;
            }
            if (done.Count > 0)
            {
                output.WriteLine($"resuming from {file}: {done.Count} rule(s) already checked.");
            }
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            // The reference costs about n^2 operations per rule: measure progress in that unit, largest rules first so the
            // two cores finish together.
            int[] pending = counts.Where(n => !done.ContainsKey(n)).OrderByDescending(n => n).ToArray();
            var gate = new object();
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    ProgressTask task = context.AddTask("Gauss-Legendre rules", maxValue: Math.Max(1, pending.Sum(n => (double)n * n)));
                    await Task.Run(() => Parallel.ForEach(pending, new ParallelOptions { CancellationToken = cancellation }, n =>
                    {
                        GaussLegendreResult result = GaussLegendreCheck.Run(n);
                        lock (gate)
                        {
                            done[n] = result;
                            checkpoint.Done.Add(result);
                            JsonCheckpoint.Save(file, checkpoint);
                            task.Increment((double)n * n);
                        }
                    }), cancellation).ConfigureAwait(false);
                }).ConfigureAwait(false);

            GaussLegendreResult[] results = counts.Select(n => done[n]).ToArray();
            int values = results.Sum(r => 4 * r.Points);
            int mismatches = results.Sum(r => r.Mismatches);
            GaussLegendreResult slowest = results.OrderByDescending(r => r.GenerationMilliseconds).First();
            var table = new Table().AddColumns("rules", "points", "values checked (double and float)", "mismatches", "slowest generation");
            table.AddRow(
                results.Length.ToString(CultureInfo.InvariantCulture),
                counts.Min() == counts.Max() ? counts.Min().ToString(CultureInfo.InvariantCulture) : $"{counts.Min()}-{counts.Max()}",
                values.ToString("N0", CultureInfo.InvariantCulture),
                mismatches.ToString(CultureInfo.InvariantCulture),
                $"{slowest.GenerationMilliseconds:F0} ms (n = {slowest.Points})");
            console.Write(table);
            foreach (string example in results.Where(r => !r.Passed).SelectMany(r => r.Examples).Take(20))
            {
                output.WriteLine(example);
            }
            output.WriteLine(mismatches == 0
                ? $"quadrature-verify: every node and weight of {results.Length} Gauss-Legendre rule(s) is correctly rounded, in double and in float."
                : "quadrature-verify: MISMATCHES found (see above).");
            File.Delete(file);
            return mismatches == 0 ? ExitCodes.Success : ExitCodes.Failed;
        }
    }
}
