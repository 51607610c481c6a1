using System.IO;
using System.Threading.Tasks;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Cli;
using Xunit;

namespace NumericKernels.Search.Tests
{
    public class CommandLineTests
    {
        private static async Task<(int Exit, string Output, string Error)> Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exit = await NkSearchCli.RunAsync(args, output, error);
            return (exit, output.ToString(), error.ToString());
        }

        private static void AssertOneLineUsageError((int Exit, string Output, string Error) run, string expected)
        {
            Assert.Equal(ExitCodes.Usage, run.Exit);
            string line = run.Error.TrimEnd('\n', '\r');
            Assert.DoesNotContain('\n', line);
            Assert.Contains(expected, line);
            Assert.DoesNotContain("   at ", run.Error);
        }

        [Fact]
        public async Task UnknownEntryIsAUsageError() =>
            AssertOneLineUsageError(await Run("verify", "--entry", "no.such.entry"), "unknown catalog entry 'no.such.entry'");

        [Fact]
        public async Task EntryAndAllTogetherAreAUsageError() =>
            AssertOneLineUsageError(await Run("verify", "--entry", "x", "--all"), "either --entry or --all");

        [Fact]
        public async Task NoEntriesNamedIsAUsageError() =>
            AssertOneLineUsageError(await Run("verify"), "--entry");

        [Fact]
        public async Task VerifyFileThatDoesNotExistIsAUsageError() =>
            AssertOneLineUsageError(await Run("verify", "--file", "/no/such/Entries.cs"), "does not exist");

        [Fact]
        public async Task VerifyFileWithAllIsAUsageError() =>
            AssertOneLineUsageError(await Run("verify", "--file", "Entries.cs", "--all"), "--file on its own");

        [Fact]
        public async Task FitIdOfABuiltInEntryIsAUsageError() =>
            AssertOneLineUsageError(await Run("fit", "exp", "--max-ulp", "4", "--id", "exp.f32.u1", "--output", "Entries.cs"), "built-in");

        [Fact]
        public async Task NonPositiveSamplesAreAUsageError()
        {
            string[] args = KernelCatalog.Entries.IsEmpty
                ? new[] { "verify", "--all", "--samples", "0" }
                : new[] { "verify", "--entry", KernelCatalog.Entries[0].Id, "--samples", "0" };
            var run = await Run(args);
            Assert.Equal(ExitCodes.Usage, run.Exit);
            Assert.DoesNotContain("   at ", run.Error);
        }

        [Fact]
        public async Task UnparsableOptionValueIsAUsageError() =>
            AssertOneLineUsageError(await Run("verify", "--all", "--samples", "many"), "many");

        [Fact]
        public async Task NegativeRandomBitsCountIsAUsageError() =>
            AssertOneLineUsageError(await Run("random-bits", "--count", "-1"), "--count");

        [Fact]
        public async Task UnknownQuantizeFormatIsAUsageError() =>
            AssertOneLineUsageError(await Run("quantize-verify", "--format", "Float9"), "--format: 'Float9'");

        [Theory]
        [InlineData("0")]
        [InlineData("1025")]
        [InlineData("9-3")]
        [InlineData("1-2-3")]
        [InlineData("many")]
        public async Task BadQuadraturePointsAreAUsageError(string points) =>
            AssertOneLineUsageError(await Run("quadrature-verify", "--points", points), $"--points: '{points}'");

        [Fact]
        public async Task QuadratureVerifyOfARangeReportsCorrectlyRoundedRules()
        {
            string checkpoint = Path.Combine(Path.GetTempPath(), "nk-quadv-test-" + System.Guid.NewGuid().ToString("N") + ".json");
            var run = await Run("quadrature-verify", "--points", "60-64", "--checkpoint", checkpoint);
            Assert.Equal(ExitCodes.Success, run.Exit);
            Assert.Contains("every node and weight of 5 Gauss-Legendre rule(s) is correctly rounded", run.Output);
            Assert.False(File.Exists(checkpoint));
        }

        [Fact]
        public async Task QuadratureVerifyResumesFromItsCheckpoint()
        {
            string checkpoint = Path.Combine(Path.GetTempPath(), "nk-quadv-test-" + System.Guid.NewGuid().ToString("N") + ".json");
            File.WriteAllText(checkpoint, "{\"Done\":[{\"Points\":60,\"Mismatches\":0,\"GenerationMilliseconds\":1.5,\"Examples\":[]}]}");
            var run = await Run("quadrature-verify", "--points", "60-61", "--checkpoint", checkpoint);
            Assert.Equal(ExitCodes.Success, run.Exit);
            Assert.Contains("resuming from", run.Output);
            Assert.Contains("1 rule(s) already checked", run.Output);
            Assert.Contains("of 2 Gauss-Legendre rule(s)", run.Output);
        }

        [Fact]
        public async Task QuantizeVerifyOnASampleReportsBitIdenticalKernels()
        {
            string checkpoint = Path.Combine(Path.GetTempPath(), "nk-qv-test-" + System.Guid.NewGuid().ToString("N") + ".json");
            var run = await Run("quantize-verify", "--format", "Float6E2M3", "--rounding", "TowardPositive", "--stride", "65537", "--checkpoint", checkpoint);
            Assert.Equal(ExitCodes.Success, run.Exit);
            Assert.Contains("Float6E2M3/TowardPositive/Saturate", run.Output);
            Assert.Contains("every kernel is bit-identical to the reference", run.Output);
            Assert.False(File.Exists(checkpoint));
        }

        [Fact]
        public async Task UnknownOptionIsAUsageError() =>
            AssertOneLineUsageError(await Run("verify", "--all", "--fast"), "--fast");

        [CatalogFact]
        public async Task VerifyingACatalogEntryPrintsItsTableRowAndRecordLine()
        {
            CatalogEntry entry = KernelCatalog.Entries[0];
            string markdown = Path.Combine(Path.GetTempPath(), "nk-search-verify-test-" + System.Guid.NewGuid().ToString("N") + ".md");
            try
            {
                var run = await Run("verify", "--entry", entry.Id, "--samples", "20000", "--output", markdown);
                Assert.True(run.Exit == ExitCodes.Success, run.Output + run.Error);
                Assert.Contains(entry.Id, run.Output);
                Assert.Contains("new VerificationRecord(", run.Output);
                Assert.Contains("| " + entry.Id + " |", File.ReadAllText(markdown));
            }
            finally
            {
                File.Delete(markdown);
            }
        }

        [Fact]
        public async Task HelpSucceeds()
        {
            var run = await Run("verify", "--help");
            Assert.Equal(ExitCodes.Success, run.Exit);
            Assert.Contains("--exhaustive", run.Output);
        }
    }
}
