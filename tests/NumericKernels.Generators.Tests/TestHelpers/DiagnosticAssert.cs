using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Sdk;

namespace NumericKernels.Generators.Tests.TestHelpers
{
    internal static class DiagnosticAssert
    {
        /// <summary>
        /// Runs the generator on <paramref name="source"/> and asserts it reports exactly one diagnostic, with
        /// <paramref name="id"/>, located on the text <paramref name="locatedText"/>. Gives the diagnostic's message.
        /// </summary>
        public static string Single(string source, string id, string locatedText)
        {
            GeneratorRun run = GeneratorHarness.Run(source);
            // The driver repeats the generator's own diagnostics; anything else (CS8785: generator threw) is a failure.
            Assert.Empty(run.DriverDiagnostics.Where(d => !d.Id.StartsWith("NK", System.StringComparison.Ordinal)));
            Diagnostic diagnostic = run.GeneratorDiagnostics.Length == 1
                ? run.GeneratorDiagnostics[0]
                : throw new XunitException("Expected one diagnostic, got: " + string.Join("; ", run.GeneratorDiagnostics.Select(d => d.ToString())));
            Assert.Equal(id, diagnostic.Id);
            Assert.Equal("Input.cs", diagnostic.Location.GetLineSpan().Path);
            var span = diagnostic.Location.SourceSpan;
            Assert.Equal(locatedText, source.Substring(span.Start, span.Length));
            return diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
