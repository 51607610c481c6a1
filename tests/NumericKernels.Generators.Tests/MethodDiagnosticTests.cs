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
    }
}
