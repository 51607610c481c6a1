using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace NumericKernels.Samples.LowPrecisionLorenz;

/// <summary>The long-run densities of x and z of each run, side by side.</summary>
internal static class Plots
{
    public static void Save(IReadOnlyList<(string Name, Samples Samples)> runs, string path)
    {
        var multiplot = new Multiplot();
        multiplot.AddPlots(2);
        Draw(multiplot.GetPlot(0), runs, s => s.X, "x", -25, 25);
        Draw(multiplot.GetPlot(1), runs, s => s.Z, "z", 0, 55);
        multiplot.Layout = new ScottPlot.MultiplotLayouts.Columns();
        multiplot.SavePng(path, 1400, 550);
    }

    private static void Draw(Plot plot, IReadOnlyList<(string Name, Samples Samples)> runs, Func<Samples, double[]> coordinate, string label, double min, double max)
    {
        const int bins = 120;
        double width = (max - min) / bins;
        double[] centers = Enumerable.Range(0, bins).Select(i => min + (i + 0.5) * width).ToArray();
        var palette = new ScottPlot.Palettes.Category10();
        double top = 0;
        for (int r = 0; r < runs.Count; r++)
        {
            double[] values = coordinate(runs[r].Samples);
            var density = new double[bins];
            foreach (double v in values)
            {
                int bin = (int)Math.Floor((v - min) / width);
                if (bin >= 0 && bin < bins)
                {
                    density[bin] += 1.0 / (values.Length * width);
                }
            }
            top = r == 0 ? density.Max() : top;
            var line = plot.Add.ScatterLine(centers, density);
            line.LegendText = runs[r].Name;
            line.LineWidth = r == 0 ? 3 : 1.5f;
            line.Color = palette.GetColor(r);
        }
        // A run stuck at a fixed point is a spike far above the attractor's density: cut it at twice the reference's peak.
        plot.Axes.SetLimitsY(0, 2 * top);
        plot.XLabel(label);
        plot.YLabel("density (cut at twice the float64 peak)");
        plot.Title("long-run distribution of " + label);
        plot.ShowLegend(Alignment.UpperRight);
    }
}
