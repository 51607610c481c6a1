using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NumericKernels.Samples.QuantizeWeights;
using ScottPlot;
using Spectre.Console;

// A weight matrix like a transformer layer's (Student-t rows, nu = 5, with per-row scales spread over two orders of
// magnitude and a few large outliers) quantized by generated kernels to the OCP MX formats (E8M0 scale per 32
// weights), NVFP4-style blocks (UE4M3 scale per 16) and block-scaled integers, then dequantized: error against the
// float32 weights and storage per weight, in a table and a plot.

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
int rows = 1024, columns = 4096;
string plotPath = "quantize-weights.png";
for (int i = 0; i < args.Length; i++)
{
    string name = args[i];
    string? value = i + 1 < args.Length ? args[++i] : null;
    bool ok = name switch
    {
        "--rows" => int.TryParse(value, out rows) && rows > 0,
        "--columns" => int.TryParse(value, out columns) && columns > 0,
        "--plot" => (plotPath = value ?? string.Empty).Length > 0,
        _ => false,
    };
    if (!ok || (long)rows * columns > 1 << 28)
    {
        Console.Error.WriteLine($"error: bad argument '{name}{(value is null ? string.Empty : " " + value)}' (options: --rows R, --columns C with R·C at most 2^28, --plot file.png)");
        return 2;
    }
}

float[] weights = Weights(rows, columns, seed: 7);
double rms = Math.Sqrt(weights.Average(w => (double)w * w));
AnsiConsole.MarkupLine($"[bold]{rows} x {columns} weights[/]: Student-t (nu 5) rows, row scales 10^U(-1, 1), 0.1 % outliers at 20x; RMS {rms:G4}, max |w| {weights.Max(Math.Abs):G4}");

var table = new Table().Border(TableBorder.Rounded).AddColumn("format")
    .AddColumn(new TableColumn("bytes/w").RightAligned()).AddColumn(new TableColumn("RMSE/RMS").RightAligned())
    .AddColumn(new TableColumn("max err").RightAligned()).AddColumn(new TableColumn("SQNR dB").RightAligned())
    .AddColumn(new TableColumn("quantize").RightAligned()).AddColumn(new TableColumn("dequant.").RightAligned());
var points = new List<(string Name, double Bits, double Relative)>();
float[] restored = new float[weights.Length];
foreach (Scheme scheme in Schemes.All)
{
    var codes = new byte[scheme.CodeBytes(weights.Length)];
    var scales = new byte[scheme.ScaleBytes(weights.Length)];
    scheme.Quantize(weights, codes, scales); // warm up both
    scheme.Dequantize(codes, scales, restored);
    var clock = Stopwatch.StartNew();
    scheme.Quantize(weights, codes, scales);
    double quantize = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    scheme.Dequantize(codes, scales, restored);
    double dequantize = clock.Elapsed.TotalMilliseconds;
    double sum = 0, max = 0;
    for (int i = 0; i < weights.Length; i++)
    {
        double e = (double)restored[i] - weights[i];
        sum += e * e;
        max = Math.Max(max, Math.Abs(e));
    }
    double relative = Math.Sqrt(sum / weights.Length) / rms;
    points.Add((scheme.Name, scheme.BitsPerWeight, relative));
    table.AddRow(scheme.Name, (scheme.BitsPerWeight / 8).ToString("F3"), relative.ToString("F4"), max.ToString("G3"),
        (-20 * Math.Log10(relative)).ToString("F1"), quantize.ToString("F1") + " ms", dequantize.ToString("F1") + " ms");
}
AnsiConsole.Write(table);
AnsiConsole.MarkupLine("Times are one indicative run each (warm); the benchmarks project measures them properly.");

var plot = new Plot();
var palette = new ScottPlot.Palettes.Category10();
for (int i = 0; i < points.Count; i++)
{
    var marker = plot.Add.Marker(points[i].Bits, -20 * Math.Log10(points[i].Relative));
    marker.Color = palette.GetColor(i);
    marker.MarkerSize = 12;
    marker.LegendText = points[i].Name;
}
plot.XLabel("storage, bits per weight (element + scale)");
plot.YLabel("SQNR, dB: -20 log10(RMSE / RMS) (higher is better)");
plot.Title($"block-scaled quantization of {rows} x {columns} weights");
plot.ShowLegend(Alignment.UpperLeft);
string path = Path.GetFullPath(plotPath);
plot.SavePng(path, 1000, 650);
AnsiConsole.MarkupLine($"plot: [link]{path}[/]");
return 0;

static float[] Weights(int rows, int columns, int seed)
{
    var random = new Random(seed);
    var w = new float[rows * columns];
    for (int r = 0; r < rows; r++)
    {
        double rowScale = 0.02 * Math.Pow(10, 2 * random.NextDouble() - 1);
        for (int c = 0; c < columns; c++)
        {
            // Student-t with 5 degrees of freedom: a normal over the root of a chi-square / 5.
            double chi = 0;
            for (int k = 0; k < 5; k++)
            {
                double g = Normal(random);
                chi += g * g;
            }
            double t = Normal(random) / Math.Sqrt(chi / 5);
            double outlier = random.NextDouble() < 0.001 ? 20 : 1;
            w[r * columns + c] = (float)(rowScale * t * outlier);
        }
    }
    return w;
}

static double Normal(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
