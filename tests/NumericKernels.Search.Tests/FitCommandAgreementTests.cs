using System;
using System.IO;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Models;
using NumericKernels.Search.Cli;
using Xunit;

namespace NumericKernels.Search.Tests
{
    /// <summary>
    /// The generator's NK0013/NK0014 diagnostics name an nk-search fit command; that command must parse with the
    /// real CLI, and requests fit supports must get past its argument checks.
    /// </summary>
    public class FitCommandAgreementTests
    {
        [Theory]
        [InlineData("Exp", "Float32", 0.75, double.NegativeInfinity, double.PositiveInfinity, false, "ToNearestEven", false, true)]
        [InlineData("Exp", "Float32", 1.0, -1.0, 1.0, false, "ToNearestEven", false, true)]
        [InlineData("Log", "Float64", 1.0, 0.5, double.PositiveInfinity, true, "ToNearestEven", false, true)]
        [InlineData("Exp2", "Float32", 1.0, double.NegativeInfinity, double.PositiveInfinity, false, "TowardZero", false, false)]
        [InlineData("Log2", "Float32", 0.5, double.NegativeInfinity, double.PositiveInfinity, false, "ToNearestEven", true, false)]
        [InlineData("Erf", "Float32", 1.0, double.NegativeInfinity, double.PositiveInfinity, false, "ToNearestEven", false, true)]
        public void CommandsNamedByDiagnosticsParseWithTheRealCli(
            string functionName, string elementName, double maxUlp, double min, double max, bool finiteOnly, string roundingName, bool correctlyRounded, bool fitSupportsIt)
        {
            // Enum names, not values: the generator's enums are internal and xunit's data must be public.
            var function = Enum.Parse<MathFunctionId>(functionName);
            var element = Enum.Parse<ElementKind>(elementName);
            var rounding = Enum.Parse<RoundingModeId>(roundingName);
            string command = NumericKernels.Generators.Planning.FitCommand.For(function, element, maxUlp, min, max, finiteOnly, rounding, correctlyRounded);
            string[] args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
            var parsed = NkSearchCli.CreateRoot(TextWriter.Null).Parse(args);
            Assert.True(parsed.Errors.Count == 0, command + ": " + string.Join("; ", parsed.Errors.Select(e => e.Message)));

            string? domain = parsed.GetValue<string?>("--domain");
            Exception? refused = Record.Exception(() => FitCommand.ParseRequest(
                parsed.GetValue<string>("function"),
                parsed.GetValue<string>("--format"),
                parsed.GetValue<double?>("--max-ulp"),
                domain,
                parsed.GetValue<string>("--rounding"),
                correctlyRounded: parsed.GetValue<bool>("--correctly-rounded")));
            if (fitSupportsIt) Assert.Null(refused);
            else Assert.IsType<UsageException>(refused);
        }
    }
}
