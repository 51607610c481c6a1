using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NumericKernels.Samples.Showcase;
using Spectre.Console;

// The README's main command: dotnet run -c Release --project samples/Showcase
// Each kernel below is a partial method with an [Approximate], [Polynomial], [Quantize] or [Quadrature] attribute; the generator wrote its body.
var clock = Stopwatch.StartNew();
if (Console.IsOutputRedirected)
{
    // Spectre assumes 80 columns without a terminal, which folds the table beyond reading; logs are read wide.
    AnsiConsole.Profile.Width = 160;
}
AnsiConsole.MarkupLine($"[bold]NumericKernels showcase[/] on {Markup.Escape(RuntimeInformation.FrameworkDescription)}, {RuntimeInformation.ProcessArchitecture}, " +
    $"widest accelerated vector: {WidestVector()}");

var rows = new List<DemoRow>();
AnsiConsole.Status().Start("Measuring", context =>
{
    foreach (Func<DemoRow> measure in DemoCatalog.Rows)
    {
        DemoRow row = measure();
        rows.Add(row);
        context.Status($"Measured {row.Name}");
    }
});

AnsiConsole.Write(ResultTable.Build(rows));
AnsiConsole.MarkupLine(
    $"[grey]Max ULP: largest error over {DemoCatalog.SweepSize:N0} inputs per kernel (half evenly spaced in bit patterns, half uniform in value, " +
    "plus NaN, ±Inf, ±0, subnormals and MaxValue when the domain is the whole type), against Math.Exp/Log/Log2/Log10/Exp2/Sin/Cos/Tanh, 10^x, an accurate e^x - 1 and ln(1 + x) and 1/(1+Math.Exp(-x)) in double. " +
    "float32 errors are in float ULPs (subnormal ULP 2^-149); the double reference's own error is negligible there. " +
    "float64 errors are distances to libm's double result, which is itself within about 1 ULP of the truth. " +
    "This sweep is a demonstration: how each entry's bound was verified is stated in the generated code's XML doc.[/]");
AnsiConsole.MarkupLine(
    $"[yellow]Throughput is indicative only[/][grey]: Stopwatch, {DemoCatalog.TimingSize} elements per call, best of 6 short batches after a warm-up, " +
    "on this machine while it runs whatever else it runs. Speed-up = peer time / our time. " +
    "The real figures come from the BenchmarkDotNet suite in benchmarks/.[/]");
AnsiConsole.Write(QuantizationTour.Build(DemoCatalog.TimingSize));
AnsiConsole.MarkupLine(
    "[grey]Each format's kernel converts the weights and its [[Dequantize]] twin converts them back; the codes are compared byte for byte " +
    "with NumberFormats.Encode, the scalar reference written from the OCP specifications (nk-search quantize-verify checks all 2^32 floats). " +
    "Float4E2M1 stores two values per byte and saturates at ±6; without an MX block scale it is shown here at its own range.[/]");
AnsiConsole.Write(QuadratureTour.Build());
AnsiConsole.MarkupLine(
    "[grey]Each integral is computed three ways: the integrand's Vector256/512 overload evaluates several nodes per call, a scalar-only integrand " +
    "evaluates one, and the batch evaluates one node for several intervals; all three add the terms in one order, so the bits agree. " +
    "Error against the closed form (40 digits, mpmath) in ULPs of the result. Every Gauss-Legendre rule of 1-1024 points equals MPFR's bit for bit " +
    "(nk-search quadrature-verify). Time: Stopwatch, best of 6 short batches after a warm-up, indicative only.[/]");
AnsiConsole.Write(QuadratureTour.BuildAdaptive());
AnsiConsole.MarkupLine(
    "[grey]QUADPACK's error estimate per interval (|Kronrod - Gauss| scaled by its rate of convergence, never below the rounding floor), summed over the " +
    "at most 100 intervals; Converged is true only when that sum meets the tolerance. A result is honest when its true error is at most the estimate or it " +
    "says it did not converge (a red estimate would be a false claim). Tanh-sinh places nodes from the nearer end by their distance to it, so endpoint " +
    "singularities cost it tens of evaluations; its estimate is the change from the previous step plus a bound on the terms left out.[/]");
AnsiConsole.Write(QuadratureTour.BuildSampled());
AnsiConsole.MarkupLine(
    "[grey]Bayesian quadrature's weights solve K w = z (Matérn kernel matrix, closed-form kernel means) at compile time in double-double; samples/IntegralRL " +
    "shows the error against N for the trapezoid and Bayesian quadrature on a control task's reward, with measured convergence orders.[/]");
AnsiConsole.MarkupLine($"[grey]Catalog entry: read from the generated code's XML doc. Total time {clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s.[/]");
return 0;

static string WidestVector() =>
    Vector512.IsHardwareAccelerated ? "512-bit" : Vector256.IsHardwareAccelerated ? "256-bit" : Vector128.IsHardwareAccelerated ? "128-bit" : "none";
