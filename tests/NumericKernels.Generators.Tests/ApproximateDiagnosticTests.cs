using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    public class ApproximateDiagnosticTests
    {
        private static string Kernels(string arguments, string type = "float")
            => KernelSources.InKernelsClass($"[Approximate({arguments})] public static partial {type} F({type} x);");

        [Theory]
        [InlineData("MaxUlp = 0.25")]
        [InlineData("MaxUlp = 0")]
        [InlineData("MaxUlp = -1")]
        [InlineData("MaxUlp = double.NaN")]
        [InlineData("MaxUlp = double.PositiveInfinity")]
        public void NK0009_impossible_bound_is_reported_on_MaxUlp_and_points_to_CorrectlyRounded(string maxUlp)
        {
            string message = DiagnosticAssert.Single(Kernels("MathFunction.Exp, " + maxUlp), "NK0009", maxUlp);
            Assert.Contains("CorrectlyRounded", message);
        }

        [Theory]
        [InlineData("DomainMin = 2, DomainMax = 1", "DomainMin = 2")]
        [InlineData("DomainMin = double.NaN", "DomainMin = double.NaN")]
        [InlineData("DomainMax = double.NaN", "DomainMax = double.NaN")]
        [InlineData("DomainMax = double.NegativeInfinity, DomainMin = 0", "DomainMin = 0")]
        public void NK0010_invalid_domain_is_reported_on_the_domain_argument(string domain, string located)
            => DiagnosticAssert.Single(Kernels("MathFunction.Exp, " + domain), "NK0010", located);

        [Fact]
        public void NK0011_unknown_variant_is_reported_on_Variant()
            => DiagnosticAssert.Single(Kernels("MathFunction.Exp, Variant = \"exp.f32.nonexistent\""), "NK0011", "Variant = \"exp.f32.nonexistent\"");

        [Fact]
        public void NK0012_variant_for_another_element_type_is_reported_on_Variant_with_the_reason()
        {
            CatalogEntry? entry = KernelCatalog.Entries.FirstOrDefault(e => e.Element == ElementKind.Float32);
            Assert.True(entry is not null, "The catalog has no float32 entry to pin; this test needs one.");
            string function = entry!.Function.ToString();
            string message = DiagnosticAssert.Single(
                Kernels($"MathFunction.{function}, MaxUlp = 1000, Variant = \"{entry.Id}\"", "double"),
                "NK0012",
                $"Variant = \"{entry.Id}\"");
            Assert.Contains("computes in float32, not float64", message);
        }

        [Fact]
        public void NK0013_no_entry_names_the_fit_command_and_is_reported_on_the_attribute()
        {
            // Erfc to 0.75 ULP over [-1, 1] is not in the catalog.
            string message = DiagnosticAssert.Single(
                Kernels("MathFunction.Erfc, MaxUlp = 0.75, DomainMin = -1, DomainMax = 1"),
                "NK0013",
                "Approximate(MathFunction.Erfc, MaxUlp = 0.75, DomainMin = -1, DomainMax = 1)");
            Assert.Contains("'nk-search fit erfc --format float32 --max-ulp 0.75 --domain=-1,1 --output erfc-float32.cs'", message);
        }

        [Fact]
        public void NK0013_fit_command_for_whole_type_double_finite_only()
        {
            string message = DiagnosticAssert.Single(
                Kernels("MathFunction.Cbrt, SpecialValues = SpecialValues.FiniteOnly", "double"),
                "NK0013",
                "Approximate(MathFunction.Cbrt, SpecialValues = SpecialValues.FiniteOnly)");
            Assert.Contains("'nk-search fit cbrt --format float64 --max-ulp 1 --finite-only --output cbrt-float64.cs'", message);
        }

        [Theory]
        [InlineData("CorrectlyRounded = true", "--correctly-rounded")]
        [InlineData("Rounding = RoundingMode.TowardZero", "--rounding TowardZero")]
        [InlineData("Rounding = RoundingMode.Stochastic", "--rounding Stochastic")]
        public void NK0014_rounding_requirements_not_in_catalog_name_the_fit_command(string argument, string option)
        {
            string message = DiagnosticAssert.Single(Kernels("MathFunction.Exp, " + argument), "NK0014", argument);
            Assert.Contains("nk-search fit exp --format float32 --max-ulp 1 " + option, message);
        }

        [Fact]
        public void NK0019_undefined_function_value_is_reported_on_the_argument()
            => DiagnosticAssert.Single(Kernels("(MathFunction)99"), "NK0019", "(MathFunction)99");
    }
}
