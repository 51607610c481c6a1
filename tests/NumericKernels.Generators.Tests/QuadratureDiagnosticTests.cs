using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>Every misuse of [Quadrature] gets one diagnostic, with a stable id, on the offending syntax.</summary>
    public class QuadratureDiagnosticTests
    {
        // A double and a float integrand, and an instance method and a property that are not integrands.
        private const string Integrands = """
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static double F(double x) => x * x;
            [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] static float G(float x) => x * x;
            static double Plain(double x) => x * x;
            double Instance(double x) => x;
            static double Property => 1.0;
            static double Two(double x, double y) => x + y;

            """;

        private const string Fixed = " public static partial double I(double a, double b);";

        private static string Kernels(string members) => KernelSources.InKernelsClass(Integrands + members).Replace("public static partial class Kernels", "public partial class Kernels");

        [Fact]
        public void NK0027_a_rule_outside_the_enum_is_reported_on_the_argument()
            => Assert.Contains("not a defined QuadratureRule", DiagnosticAssert.Single(Kernels("[Quadrature((QuadratureRule)42, Points = 5, Integrand = nameof(F))]" + Fixed), "NK0027", "(QuadratureRule)42"));

        [Fact]
        public void NK0027_a_kernel_outside_the_enum_is_reported_on_the_argument()
            => DiagnosticAssert.Single(Kernels("[Quadrature(QuadratureRule.Bayesian, Points = 9, Kernel = (BayesKernel)9)] public static partial double I(ReadOnlySpan<double> samples, double interval);"), "NK0027", "Kernel = (BayesKernel)9");

        [Theory]
        [InlineData("QuadratureRule.GaussLegendre, Points = 0", "Points = 0", "1 to 1024")]
        [InlineData("QuadratureRule.GaussLegendre, Points = 1025", "Points = 1025", "1 to 1024")]
        [InlineData("QuadratureRule.GaussLegendre, Points = -3", "Points = -3", "1 to 1024")]
        [InlineData("QuadratureRule.ClenshawCurtis, Points = 1", "Points = 1", "2 to 1025")]
        [InlineData("QuadratureRule.ClenshawCurtis, Points = 1026", "Points = 1026", "2 to 1025")]
        [InlineData("QuadratureRule.GaussKronrod, Points = 20", "Points = 20", "15, 21, 31, 41, 51 or 61")]
        public void NK0030_points_outside_the_rule_are_reported_on_the_argument(string arguments, string located, string says)
            => Assert.Contains(says, DiagnosticAssert.Single(Kernels($"[Quadrature({arguments}, Integrand = nameof(F))]" + Fixed), "NK0030", located));

        [Fact]
        public void NK0030_a_fixed_rule_without_points_is_reported_on_the_attribute()
            => Assert.Contains("set Points", DiagnosticAssert.Single(Kernels("[Quadrature(QuadratureRule.GaussLegendre, Integrand = nameof(F))]" + Fixed), "NK0030", "Quadrature(QuadratureRule.GaussLegendre, Integrand = nameof(F))"));

        [Fact]
        public void NK0030_bayesian_points_out_of_range_are_reported_on_the_argument()
            => DiagnosticAssert.Single(Kernels("[Quadrature(QuadratureRule.Bayesian, Points = 1)] public static partial double I(ReadOnlySpan<double> samples, double interval);"), "NK0030", "Points = 1");

        [Theory]
        [InlineData("QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(F), AbsoluteTolerance = 1e-9", "AbsoluteTolerance = 1e-9")]
        [InlineData("QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(F), RelativeTolerance = 1e-9", "RelativeTolerance = 1e-9")]
        [InlineData("QuadratureRule.ClenshawCurtis, Points = 5, Integrand = nameof(F), MaxSubdivisions = 10", "MaxSubdivisions = 10")]
        [InlineData("QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(F), Kernel = BayesKernel.Matern32", "Kernel = BayesKernel.Matern32")]
        [InlineData("QuadratureRule.GaussKronrod, Integrand = nameof(F), LengthScale = 0.5", "LengthScale = 0.5")]
        [InlineData("QuadratureRule.TanhSinh, Integrand = nameof(F), Points = 7", "Points = 7")]
        public void NK0028_an_option_the_rule_does_not_have_is_reported_on_the_argument(string arguments, string located)
            => DiagnosticAssert.Single(Kernels($"[Quadrature({arguments})]" + Fixed), "NK0028", located);

        [Theory]
        [InlineData("QuadratureRule.Trapezoid, Integrand = nameof(F)", "Integrand = nameof(F)")]
        [InlineData("QuadratureRule.Simpson, Points = 9", "Points = 9")]
        public void NK0028_sampled_rules_take_neither_an_integrand_nor_points(string arguments, string located)
            => DiagnosticAssert.Single(Kernels($"[Quadrature({arguments})] public static partial double I(ReadOnlySpan<double> samples, double step);"), "NK0028", located);

        [Theory]
        [InlineData("QuadratureRule.GaussKronrod, Integrand = nameof(F), AbsoluteTolerance = -1e-9", "AbsoluteTolerance = -1e-9", "0 or more")]
        [InlineData("QuadratureRule.GaussKronrod, Integrand = nameof(F), AbsoluteTolerance = double.PositiveInfinity", "AbsoluteTolerance = double.PositiveInfinity", "finite")]
        [InlineData("QuadratureRule.TanhSinh, Integrand = nameof(F), RelativeTolerance = double.NaN", "RelativeTolerance = double.NaN", "NaN")]
        [InlineData("QuadratureRule.TanhSinh, Integrand = nameof(F), RelativeTolerance = 1", "RelativeTolerance = 1", "up to (not including) 1")]
        [InlineData("QuadratureRule.GaussKronrod, Integrand = nameof(F), MaxSubdivisions = 0", "MaxSubdivisions = 0", "1 or more")]
        [InlineData("QuadratureRule.TanhSinh, Integrand = nameof(F), MaxSubdivisions = 0", "MaxSubdivisions = 0", "1 or more")]
        [InlineData("QuadratureRule.TanhSinh, Integrand = nameof(F), MaxSubdivisions = 9", "MaxSubdivisions = 9", "halves its step at most 8 times")]
        public void NK0032_an_invalid_tolerance_is_reported_on_the_argument(string arguments, string located, string says)
        {
            string message = DiagnosticAssert.Single(Kernels($"[Quadrature({arguments})] public static partial QuadratureResult I(double a, double b);"), "NK0032", located);
            Assert.Contains(says, message);
        }

        [Fact]
        public void NK0032_a_length_scale_that_is_not_positive_is_reported_on_the_argument()
            => DiagnosticAssert.Single(Kernels("[Quadrature(QuadratureRule.Bayesian, Points = 9, LengthScale = 0)] public static partial double I(ReadOnlySpan<double> samples, double interval);"), "NK0032", "LengthScale = 0");

        [Theory]
        [InlineData("Points = 256, Kernel = BayesKernel.Matern72, LengthScale = 0.5", "LengthScale = 0.5", "above a length scale of 0.1")]
        [InlineData("Points = 9, LengthScale = 150", "LengthScale = 150", "at most 100 times the interval")]
        [InlineData("Points = 9, LengthScale = 1e-200", "LengthScale = 1e-200", "at least 1E-06 times the interval")]
        [InlineData("Points = 200, Kernel = BayesKernel.Matern72", "Quadrature(QuadratureRule.Bayesian, Points = 200, Kernel = BayesKernel.Matern72)", "0.5 (the default)")]
        public void NK0032_a_length_scale_too_long_for_correctly_rounded_weights_is_reported(string arguments, string located, string says)
        {
            string message = DiagnosticAssert.Single(Kernels($"[Quadrature(QuadratureRule.Bayesian, {arguments})] public static partial double I(ReadOnlySpan<double> samples, double interval);"), "NK0032", located);
            Assert.Contains(says, message);
        }

        [Theory]
        [InlineData("public static partial double I(ReadOnlySpan<double> samples, float interval);")]
        [InlineData("public static partial double I(ReadOnlySpan<double> samples, double interval, ref double variance);")]
        [InlineData("public static partial double I(ReadOnlySpan<double> samples, double interval, out float variance);")]
        [InlineData("public static partial double I(Span<double> samples, double interval);")]
        [InlineData("public static partial QuadratureResult I(ReadOnlySpan<double> samples, double interval);")]
        [InlineData("public static partial double I(double a, double b);")]
        public void NK0033_a_bayesian_method_of_another_shape_is_reported_on_its_name(string declaration)
            => Assert.Contains("out double variance", DiagnosticAssert.Single(Kernels("[Quadrature(QuadratureRule.Bayesian, Points = 9)] " + declaration), "NK0033", "I"));

        [Fact]
        public void NK0031_a_missing_integrand_is_reported_on_the_attribute()
            => Assert.Contains("needs Integrand = nameof(F)", DiagnosticAssert.Single(Kernels("[Quadrature(QuadratureRule.GaussLegendre, Points = 5)]" + Fixed), "NK0031", "Quadrature(QuadratureRule.GaussLegendre, Points = 5)"));

        [Theory]
        [InlineData("\"Missing\"", "is not a member of 'Kernels'")]
        [InlineData("nameof(G)", "has no overload 'static double G(double x)': found 'static float Kernels.G(float x)'")]
        [InlineData("nameof(Instance)", "found 'double Kernels.Instance(double x)'")]
        [InlineData("nameof(Property)", "'Property' is a property")]
        [InlineData("nameof(Two)", "has no overload 'static double Two(double x)'")]
        [InlineData("nameof(I)", "has no overload 'static double I(double x)'")]
        public void NK0031_an_unknown_or_mistyped_integrand_is_reported_on_the_argument(string integrand, string says)
        {
            string message = DiagnosticAssert.Single(Kernels($"[Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = {integrand})]" + Fixed), "NK0031", "Integrand = " + integrand);
            Assert.Contains(says, message);
        }

        [Fact]
        public void NK0031_a_float_kernel_needs_a_float_integrand()
            => Assert.Contains("'static float F(float x)'", DiagnosticAssert.Single(
                Kernels("[Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(F))] public static partial float I(float a, float b);"), "NK0031", "Integrand = nameof(F)"));

        [Theory]
        [InlineData("public static partial double I(double a);", "I")]
        [InlineData("public static partial double I(double a, float b);", "I")]
        [InlineData("public static partial int I(int a, int b);", "I")]
        [InlineData("public static partial double I(double a, double b, double c);", "I")]
        [InlineData("public static partial double I(ref double a, double b);", "I")]
        [InlineData("public static partial double I(double a, out double b);", "I")]
        [InlineData("public static partial void I(Span<double> a, ReadOnlySpan<double> b, Span<double> result);", "I")]
        [InlineData("public static partial void I(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<float> result);", "I")]
        [InlineData("public static partial double I(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);", "I")]
        [InlineData("public static partial QuadratureResult I(double a, double b);", "QuadratureResult")]
        public void NK0033_a_shape_that_does_not_fit_the_rule_is_reported(string declaration, string located)
            => Assert.Contains("use 'double I(double a, double b)'", DiagnosticAssert.Single(
                Kernels("[Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(F))] " + declaration), "NK0033", located));

        [Fact]
        public void NK0034_an_integrand_without_aggressive_inlining_is_a_suggestion_on_the_argument_and_the_kernel_is_still_generated()
        {
            string source = Kernels("[Quadrature(QuadratureRule.GaussLegendre, Points = 20, Integrand = nameof(Plain))]" + Fixed);
            Assert.Contains("mark it to have it inlined", DiagnosticAssert.Single(source, "NK0034", "Integrand = nameof(Plain)"));
            GeneratorRun run = GeneratorHarness.Run(source);
            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, Assert.Single(run.GeneratorDiagnostics).Severity);
            Assert.Contains(run.Sources, s => s.HintName == "Demo.Kernels.I_Fixed_Float64.g.cs");
            Assert.Empty(run.CompilationProblems);
        }

        [Theory]
        [InlineData("public static partial double I(double a, double b);", "double", "returns a QuadratureResult that says so")]
        [InlineData("public static partial void I(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);", "I", "use 'QuadratureResult I(double a, double b)'")]
        public void NK0033_an_adaptive_rule_needs_a_quadrature_result(string declaration, string located, string says)
            => Assert.Contains(says, DiagnosticAssert.Single(Kernels("[Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(F))] " + declaration), "NK0033", located));

        [Theory]
        [InlineData("public static partial double I(double a, double b);")]
        [InlineData("public static partial double I(ReadOnlySpan<double> samples);")]
        [InlineData("public static partial float I(ReadOnlySpan<double> samples, double step);")]
        [InlineData("public static partial double I(Span<double> samples, double step);")]
        public void NK0033_a_sampled_rule_needs_samples_and_a_step(string declaration)
            => Assert.Contains("use 'double I(ReadOnlySpan<double> samples, double step)'", DiagnosticAssert.Single(Kernels("[Quadrature(QuadratureRule.Simpson)] " + declaration), "NK0033", "I"));

        [Theory]
        [InlineData("RelativeTolerance = 1e-15", "public static partial QuadratureResult I(double a, double b);", "RelativeTolerance = 1e-15", "cannot be met")]
        [InlineData("RelativeTolerance = 1e-6", "public static partial QuadratureResult I(float a, float b);", "RelativeTolerance = 1e-6", "cannot be met")]
        [InlineData("AbsoluteTolerance = 1e39", "public static partial QuadratureResult I(float a, float b);", "AbsoluteTolerance = 1e39", "overflows")]
        [InlineData("AbsoluteTolerance = 1e-50", "public static partial QuadratureResult I(float a, float b);", "AbsoluteTolerance = 1e-50", "rounds to 0")]
        [InlineData("MaxSubdivisions = 70000", "public static partial QuadratureResult I(double a, double b);", "MaxSubdivisions = 70000", "at most 65536")]
        public void NK0032_tolerances_the_kernel_cannot_meet_and_limits_out_of_range_are_reported(string option, string declaration, string located, string says)
        {
            string source = Kernels($"[Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof({(declaration.Contains("float") ? "G" : "F")}), {option})] " + declaration);
            Assert.Contains(says, DiagnosticAssert.Single(source, "NK0032", located));
        }

        [Theory]
        [InlineData("public static partial double I(this double a, double b);")]
        [InlineData("public static partial void I(scoped ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result);")]
        public void NK0033_extension_methods_and_scoped_parameters_are_reported(string declaration)
            => DiagnosticAssert.Single(Kernels("[Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(F))] " + declaration), "NK0033", "I");

        [Fact]
        public void NK0032_two_zero_tolerances_are_reported_on_the_attribute()
            => Assert.Contains("at least one of them must be above 0", DiagnosticAssert.Single(
                Kernels("[Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(F), AbsoluteTolerance = 0, RelativeTolerance = 0)] public static partial QuadratureResult I(double a, double b);"),
                "NK0032", "Quadrature(QuadratureRule.GaussKronrod, Integrand = nameof(F), AbsoluteTolerance = 0, RelativeTolerance = 0)"));

        [Fact]
        public void A_kernel_method_that_is_not_partial_is_reported_before_the_rule_is_computed()
            => DiagnosticAssert.Single(Kernels("[Quadrature(QuadratureRule.GaussLegendre, Points = 5, Integrand = nameof(F))] public static double I(double a, double b) => 0;"), "NK0001", "I");
    }
}
