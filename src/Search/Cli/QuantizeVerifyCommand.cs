using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Search.Quantization;
using Spectre.Console;

namespace NumericKernels.Search.Cli
{
    /// <summary>
    /// <c>nk-search quantize-verify</c>: the [Quantize] kernels the generator emits, compiled and run over every float32
    /// bit pattern, byte for byte against the scalar reference, and their [Dequantize] twins over every code. Finished
    /// configurations are checkpointed, so a killed run resumes where it stopped.
    /// </summary>
    internal static class QuantizeVerifyCommand
    {
        public static Command Create(TextWriter output)
        {
            var format = new Option<string>("--format") { Description = "Element format (Float8E4M3, Float4E2M1, ...) or 'all'.", DefaultValueFactory = _ => "all" };
            var rounding = new Option<string>("--rounding") { Description = "Rounding mode (ToNearestEven, TowardZero, ...) or 'all' for the five deterministic ones.", DefaultValueFactory = _ => "ToNearestEven" };
            var overflow = new Option<string>("--overflow") { Description = "Saturate, NonFinite or 'all' (NonFinite only where the format has infinity or NaN).", DefaultValueFactory = _ => "Saturate" };
            var stride = new Option<long>("--stride") { Description = "Check every n-th float bit pattern; 1 (the default) checks all 2^32.", DefaultValueFactory = _ => 1 };
            var checkpoint = new Option<string?>("--checkpoint") { Description = "Checkpoint file (default ./nk-quantize-verify.json); deleted when the run completes." };
            var command = new Command("quantize-verify", "Run the generated [Quantize] kernels over every float32 (and [Dequantize] over every code) and compare each byte with the scalar reference conversions.")
            {
                format, rounding, overflow, stride, checkpoint,
            };
            command.SetAction((parsed, cancellation) =>
            {
                IReadOnlyList<NumberFormat> formats = Parse(parsed.GetValue(format)!, "--format", QuantizationSweep.ElementFormats);
                IReadOnlyList<RoundingMode> roundings = Parse(parsed.GetValue(rounding)!, "--rounding", Enum.GetValues<RoundingMode>().Where(r => r != RoundingMode.Stochastic).ToArray());
                IReadOnlyList<OverflowMode> overflows = Parse(parsed.GetValue(overflow)!, "--overflow", Enum.GetValues<OverflowMode>());
                long every = parsed.GetValue(stride);
                if (every < 1 || every > uint.MaxValue) throw new UsageException("--stride must be between 1 and 4294967295.");
                string file = Path.GetFullPath(parsed.GetValue(checkpoint) ?? "nk-quantize-verify.json");
                var configs = QuantizationSweep.Configs(formats, roundings, overflows);
                if (configs.Count == 0) throw new UsageException("no configuration to check: NonFinite applies only to formats with infinity or NaN.");
                return RunAsync(configs, every, file, output, cancellation);
            });
            return command;
        }

        private static IReadOnlyList<T> Parse<T>(string text, string option, IReadOnlyList<T> all)
            where T : struct, Enum
        {
            if (string.Equals(text, "all", StringComparison.OrdinalIgnoreCase))
            {
                return all;
            }
            T? match = all.Cast<T?>().FirstOrDefault(v => string.Equals(v.ToString(), text, StringComparison.OrdinalIgnoreCase));
            return match is T value
                ? new[] { value }
                : throw new UsageException($"{option}: '{text}' is not one of {string.Join(", ", all)} or 'all'.");
        }

        private sealed record Checkpoint(long Stride, List<QuantizationResult> Done);

        private static async Task<int> RunAsync(IReadOnlyList<QuantizationConfig> configs, long stride, string file, TextWriter output, CancellationToken cancellation)
        {
            Checkpoint checkpoint = JsonCheckpoint.Open(file, "quantize-verify", () => new Checkpoint(stride, new List<QuantizationResult>()));
            if (checkpoint.Stride != stride)
            {
                throw new UsageException($"{file} is a checkpoint of a run with another --stride; delete it or pass another --checkpoint.");
            }
            var done = checkpoint.Done.ToDictionary(r => r.Key, StringComparer.Ordinal);
            if (done.Count > 0)
            {
                output.WriteLine($"resuming from {file}: {done.Count} configuration(s) already checked.");
            }
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
            if (!console.Profile.Capabilities.Interactive)
            {
                console.Profile.Width = 160;
            }
            var times = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async context =>
                {
                    foreach (QuantizationConfig config in configs.Where(c => !done.ContainsKey(c.Key)))
                    {
                        ProgressTask task = context.AddTask(Markup.Escape(config.Key), maxValue: QuantizationSweep.PlannedInputs(stride));
                        long checkedInputs = 0;
                        var stopwatch = Stopwatch.StartNew();
                        Task<QuantizationResult> run = Task.Run(() => QuantizationSweep.Run(config, stride, n => Interlocked.Add(ref checkedInputs, n), cancellation), cancellation);
                        while (!run.IsCompleted)
                        {
                            task.Value = Interlocked.Read(ref checkedInputs);
                            await Task.WhenAny(run, Task.Delay(200, CancellationToken.None)).ConfigureAwait(false);
                        }
                        QuantizationResult result = await run.ConfigureAwait(false);
                        task.Value = task.MaxValue;
                        task.StopTask();
                        times[config.Key] = stopwatch.Elapsed;
                        done[config.Key] = result;
                        checkpoint.Done.Add(result);
                        JsonCheckpoint.Save(file, checkpoint);
                    }
                }).ConfigureAwait(false);

            var table = new Table().AddColumns("configuration", "float inputs", "mismatches", "codes decoded", "decode mismatches", "time");
            foreach (QuantizationConfig config in configs)
            {
                QuantizationResult r = done[config.Key];
                string time = times.TryGetValue(config.Key, out TimeSpan t) ? $"{t.TotalSeconds:F0} s" : "(checkpoint)";
                table.AddRow(Markup.Escape(r.Key), r.Inputs.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), r.Mismatches.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    r.CodesChecked.ToString(System.Globalization.CultureInfo.InvariantCulture), r.CodeMismatches.ToString(System.Globalization.CultureInfo.InvariantCulture), time);
            }
            console.Write(table);
            foreach (QuantizationResult r in configs.Select(c => done[c.Key]).Where(r => !r.Passed))
            {
                foreach (string example in r.Examples)
                {
                    output.WriteLine($"{r.Key}: {example}");
                }
            }
            bool passed = configs.All(c => done[c.Key].Passed);
            output.WriteLine(passed
                ? $"quantize-verify: every kernel is bit-identical to the reference ({configs.Count} configuration(s), stride {stride})."
                : "quantize-verify: MISMATCHES found (see above).");
            File.Delete(file);
            return passed ? ExitCodes.Success : ExitCodes.Failed;
        }
    }
}
