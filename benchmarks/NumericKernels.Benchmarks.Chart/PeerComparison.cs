using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NumericKernels.Benchmarks.Chart
{
    /// <summary>
    /// The headline table of a run: for each function and size, how many times faster each generated kernel is than
    /// each peer (above 1: the generated kernel wins). BenchmarkDotNet's Ratio column only compares with the MathF
    /// baseline, and the question the project asks is "generated vs SLEEF / TensorPrimitives".
    /// </summary>
    internal static class PeerComparison
    {
        private const string GeneratedPrefix = "NumericKernels";

        public static string ToMarkdown(IReadOnlyList<BenchmarkResult> results)
        {
            var text = new StringBuilder();
            foreach (var group in results.GroupBy(r => (r.Type, r.Elements)).OrderBy(g => g.Key.Type, StringComparer.Ordinal).ThenBy(g => g.Key.Elements))
            {
                var generated = group.Where(r => r.Method.StartsWith(GeneratedPrefix, StringComparison.Ordinal)).OrderBy(r => r.Method, StringComparer.Ordinal).ToList();
                var peers = group.Where(r => !r.Method.StartsWith(GeneratedPrefix, StringComparison.Ordinal)).OrderBy(r => r.MeanNanoseconds).ToList();
                if (generated.Count == 0)
                {
                    continue;
                }
                text.AppendLine(FormattableString.Invariant($"**{group.Key.Type}, N = {group.Key.Elements}** (ns/elem; cells: peer time / generated time)"));
                text.AppendLine();
                text.Append("| Peer | ns/elem |");
                foreach (var kernel in generated)
                {
                    text.Append(FormattableString.Invariant($" {kernel.Method} ({kernel.NanosecondsPerElement:0.0000}) |"));
                }
                text.AppendLine();
                text.Append("|---|---:|").Append(string.Concat(Enumerable.Repeat("---:|", generated.Count))).AppendLine();
                foreach (var peer in peers)
                {
                    text.Append(FormattableString.Invariant($"| {peer.Method} | {peer.NanosecondsPerElement:0.0000} |"));
                    foreach (var kernel in generated)
                    {
                        text.Append(FormattableString.Invariant($" {peer.MeanNanoseconds / kernel.MeanNanoseconds:0.00}x |"));
                    }
                    text.AppendLine();
                }
                text.AppendLine();
            }
            return text.Length == 0 ? "No generated kernel was measured in this run.\n" : text.ToString();
        }
    }
}
