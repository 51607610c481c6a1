using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>
    /// Outputs passed as out or ReadOnlySpan, params arrays, vector widths that differ between argument and result, and
    /// a pinned entry of another function: each is one diagnostic with its id on the method's name, for every family.
    /// </summary>
    public class SignatureMisuseTests
    {
        private const string Integrand = " static double G(double x) => x;";

        [Theory]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial void F(ReadOnlySpan<float> x, out Span<float> y);", "NK0006")]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial float F(out float x);", "NK0006")]
        [InlineData("[Polynomial(1.0)] public static partial void F(ReadOnlySpan<double> x, out Span<double> y);", "NK0006")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void F(ReadOnlySpan<float> x, out Span<byte> y);", "NK0024")]
        [InlineData("[Dequantize(NumberFormat.Float8E4M3)] public static partial void F(ReadOnlySpan<byte> c, out Span<float> y);", "NK0024")]
        [InlineData("[Quadrature(QuadratureRule.GaussLegendre, Points = 4, Integrand = nameof(G))] public static partial double F(double a, out double b);" + Integrand, "NK0033")]
        [InlineData("[Quadrature(QuadratureRule.Bayesian, Points = 4)] public static partial double F(ReadOnlySpan<double> s, double h, ref double v);", "NK0033")]
        public void Out_and_ref_outputs_are_reported_on_the_method(string members, string id)
            => DiagnosticAssert.Single(KernelSources.InKernelsClass(members), id, "F");

        [Theory]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial void F(ReadOnlySpan<float> x, ReadOnlySpan<float> y);", "NK0006")]
        [InlineData("[Polynomial(1.0)] public static partial void F(ReadOnlySpan<float> x, ReadOnlySpan<float> y);", "NK0006")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void F(ReadOnlySpan<float> x, ReadOnlySpan<byte> y);", "NK0024")]
        [InlineData("[Dequantize(NumberFormat.Float8E4M3)] public static partial void F(ReadOnlySpan<byte> c, ReadOnlySpan<float> y);", "NK0024")]
        [InlineData("[Quadrature(QuadratureRule.GaussLegendre, Points = 4, Integrand = nameof(G))] public static partial void F(ReadOnlySpan<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> r);" + Integrand, "NK0033")]
        public void ReadOnlySpan_outputs_are_reported_on_the_method(string members, string id)
            => DiagnosticAssert.Single(KernelSources.InKernelsClass(members), id, "F");

        [Theory]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial float F(params float[] x);", "NK0006")]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial void F(ReadOnlySpan<float> x, params Span<float> y);", "NK0006")]
        [InlineData("[Polynomial(1.0)] public static partial float F(params float[] x);", "NK0006")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void F(float[] x, params byte[] y);", "NK0024")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void F(ReadOnlySpan<float> x, params Span<byte> y);", "NK0024")]
        [InlineData("[Quadrature(QuadratureRule.GaussLegendre, Points = 4, Integrand = nameof(G))] public static partial double F(params double[] a);" + Integrand, "NK0033")]
        public void Params_parameters_are_reported_on_the_method(string members, string id)
            => DiagnosticAssert.Single(KernelSources.InKernelsClass(members), id, "F");

        [Theory]
        [InlineData("[Approximate(MathFunction.Exp)] public static partial Vector256<float> F(Vector128<float> x);")]
        [InlineData("[Approximate(MathFunction.Log)] public static partial Vector128<double> F(Vector512<double> x);")]
        [InlineData("[Polynomial(1.0)] public static partial Vector512<float> F(Vector256<float> x);")]
        [InlineData("[Polynomial(1.0)] public static partial Vector128<double> F(Vector128<float> x);")]
        public void Mismatched_vector_widths_are_NK0006_on_the_method(string members)
            => DiagnosticAssert.Single(KernelSources.InKernelsClass(members), "NK0006", "F");

        [Theory]
        [InlineData("log.f32.u1", "log")]
        [InlineData("exp2.f32.u1", "exp2")]
        public void A_variant_of_another_function_is_NK0012_on_the_variant(string variant, string function)
        {
            string message = DiagnosticAssert.Single(
                KernelSources.InKernelsClass($"[Approximate(MathFunction.Exp, Variant = \"{variant}\")] public static partial float F(float x);"),
                "NK0012",
                $"Variant = \"{variant}\"");
            Assert.Contains($"it computes {function}, not exp", message);
        }
    }
}
