using System;
using System.Globalization;
using System.Linq;

namespace NumericKernels.Benchmarks.Chart
{
    /// <summary>
    /// Post-processing of a BenchmarkDotNet results directory written by NumericKernels.Benchmarks:
    /// <c>chart &lt;results-dir&gt; &lt;output.png&gt; [N]</c> draws ns/element per peer for one size (default 4096);
    /// <c>compare &lt;results-dir&gt;</c> prints the generated-vs-peer speed-up tables as markdown.
    /// </summary>
    internal static class Program
    {
        private const string Usage =
            "usage: NumericKernels.Benchmarks.Chart chart <results-dir> <output.png> [N]\n" +
            "       NumericKernels.Benchmarks.Chart compare <results-dir>";

        public static int Main(string[] args)
        {
            if (args.Length >= 3 && args[0] == "chart")
            {
                int elements = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 4096;
                var selected = BenchmarkResult.ReadAll(args[1]).Where(r => r.Elements == elements).ToList();
                if (selected.Count == 0)
                {
                    Console.Error.WriteLine($"No results for N = {elements} in {args[1]}.");
                    return 1;
                }
                PeerBarChart.Save(selected, elements, args[2]);
                Console.WriteLine($"Wrote {args[2]} ({selected.Count} bars).");
                return 0;
            }
            if (args.Length == 2 && args[0] == "compare")
            {
                Console.Write(PeerComparison.ToMarkdown(BenchmarkResult.ReadAll(args[1])));
                return 0;
            }
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }
}
