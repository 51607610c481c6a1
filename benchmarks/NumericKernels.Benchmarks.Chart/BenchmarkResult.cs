using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace NumericKernels.Benchmarks.Chart
{
    /// <summary>One measured case of a BenchmarkDotNet run: which function, which peer, how many elements, how fast.</summary>
    internal sealed record BenchmarkResult(string Type, string Method, int Elements, double MeanNanoseconds)
    {
        public double NanosecondsPerElement => MeanNanoseconds / Elements;

        /// <summary>
        /// Reads every <c>*-report-full.json</c> in <paramref name="resultsDirectory"/> (BenchmarkDotNet's JsonExporter.Full),
        /// which keeps the mean in nanoseconds as a number, unlike the CSV's unit-suffixed text.
        /// </summary>
        public static List<BenchmarkResult> ReadAll(string resultsDirectory)
        {
            var results = new List<BenchmarkResult>();
            foreach (string path in Directory.GetFiles(resultsDirectory, "*-report-full.json"))
            {
                using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
                foreach (JsonElement benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
                {
                    if (!benchmark.TryGetProperty("Statistics", out JsonElement statistics) || statistics.ValueKind != JsonValueKind.Object)
                    {
                        continue; // a case that failed has no statistics
                    }
                    if (ParseElementCount(benchmark.GetProperty("Parameters").GetString() ?? "") is not int elements)
                    {
                        continue; // a per-call benchmark (quadrature): BenchmarkDotNet's own table has its ratios
                    }
                    results.Add(new BenchmarkResult(
                        benchmark.GetProperty("Type").GetString() ?? "",
                        benchmark.GetProperty("Method").GetString() ?? "",
                        elements,
                        statistics.GetProperty("Mean").GetDouble()));
                }
            }
            return results;
        }

        // BenchmarkDotNet writes parameters as "N=4096" (several joined by '&'); null when there is no N.
        private static int? ParseElementCount(string parameters)
        {
            foreach (string pair in parameters.Split('&'))
            {
                string[] parts = pair.Split('=');
                if (parts.Length == 2 && parts[0].Trim() == "N")
                {
                    return int.Parse(parts[1], CultureInfo.InvariantCulture);
                }
            }
            return null;
        }
    }
}
