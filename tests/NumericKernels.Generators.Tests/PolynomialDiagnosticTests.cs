using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    public class PolynomialDiagnosticTests
    {
        private static string Kernels(string attribute, string type = "float")
            => KernelSources.InKernelsClass($"{attribute} public static partial {type} P({type} x);");

        [Theory]
        [InlineData("[Polynomial]", "Polynomial")]
        [InlineData("[Polynomial(new double[0])]", "Polynomial(new double[0])")]
        public void NK0015_polynomial_without_coefficients_is_reported_on_the_attribute(string attribute, string located)
            => DiagnosticAssert.Single(Kernels(attribute), "NK0015", located);

        [Fact]
        public void NK0016_nan_coefficient_is_reported_on_that_argument()
        {
            string message = DiagnosticAssert.Single(Kernels("[Polynomial(1.0, double.NaN, 2.0)]"), "NK0016", "double.NaN");
            Assert.Contains("c1", message);
        }

        [Fact]
        public void NK0016_coefficient_beyond_float_range_is_reported_for_float_but_accepted_for_double()
        {
            DiagnosticAssert.Single(Kernels("[Polynomial(1.0, 1e39)]"), "NK0016", "1e39");
            Assert.Empty(GeneratorHarness.Run(Kernels("[Polynomial(1.0, 1e39)]", "double")).GeneratorDiagnostics);
        }

        [Fact]
        public void NK0016_infinite_coefficient_is_reported()
            => DiagnosticAssert.Single(Kernels("[Polynomial(double.PositiveInfinity)]"), "NK0016", "double.PositiveInfinity");
    }
}
