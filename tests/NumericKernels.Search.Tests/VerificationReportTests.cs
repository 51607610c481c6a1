using System.Collections.Generic;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Cli;
using NumericKernels.Search.Verification;
using Xunit;

namespace NumericKernels.Search.Tests
{
    public class VerificationReportTests
    {
        private static EntryVerification Result(double maxUlp) => new EntryVerification(
            TestKernels.Entry(MathFunctionId.Exp, ElementKind.Float32, boundUlp: 1.0),
            InputsChecked: 4294967296,
            Method: "exhaustive float32",
            Reference: "MPFR \"4.2.0\"",
            MaxUlp: maxUlp,
            WorstInput: "-0x1.b590cap+4",
            WorstInputValue: -27.34,
            CertifiedMaxUlp: maxUlp,
            KindFailures: 0,
            ConsistencyFailures: 0,
            ConsistencyChecked: 1,
            FailureExamples: new List<string>());

        [Fact]
        public void RecordedMaximumIsRoundedUpNeverDown()
        {
            Assert.Equal("0.9056", VerificationReport.FormatUlp(0.90551));
            Assert.Equal("0.5", VerificationReport.FormatUlp(0.5));
            Assert.Equal("1.0", VerificationReport.FormatUlp(1.0));
        }

        [Fact]
        public void RecordLineIsAReadyToPasteConstructorCall()
        {
            Assert.Equal(
                "new VerificationRecord(0.9056, \"-0x1.b590cap+4\", 4294967296, \"exhaustive float32\", \"MPFR \\\"4.2.0\\\"\")",
                VerificationReport.RecordLine(Result(0.90551)));
        }

        [Fact]
        public void MarkdownHasOneTableRowPerEntryWithItsVerdict()
        {
            string markdown = VerificationReport.Markdown(new[] { Result(0.9), Result(1.5) });
            Assert.Contains("| test.exp | 4294967296 | 0.9 | 0.9 | -0x1.b590cap+4 |", markdown);
            Assert.Contains("| pass |", markdown);
            Assert.Contains("| FAIL: exceeds bound |", markdown);
        }
    }
}
