using System;
using System.Globalization;
using System.Linq;
using NumericKernels.Samples.IntegralRL;
using ScottPlot;
using Spectre.Console;

// Policy evaluation in integral reinforcement learning (Cao & Pan, ICLR 2024, arXiv 2402.17375) integrates the reward
// along a trajectory from N evenly spaced samples; the quadrature error becomes an error term of the policy iteration.
// This sample measures that error for the trapezoid rule and for Bayesian quadrature (Matérn 3/2 and 5/2) on the
// pendulum of Pendulum.cs, against the closed-form cost, and fits the convergence orders.
double horizon = 2;
string plotPath = "integral-rl.png";
for (int i = 0; i < args.Length; i++)
{
    string name = args[i];
    string? value = i + 1 < args.Length ? args[++i] : null;
    bool ok = value is not null;
    switch (name)
    {
        case "--horizon":
            ok = ok && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out horizon) && horizon > 0 && horizon <= 20;
            break;
        case "--plot":
            ok = ok && value!.EndsWith(".png", StringComparison.OrdinalIgnoreCase);
            plotPath = value ?? plotPath;
            break;
        default:
            ok = false;
            break;
    }
    if (!ok)
    {
        Console.Error.WriteLine($"error: bad argument '{name}{(value is null ? string.Empty : " " + value)}' (options: --horizon T with 0 < T <= 20 seconds, --plot file.png)");
        return 2;
    }
}

double exact = Pendulum.Cost(horizon);
NumericKernels.QuadratureResult check = Quadratures.Reference(0, horizon);
AnsiConsole.MarkupLine($"[bold]Integral reinforcement learning: the policy-evaluation integral[/] of the reward along the closed-loop pendulum over [[0, {horizon.ToString(CultureInfo.InvariantCulture)}]] s");
AnsiConsole.MarkupLine($"  closed form (Lyapunov): {exact:R}");
AnsiConsole.MarkupLine($"  adaptive Gauss-Kronrod on the closed-form reward: {check.Value:R} (estimate {check.ErrorEstimate:E1}, {check.Evaluations} evaluations; differs by {Math.Abs(check.Value - exact) / exact:E1} relative)");

int count = Quadratures.Counts.Length;
var trapezoid = new double[count];
var matern32 = new double[count];
var matern52 = new double[count];
for (int k = 0; k < count; k++)
{
    int n = Quadratures.Counts[k];
    double[] samples = Enumerable.Range(0, n).Select(i => Pendulum.Reward(horizon * i / (n - 1))).ToArray();
    trapezoid[k] = Math.Abs(Quadratures.Trapezoid(samples, horizon / (n - 1)) - exact) / exact;
    matern32[k] = Math.Abs(Quadratures.Matern32[k](samples, horizon) - exact) / exact;
    matern52[k] = Math.Abs(Quadratures.Matern52[k](samples, horizon) - exact) / exact;
}

// Orders: the least-squares slope of log error against log N over the counts whose error is above the rounding floor
// (1e-13 relative) and past the pre-asymptotic start (N >= 16).
double Order(double[] errors)
{
    var points = Quadratures.Counts.Select((n, k) => (X: Math.Log(n), Y: Math.Log(errors[k])))
        .Where((p, k) => Quadratures.Counts[k] >= 16 && errors[k] > 1e-13).ToArray();
    if (points.Length < 2)
    {
        return double.NaN;
    }
    double mx = points.Average(p => p.X), my = points.Average(p => p.Y);
    return -points.Sum(p => (p.X - mx) * (p.Y - my)) / points.Sum(p => (p.X - mx) * (p.X - mx));
}

var table = new Table().Border(TableBorder.Rounded).Title("relative error of the policy-evaluation integral from N samples");
table.AddColumn("N");
table.AddColumn(new TableColumn("trapezoid").RightAligned());
table.AddColumn(new TableColumn("Bayesian, Matérn 3/2").RightAligned());
table.AddColumn(new TableColumn("Bayesian, Matérn 5/2").RightAligned());
for (int k = 0; k < count; k++)
{
    table.AddRow(Quadratures.Counts[k].ToString(CultureInfo.InvariantCulture), $"{trapezoid[k]:E2}", $"{matern32[k]:E2}", $"{matern52[k]:E2}");
}
table.AddRow("[bold]measured order[/]", $"[bold]N^-{Order(trapezoid):F2}[/]", $"[bold]N^-{Order(matern32):F2}[/]", $"[bold]N^-{Order(matern52):F2}[/]");
table.AddRow("paper", "N^-2", "N^-b, b = 2", "N^-b, b = 3");
AnsiConsole.Write(table);
AnsiConsole.MarkupLine("  [grey]b is the Sobolev smoothness nu + 1/2 of the kernel's RKHS; the reward here is analytic, so Bayesian quadrature may beat its worst-case rate.[/]");

var plot = new Plot();
double[] xs = Quadratures.Counts.Select(n => Math.Log10(n)).ToArray();
void Series(double[] errors, string label, ScottPlot.Color color)
{
    var line = plot.Add.Scatter(xs, errors.Select(e => Math.Log10(Math.Max(e, 1e-17))).ToArray());
    line.LegendText = label;
    line.Color = color;
    line.LineWidth = 2;
    line.MarkerSize = 7;
}
var palette = new ScottPlot.Palettes.Category10();
Series(trapezoid, $"trapezoid (N^-{Order(trapezoid):F2})", palette.GetColor(0));
Series(matern32, $"Bayesian, Matérn 3/2 (N^-{Order(matern32):F2})", palette.GetColor(1));
Series(matern52, $"Bayesian, Matérn 5/2 (N^-{Order(matern52):F2})", palette.GetColor(2));
// Reference slopes through the trapezoid's first point: the paper's N^-2 and N^-3.
foreach ((double slope, string label) in new[] { (2.0, "N^-2"), (3.0, "N^-3") })
{
    double y0 = Math.Log10(trapezoid[0]);
    var guide = plot.Add.Line(xs[0], y0, xs[^1], y0 - slope * (xs[^1] - xs[0]));
    guide.LinePattern = LinePattern.Dashed;
    guide.Color = Colors.Gray;
    guide.LegendText = "slope " + label;
}
plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xs, Quadratures.Counts.Select(n => n.ToString(CultureInfo.InvariantCulture)).ToArray());
plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
    Enumerable.Range(-16, 17).Where(e => e % 2 == 0).Select(e => (double)e).ToArray(),
    Enumerable.Range(-16, 17).Where(e => e % 2 == 0).Select(e => "1e" + e.ToString(CultureInfo.InvariantCulture)).ToArray());
plot.XLabel("samples N (log scale)");
plot.YLabel("relative error (log scale)");
plot.Title("Policy-evaluation integral: error against N");
plot.ShowLegend(Alignment.LowerLeft);
plot.SavePng(plotPath, 900, 600);
AnsiConsole.MarkupLine($"  plot: {Markup.Escape(System.IO.Path.GetFullPath(plotPath))}");
return 0;
