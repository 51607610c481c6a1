using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Filters;
using Perfolizer.Horology;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace NumericKernels.Benchmarks.Infrastructure
{
    /// <summary>The job, columns, exporters and peer filter every run of the suite uses.</summary>
    public static class BenchmarkConfig
    {
        /// <summary>
        /// In process, so every peer runs in the same process as the others (as the design asks) and the run does
        /// not rebuild the project per benchmark on a small machine. Iteration counts are fixed and iterations short
        /// (about 40 cases, a few seconds each) so a full run stays within minutes; an iteration of a 16M case is a
        /// single call, which BenchmarkDotNet's pilot stage picks by itself with unroll factor 1.
        /// </summary>
        public static Job Job { get; } = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(5)
            .WithIterationCount(25)
            .WithIterationTime(TimeInterval.FromMilliseconds(150))
            .WithUnrollFactor(1)
            .WithId("NkShort");

        /// <summary>
        /// The clock iterations are timed with: wall time unless the environment variable NK_CLOCK is "thread-cpu"
        /// (see <see cref="ThreadCpuClock"/>); benchmarks/run.sh picks thread-cpu when the machine is busy.
        /// </summary>
        public static bool UsesThreadCpuClock =>
            string.Equals(Environment.GetEnvironmentVariable("NK_CLOCK"), "thread-cpu", StringComparison.Ordinal);

        /// <param name="excludedCategories">Peer categories to leave out, e.g. SLEEF when the shim was not built.</param>
        public static IConfig Create(IReadOnlyCollection<string> excludedCategories)
        {
            var config = ManualConfig.CreateEmpty()
                .AddColumnProvider(DefaultColumnProviders.Instance)
                .AddLogger(DefaultConfig.Instance.GetLoggers().ToArray())
                .AddAnalyser(DefaultConfig.Instance.GetAnalysers().ToArray())
                .AddValidator(DefaultConfig.Instance.GetValidators().ToArray())
                .AddJob(UsesThreadCpuClock ? Job.WithClock(ThreadCpuClock.Instance) : Job)
                .AddColumn(StatisticColumn.Median, new NanosecondsPerElementColumn())
                .AddExporter(MarkdownExporter.GitHub, CsvExporter.Default, JsonExporter.Full)
                .HideColumns(Column.Job, Column.Clock, Column.Toolchain, Column.IterationCount, Column.WarmupCount, Column.IterationTime, Column.UnrollFactor);
            if (excludedCategories.Count > 0)
            {
                config = config.AddFilter(new SimpleFilter(benchmark =>
                    !benchmark.Descriptor.Categories.Any(excludedCategories.Contains)));
            }
            return config;
        }
    }
}
