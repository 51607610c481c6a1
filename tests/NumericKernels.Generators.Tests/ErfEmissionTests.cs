using System.Linq;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>erf requests select the piecewise program (its class is snapshotted with every catalog class).</summary>
    public class ErfEmissionTests
    {
        [Fact]
        public void Erf_float_selects_the_piecewise_entry_with_one_special_path_per_width()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass("""
                    [Approximate(MathFunction.Erf)]
                    public static partial float Erf(float x);

                    [Approximate(MathFunction.Erf)]
                    public static partial void Erf(ReadOnlySpan<float> source, Span<float> destination);
                """));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains("global::NumericKernels.Generated.Erf_F32_U1.Scalar(x)", run.Source("Demo.Kernels.Erf_Float32.g.cs"));
            string entry = run.Source("NumericKernels.Catalog.Erf_F32_U1.g.cs");
            // One special path per width, for tiny inputs only; the fast path selects coefficients and never branches.
            Assert.Equal(4, entry.Split("MethodImplOptions.NoInlining").Length - 1);
        }

        [Fact]
        public void Erf_double_has_no_entry_and_names_the_fit_command()
        {
            string message = DiagnosticAssert.Single(
                KernelSources.InKernelsClass("[Approximate(MathFunction.Erf)] public static partial double F(double x);"),
                "NK0013",
                "Approximate(MathFunction.Erf)");
            Assert.Contains("'nk-search fit erf --format float64 --max-ulp 1 --output erf-float64.cs'", message);
        }
    }
}
