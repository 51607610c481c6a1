using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Search.Verification;
using ScottPlot;

namespace NumericKernels.Search.Evolution
{
    /// <summary>The run's pictures: the population against the Pareto front, and the winner's error over its domain.</summary>
    internal static class EvolutionPlots
    {
        /// <summary>Cost against log10 of the validation error: every member grey, the front in blue, the bound dashed, verified programs in green.</summary>
        public static void ParetoFront(EvolutionState state, string pngPath)
        {
            var plot = new Plot();
            var everyone = state.Population.Where(c => double.IsFinite(c.MaxUlp)).ToList();
            AddPoints(plot, everyone, Colors.Gray, 5, "population");
            AddPoints(plot, state.Front().Where(c => double.IsFinite(c.MaxUlp)).ToList(), Colors.Blue, 8, "Pareto front");
            AddPoints(plot, state.Verifications.Where(v => v.Passed).Select(v => v.Candidate).ToList(), Colors.Green, 12, "verified exhaustively");
            var bound = plot.Add.HorizontalLine(Math.Log10(state.Settings.MaxUlp));
            bound.LinePattern = LinePattern.Dashed;
            bound.LegendText = "bound";
            plot.Title($"nk-search evolve {state.Settings.FunctionName} float32: generation {state.Generation}");
            plot.XLabel("cost (latency-weighted operations)");
            plot.YLabel("log10 max ULP error (validation sample)");
            plot.ShowLegend();
            plot.SavePng(pngPath, 900, 600);
        }

        /// <summary>Signed error in ULPs of <paramref name="program"/> at evenly spaced float inputs of the domain.</summary>
        public static void ErrorCurve(EvolvedProgram program, EvolutionSettings settings, string pngPath, int points = 20_000)
        {
            Func<double, double> reference = Float32Sweep.Reference(settings.Function);
            var xs = new double[points];
            var ys = new double[points];
            var inputs = new float[points];
            var results = new float[points];
            for (int i = 0; i < points; i++) inputs[i] = (float)(settings.DomainMin + (settings.DomainMax - settings.DomainMin) * i / (points - 1));
            program.Evaluate(inputs, results);
            for (int i = 0; i < points; i++)
            {
                double exact = reference(inputs[i]);
                xs[i] = inputs[i];
                ys[i] = (results[i] - exact) * SampleSet.InverseFloatUlp(exact);
            }
            var plot = new Plot();
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LineWidth = 0;
            scatter.MarkerSize = 2;
            foreach (double limit in new[] { settings.MaxUlp, -settings.MaxUlp })
            {
                var line = plot.Add.HorizontalLine(limit);
                line.LinePattern = LinePattern.Dashed;
            }
            plot.Title($"{settings.FunctionName} float32, evolved program (cost {program.Cost}): error in ULPs");
            plot.XLabel("x");
            plot.YLabel("result - exact, in ULPs");
            plot.SavePng(pngPath, 900, 500);
        }

        private static void AddPoints(Plot plot, IReadOnlyList<Candidate> candidates, Color color, float size, string label)
        {
            if (candidates.Count == 0) return;
            var scatter = plot.Add.Scatter(candidates.Select(c => (double)c.Cost).ToArray(), candidates.Select(c => Math.Log10(Math.Max(c.MaxUlp, 1e-3))).ToArray());
            scatter.LineWidth = 0;
            scatter.MarkerSize = size;
            scatter.Color = color;
            scatter.LegendText = label;
        }
    }
}
