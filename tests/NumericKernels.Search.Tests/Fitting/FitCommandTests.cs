using System.IO;
using System.Threading.Tasks;
using NumericKernels.Search.Cli;
using NumericKernels.Search.Fitting;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    public class FitCommandTests
    {
        private static async Task AssertOneLineUsageError(string expected, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = await NkSearchCli.RunAsync(args, output, error);
            Assert.Equal(ExitCodes.Usage, exit);
            string line = error.ToString().TrimEnd('\n', '\r');
            Assert.DoesNotContain('\n', line);
            Assert.Contains(expected, line);
            Assert.DoesNotContain("   at ", error.ToString());
        }

        [Fact]
        public Task UnknownFunctionIsAUsageError() => AssertOneLineUsageError("unknown function 'expp'", "fit", "expp", "--max-ulp", "1");

        [Fact]
        public Task FunctionWithoutReductionNamesWhatIsMissing() => AssertOneLineUsageError("no float64 program for it", "fit", "sin", "--format", "float64", "--max-ulp", "1");

        [Fact]
        public Task Float64LogOffersOnlyTheAtanhSeries() =>
            AssertOneLineUsageError("possible: LogAtanhSeries", "fit", "log", "--format", "float64", "--max-ulp", "1", "--algorithm", "LogExponentSplit");

        [Fact]
        public Task BoundAtOrBelowHalfAnUlpIsAUsageError() => AssertOneLineUsageError("--max-ulp must be a finite number above 0.5", "fit", "exp", "--max-ulp", "0.5");

        [Fact]
        public Task MissingBoundIsAUsageError() => AssertOneLineUsageError("--max-ulp is required", "fit", "exp");

        [Fact]
        public Task UnparsableBoundIsAUsageError() => AssertOneLineUsageError("lots", "fit", "exp", "--max-ulp", "lots");

        [Theory]
        [InlineData("--domain=1")]
        [InlineData("--domain=a,b")]
        [InlineData("--domain=2,1")]
        public Task BadDomainIsAUsageError(string domain) => AssertOneLineUsageError("--domain", "fit", "exp", "--max-ulp", "1", domain);

        [Fact]
        public Task UnknownFormatIsAUsageError() => AssertOneLineUsageError("--format must be float32 or float64", "fit", "exp", "--format", "half", "--max-ulp", "1");

        [Fact]
        public Task AlgorithmOfAnotherFunctionIsAUsageError() => AssertOneLineUsageError("--algorithm LogExponentSplit does not apply", "fit", "exp", "--max-ulp", "1", "--algorithm", "LogExponentSplit");

        [Fact]
        public Task UnknownAlgorithmIsAUsageError() => AssertOneLineUsageError("unknown --algorithm 'Magic'", "fit", "exp", "--max-ulp", "1", "--algorithm", "Magic");

        [Fact]
        public Task UnknownSchemeIsAUsageError() => AssertOneLineUsageError("--scheme must be horner or estrin", "fit", "exp", "--max-ulp", "1", "--scheme", "pade");

        [Fact]
        public Task Float64MarginOnAFloat32FitIsAUsageError() =>
            AssertOneLineUsageError("--float64-margin applies to --format float64 only", "fit", "exp", "--max-ulp", "1", "--float64-margin", "0.1");

        [Theory]
        [InlineData("-0.1")]
        [InlineData("0.5")]
        public Task Float64MarginThatLeavesNoBoundIsAUsageError(string margin) =>
            AssertOneLineUsageError("--float64-margin must be at least 0", "fit", "exp", "--format", "float64", "--max-ulp", "1", "--float64-margin", margin);

        [Fact]
        public void Float64CandidatesMustLeaveTheMarginBelowTheBound()
        {
            FitRequest single = FitCommand.ParseRequest("exp", "float32", 1, null, null);
            FitRequest dbl = FitCommand.ParseRequest("exp", "float64", 1, null, null);
            FitRequest wide = FitCommand.ParseRequest("exp", "float64", 1, null, null, float64Margin: 0.2);
            Assert.Equal(1.0, single.AcceptedUlp);
            Assert.Equal(0.95, dbl.AcceptedUlp, 12);
            Assert.Equal(0.8, wide.AcceptedUlp, 12);
        }

        [Fact]
        public void FunctionHelpComesFromTheDescriptors()
        {
            string functions = FitCommand.FittableFunctions();
            int singleOnly = functions.IndexOf("float32 only: ", System.StringComparison.Ordinal);
            Assert.True(singleOnly > 0, functions);
            foreach (string both in new[] { "exp", "exp2", "exp10", "expm1", "log", "log2", "log10", "log1p", "sigmoid", "tanh" })
            {
                Assert.Contains(both, functions.Substring(0, singleOnly).TrimEnd(';', ' ').Split(", "));
            }
            Assert.Contains("sin", functions.Substring(singleOnly + 14).Split(", "));
        }

        [Fact]
        public Task OtherRoundingModesAreAUsageError() => AssertOneLineUsageError("--rounding", "fit", "exp", "--max-ulp", "1", "--rounding", "TowardZero");
    }
}
