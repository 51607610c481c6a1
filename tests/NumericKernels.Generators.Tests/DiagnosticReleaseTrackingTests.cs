using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using NumericKernels.Generators.Diagnostics;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    public class DiagnosticReleaseTrackingTests
    {
        [Fact]
        public void Every_descriptor_is_listed_in_the_release_file_with_its_severity_and_title()
        {
            string[] lines = File.ReadAllLines(ReleaseFile());
            foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
            {
                string expected = $"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} | {descriptor.Title}";
                Assert.Contains(expected, lines);
            }
            Assert.Equal(DiagnosticDescriptors.All.Count(), lines.Count(line => line.StartsWith("NK", System.StringComparison.Ordinal)));
        }

        [Fact]
        public void Ids_are_consecutive_from_NK0001()
        {
            string[] ids = DiagnosticDescriptors.All.Select(d => d.Id).ToArray();
            Assert.Equal(Enumerable.Range(1, ids.Length).Select(i => $"NK{i:D4}"), ids);
        }

        private static string ReleaseFile([CallerFilePath] string testFile = "")
            => Path.Combine(Path.GetDirectoryName(testFile)!, "..", "..", "src", "Generators", "AnalyzerReleases.Unshipped.md");
    }
}
