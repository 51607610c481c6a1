using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace NumericKernels.Generators.Tests.TestHelpers
{
    /// <summary>
    /// The caching check every snapshot test makes besides comparing text (NetEscapades.EnumGenerators' harness is the
    /// model): run the generator with step tracking, run it again on an equal compilation, and require every tracked
    /// step's outputs to be Cached or Unchanged, no step output to hold a symbol, syntax or compilation, and the same files.
    /// </summary>
    internal static class CachingAssert
    {
        public static void SecondRunReusesEverything(CSharpCompilation input)
        {
            GeneratorDriver driver = GeneratorHarness.CreateDriver(input, trackSteps: true).RunGenerators(input);
            GeneratorDriverRunResult first = driver.GetRunResult();
            Assert.NotEmpty(StepOutputInspector.TrackedSteps(first));
            StepOutputInspector.AssertNoCompilerObjects(first);

            GeneratorDriverRunResult second = driver.RunGenerators(input.Clone()).GetRunResult();
            StepOutputInspector.AssertAllCachedOrUnchanged(second);
            StepOutputInspector.AssertNoCompilerObjects(second);
            Assert.Equal(Texts(first), Texts(second));
        }

        private static string[] Texts(GeneratorDriverRunResult run)
            => run.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, System.StringComparer.Ordinal).Select(s => s.HintName + "\n" + s.SourceText).ToArray();
    }
}
