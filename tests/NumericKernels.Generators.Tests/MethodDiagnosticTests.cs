using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>Misused kernel methods get one diagnostic, with a stable id, on the offending syntax.</summary>
    public class MethodDiagnosticTests
    {
        private static string Kernels(string members) => KernelSources.InKernelsClass(members);

        [Fact]
        public void NK0001_method_not_partial_is_reported_on_its_name()
            => DiagnosticAssert.Single(Kernels("[Polynomial(1.0)] public static float Twice(float x) => x;"), "NK0001", "Twice");

        [Fact]
        public void NK0002_method_with_a_body_is_reported_on_its_name()
            => DiagnosticAssert.Single(Kernels("[Polynomial(1.0)] public static partial float Twice(float x) { return x; }"), "NK0002", "Twice");

        [Fact]
        public void NK0003_instance_method_is_reported_on_its_name()
            => DiagnosticAssert.Single(
                KernelSources.Usings + "public partial class Instance { [Polynomial(1.0)] public partial float Twice(float x); }",
                "NK0003",
                "Twice");

        [Fact]
        public void NK0004_non_partial_containing_type_is_reported_on_that_type_name()
            => DiagnosticAssert.Single(
                KernelSources.Usings + "public static partial class Outer { public static class Inner { [Polynomial(1.0)] public static partial float F(float x); } }",
                "NK0004",
                "Inner");

        [Fact]
        public void NK0005_generic_method_is_reported_on_its_type_parameters()
            => DiagnosticAssert.Single(Kernels("[Polynomial(1.0)] public static partial T F<T>(T x);"), "NK0005", "<T>");

        [Theory]
        [InlineData("public static partial float F(float x, float y);")]
        [InlineData("public static partial float F(double x);")]
        [InlineData("public static partial float F(ref float x);")]
        [InlineData("public static partial void F(float x);")]
        [InlineData("public static partial float F(ReadOnlySpan<float> x);")]
        [InlineData("public static partial void F(Span<float> x, Span<float> y);")]
        public void NK0006_unsupported_signature_is_reported_on_the_method_name_and_lists_the_shapes(string declaration)
        {
            string message = DiagnosticAssert.Single(Kernels("[Polynomial(1.0)] " + declaration), "NK0006", "F");
            Assert.Contains("Vector128<T> F(Vector128<T> x)", message);
        }

        [Theory]
        [InlineData("public static partial int F(int x);", "int")]
        [InlineData("public static partial Vector128<int> F(Vector128<int> x);", "Vector128<int>")]
        [InlineData("public static partial void F(ReadOnlySpan<Half> x, Span<Half> y);", "ReadOnlySpan<Half>")]
        public void NK0007_unsupported_element_type_is_reported_on_the_parameter_type(string declaration, string located)
            => DiagnosticAssert.Single(Kernels("[Polynomial(1.0)] " + declaration), "NK0007", located);

        [Theory]
        [InlineData("public static partial void F(ReadOnlySpan<double> x, Span<Half> y);", "Span<Half>")]
        [InlineData("public static partial void F(ReadOnlySpan<float> x, Span<double> y);", "Span<double>")]
        [InlineData("public static partial void F(ReadOnlySpan<double> x, Span<BFloat16> y);", "Span<BFloat16>")]
        public void NK0008_span_output_not_allowed_for_the_input_is_reported_on_the_output_type(string declaration, string located)
            => DiagnosticAssert.Single(Kernels("[Polynomial(1.0)] " + declaration), "NK0008", located);

        [Fact]
        public void NK0020_two_kernel_attributes_on_one_method_are_reported_once_on_its_name()
            => DiagnosticAssert.Single(
                Kernels("[Approximate(MathFunction.Exp)][Polynomial(1.0)] public static partial float F(float x);"),
                "NK0020",
                "F");
    

        [Theory]
        [InlineData("public static void Host() { [Approximate(MathFunction.Exp)] static void Local(ReadOnlySpan<float> x, Span<float> y) { } }", "Approximate(MathFunction.Exp)", "local function 'Local'")]
        [InlineData("public static Action Make() => [Polynomial(1.0)] () => { };", "Polynomial(1.0)", "a lambda")]
        [InlineData("public static float P { [Quadrature(QuadratureRule.Trapezoid)] get => 0; }", "Quadrature(QuadratureRule.Trapezoid)", "a 'get' accessor")]
        [InlineData("public static event Action E { add { } [Quantize(NumberFormat.Float8E4M3)] remove { } }", "Quantize(NumberFormat.Float8E4M3)", "a 'remove' accessor")]
        public void NK0035_a_kernel_attribute_on_a_local_function_lambda_or_accessor_is_reported_on_the_attribute(string member, string located, string says)
            => Assert.Contains(says, DiagnosticAssert.Single(Kernels(member), "NK0035", located));

        [Fact]
        public void NK0036_an_extern_kernel_method_is_reported_on_its_name()
            => DiagnosticAssert.Single(Kernels("[Approximate(MathFunction.Exp)] public static extern partial float F(float x);"), "NK0036", "F");

        [Fact]
        public void NK0037_a_kernel_method_with_its_own_implementation_is_reported_on_its_name()
            => DiagnosticAssert.Single(Kernels("[Polynomial(1.0)] public static partial float F(float x);\npublic static partial float F(float x) => x;"), "NK0037", "F");

        [Fact]
        public void NK0038_a_kernel_method_in_a_file_local_type_is_reported_on_the_type_name()
            => DiagnosticAssert.Single(
                KernelSources.Usings + "namespace Demo;\n\nfile static partial class Local\n{\n[Polynomial(1.0)] public static partial float F(float x);\n}\n",
                "NK0038",
                "Local");
    

        [Theory]
        [InlineData("[Approximate(MathFunction.Exp, SpecialValues = (SpecialValues)7)] public static partial float F(float x);", "SpecialValues = (SpecialValues)7", "7 is not a defined SpecialValues value")]
        [InlineData("[Approximate(MathFunction.Exp, Rounding = (RoundingMode)42)] public static partial float F(float x);", "Rounding = (RoundingMode)42", "42 is not a defined RoundingMode value")]
        [InlineData("[Polynomial(1.0, 2.0, Scheme = (PolynomialScheme)9)] public static partial float F(float x);", "Scheme = (PolynomialScheme)9", "9 is not a defined PolynomialScheme value")]
        public void NK0027_an_enum_argument_outside_its_defined_values_is_reported_on_the_argument(string declaration, string located, string says)
            => Assert.Contains(says, DiagnosticAssert.Single(Kernels(declaration), "NK0027", located));
    }
}
