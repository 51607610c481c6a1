using System.IO;
using System.Threading.Tasks;
using NumericKernels.Search.Cli;
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
        public Task OtherRoundingModesAreAUsageError() => AssertOneLineUsageError("--rounding", "fit", "exp", "--max-ulp", "1", "--rounding", "TowardZero");
    }
}
