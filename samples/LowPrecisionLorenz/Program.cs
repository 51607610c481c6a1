using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NumericKernels.Samples.LowPrecisionLorenz;
using Spectre.Console;

// The Lorenz (1963) system integrated by an ensemble of members in float64 and in bfloat16 and float16 arithmetic with
// round-to-nearest-even and with stochastic rounding (every operation's result rounded by a generated [Quantize]
// kernel), as Paxton et al. (J. Climate 2022, arXiv 2104.15076) do: the long-run distributions of x, y and z are
// compared with the float64 run's by the Wasserstein-1 distance, beside the distance between two float64 ensembles
// started apart (the sampling noise floor). Round-to-nearest loses every increment below half a step of the state
// (stagnation); stochastic rounding keeps them in expectation.

var options = Options.Parse(args);
if (options is null)
{
    return 2;
}

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
AnsiConsole.MarkupLine($"[bold]Lorenz 1963[/] (sigma 10, rho 28, beta 8/3), forward Euler, dt = {options.Dt}, {options.Steps:N0} steps, {options.Members} members, spin-up {options.SpinUp} time units");

var runs = new List<(string Name, Samples Samples, double Stalled, TimeSpan Time)>();
Samples reference = null!;
AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn()).Start(context =>
{
    var clock = Stopwatch.StartNew();
    reference = Lorenz.RunFloat64(options, seed: 1, context.AddTask("float64"));
    runs.Add(("float64 (reference)", reference, 0, clock.Elapsed));
    clock.Restart();
    Samples floor = Lorenz.RunFloat64(options, seed: 2, context.AddTask("float64, other start"));
    runs.Add(("float64, other start", floor, 0, clock.Elapsed));
    foreach (Arithmetic arithmetic in Enum.GetValues<Arithmetic>())
    {
        clock.Restart();
        (Samples samples, double stalled) = Lorenz.RunLowPrecision(options, arithmetic, seed: 1, context.AddTask(Lorenz.Describe(arithmetic)));
        runs.Add((Lorenz.Describe(arithmetic), samples, stalled, clock.Elapsed));
    }
});

var table = new Table().Border(TableBorder.Rounded)
    .AddColumn("arithmetic").AddColumn(new TableColumn("W1(x)").RightAligned()).AddColumn(new TableColumn("W1(y)").RightAligned())
    .AddColumn(new TableColumn("W1(z)").RightAligned()).AddColumn(new TableColumn("mean W1 / floor").RightAligned())
    .AddColumn(new TableColumn("stalled").RightAligned()).AddColumn(new TableColumn("time").RightAligned());
double floorMean = Samples.MeanWasserstein(runs[1].Samples, reference);
foreach (var run in runs.Skip(1))
{
    double[] w = Samples.Wasserstein(run.Samples, reference);
    table.AddRow(run.Name, w[0].ToString("F3"), w[1].ToString("F3"), w[2].ToString("F3"), (w.Average() / floorMean).ToString("F1"),
        run.Name.StartsWith("float64", StringComparison.Ordinal) ? "-" : (100 * run.Stalled).ToString("F1") + " %", run.Time.TotalSeconds.ToString("F1") + " s");
}
AnsiConsole.Write(table);
AnsiConsole.MarkupLine("W1: Wasserstein-1 distance between the long-run distribution of the coordinate and the float64 reference's.");
AnsiConsole.MarkupLine("floor: the mean W1 between two float64 ensembles started apart (sampling noise).");
AnsiConsole.MarkupLine("stalled: the share of Euler updates x + dt f(x) that left a coordinate unchanged although its increment was not zero.");

string plot = Path.GetFullPath(options.Plot);
Plots.Save(runs.Where(r => !r.Name.Contains("other start", StringComparison.Ordinal)).Select(r => (r.Name, r.Samples)).ToList(), plot);
AnsiConsole.MarkupLine($"plot: [link]{plot}[/]");
return 0;
