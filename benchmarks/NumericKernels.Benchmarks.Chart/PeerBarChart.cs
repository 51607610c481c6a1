using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ScottPlot;

namespace NumericKernels.Benchmarks.Chart
{
    /// <summary>Horizontal bars of ns/element, one per (function, peer), fastest at the top of each function's group.</summary>
    internal static class PeerBarChart
    {
        public static void Save(IReadOnlyList<BenchmarkResult> results, int elements, string pngPath)
        {
            // Position 0 is drawn at the bottom, so order slowest-first within each function.
            var ordered = results
                .OrderByDescending(r => r.Type, StringComparer.Ordinal)
                .ThenByDescending(r => r.NanosecondsPerElement)
                .ToList();
            var types = ordered.Select(r => r.Type).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
            var palette = new ScottPlot.Palettes.Category10();

            var plot = new Plot();
            var bars = ordered.Select((r, i) => new Bar
            {
                Position = i,
                Value = r.NanosecondsPerElement,
                FillColor = palette.GetColor(types.IndexOf(r.Type)),
                Label = r.NanosecondsPerElement.ToString("0.000", CultureInfo.InvariantCulture),
            }).ToArray();
            plot.Add.Bars(bars).Horizontal = true;
            plot.Axes.Left.SetTicks(
                Enumerable.Range(0, ordered.Count).Select(i => (double)i).ToArray(),
                ordered.Select(r => r.Type + "." + r.Method).ToArray());
            plot.Axes.Margins(left: 0, right: 0.15, bottom: 0.02, top: 0.02);
            plot.XLabel("ns per element (lower is better)");
            plot.Title("float32 span kernels, N = " + elements.ToString(CultureInfo.InvariantCulture));
            plot.SavePng(pngPath, 1000, 120 + 36 * ordered.Count);
        }
    }
}
