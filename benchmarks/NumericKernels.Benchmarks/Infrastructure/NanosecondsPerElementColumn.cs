using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NumericKernels.Benchmarks.Infrastructure
{
    /// <summary>
    /// "ns/elem": the mean time of one call divided by the element count N, the figure that compares across sizes
    /// and against published per-element costs.
    /// </summary>
    /// <remarks>
    /// Printed as a plain invariant number without unit so the CSV and the chart helper can read it back.
    /// </remarks>
    public sealed class NanosecondsPerElementColumn : IColumn
    {
        public const string Title = "ns/elem";

        /// <summary>Name of the <c>[Params]</c> field holding the element count.</summary>
        public const string SizeParameterName = "N";

        public string Id => nameof(NanosecondsPerElementColumn);

        public string ColumnName => Title;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 100;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Mean time per element (Mean / N), in nanoseconds";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            object? size = benchmarkCase.Parameters[SizeParameterName];
            if (statistics == null || size == null)
            {
                return "NA";
            }
            double nanosecondsPerElement = statistics.Mean / Convert.ToDouble(size, CultureInfo.InvariantCulture);
            return nanosecondsPerElement.ToString("0.0000", CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public override string ToString() => ColumnName;
    }
}
