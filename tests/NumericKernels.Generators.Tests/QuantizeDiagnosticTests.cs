using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>Every misuse of [Quantize] and [Dequantize] gets one diagnostic, with a stable id, on the offending syntax.</summary>
    public class QuantizeDiagnosticTests
    {
        private static string Kernels(string members) => KernelSources.InKernelsClass(members);

        private const string QuantizeShape = "public static partial void Q(ReadOnlySpan<float> x, Span<byte> codes);";

        [Theory]
        [InlineData("[Quantize(NumberFormat.Float4E2M1, BlockSize = 8)] " + QuantizeShape, "BlockSize = 8", "use 0 (no block scale), 16 (NVFP4) or 32 (OCP MX)")]
        [InlineData("[Quantize(NumberFormat.BFloat16, BlockSize = 32)] " + QuantizeShape, "BlockSize = 32", "8-bit and narrower")]
        public void NK0021_unsupported_block_size_is_reported_on_the_argument(string members, string located, string says)
            => Assert.Contains(says, DiagnosticAssert.Single(Kernels(members), "NK0021", located));

        [Fact]
        public void NK0022_a_scale_that_cannot_be_a_scale_is_reported_on_the_argument()
            => DiagnosticAssert.Single(
                Kernels("[Quantize(NumberFormat.Float4E2M1, BlockSize = 32, Scale = NumberFormat.Float8E4M3)] public static partial void Q(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);"),
                "NK0022",
                "Scale = NumberFormat.Float8E4M3");

        [Theory]
        [InlineData("[Quantize(NumberFormat.Float32)] " + QuantizeShape, "NumberFormat.Float32")]
        [InlineData("[Quantize(NumberFormat.ScaleE8M0)] " + QuantizeShape, "NumberFormat.ScaleE8M0")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void Q(ReadOnlySpan<float> x, Span<Half> codes);", "Span<Half> codes")]
        [InlineData("[Quantize(NumberFormat.Float16)] public static partial void Q(ReadOnlySpan<float> x, Span<sbyte> codes);", "Span<sbyte> codes")]
        [InlineData("[Quantize(NumberFormat.Int8)] public static partial void Q(ReadOnlySpan<float> x, Span<int> codes);", "Span<int> codes")]
        [InlineData("[Dequantize(NumberFormat.Float16)] public static partial void D(ReadOnlySpan<BFloat16> codes, Span<float> y);", "ReadOnlySpan<BFloat16> codes")]
        public void NK0023_element_format_not_storable_is_reported_on_the_format_or_the_code_span(string members, string located)
            => DiagnosticAssert.Single(Kernels(members), "NK0023", located);

        [Theory]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void Q(ReadOnlySpan<float> x);")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial int Q(ReadOnlySpan<float> x, Span<byte> codes);")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void Q(ReadOnlySpan<double> x, Span<byte> codes);")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void Q(Span<float> x, Span<byte> codes);")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void Q(ReadOnlySpan<float> x, ReadOnlySpan<byte> codes);")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void Q(ReadOnlySpan<float> x, out Span<byte> codes);")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void Q(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);")]
        [InlineData("[Dequantize(NumberFormat.Float8E4M3)] public static partial void Q(ReadOnlySpan<byte> codes, Span<double> y);")]
        [InlineData("[Dequantize(NumberFormat.Float8E4M3)] public static partial void Q(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> other, Span<float> y, ReadOnlySpan<byte> more);")]
        public void NK0024_unsupported_signature_is_reported_on_the_method_name(string members)
            => Assert.Contains("use 'void", DiagnosticAssert.Single(Kernels(members), "NK0024", "Q"));

        [Theory]
        [InlineData("[Quantize(NumberFormat.Float8E4M3)] public static partial void Q(ReadOnlySpan<float> x, Span<byte> codes, ulong seed);", "ulong seed")]
        [InlineData("[Dequantize(NumberFormat.Float8E4M3)] public static partial void Q(ReadOnlySpan<byte> codes, Span<float> y, ulong seed);", "ulong seed")]
        public void NK0025_a_seed_without_stochastic_rounding_is_reported_on_the_seed(string members, string located)
            => DiagnosticAssert.Single(Kernels(members), "NK0025", located);

        [Theory]
        [InlineData(nameof(NumberFormat.Float4E2M1))]
        [InlineData(nameof(NumberFormat.Float6E3M2))]
        [InlineData(nameof(NumberFormat.Int8))]
        public void NK0026_non_finite_overflow_for_a_finite_only_format_is_reported_on_the_argument(string format)
            => DiagnosticAssert.Single(
                Kernels($"[Quantize(NumberFormat.{format}, Overflow = OverflowMode.NonFinite)] " + QuantizeShape),
                "NK0026",
                "Overflow = OverflowMode.NonFinite");

        [Theory]
        [InlineData("[Quantize((NumberFormat)99)] " + QuantizeShape, "(NumberFormat)99")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3, Rounding = (RoundingMode)42)] " + QuantizeShape, "Rounding = (RoundingMode)42")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3, Overflow = (OverflowMode)7)] " + QuantizeShape, "Overflow = (OverflowMode)7")]
        public void NK0027_enum_values_outside_their_enum_are_reported_on_the_argument(string members, string located)
            => DiagnosticAssert.Single(Kernels(members), "NK0027", located);

        [Theory]
        [InlineData("[Dequantize(NumberFormat.Float8E4M3, Rounding = RoundingMode.TowardZero)] public static partial void D(ReadOnlySpan<byte> codes, Span<float> y);", "Rounding = RoundingMode.TowardZero")]
        [InlineData("[Dequantize(NumberFormat.Float8E5M2, Overflow = OverflowMode.NonFinite)] public static partial void D(ReadOnlySpan<byte> codes, Span<float> y);", "Overflow = OverflowMode.NonFinite")]
        [InlineData("[Quantize(NumberFormat.Float8E4M3, Scale = NumberFormat.ScaleUE4M3)] " + QuantizeShape, "Scale = NumberFormat.ScaleUE4M3")]
        public void NK0028_options_that_do_not_apply_are_reported_on_the_argument(string members, string located)
            => DiagnosticAssert.Single(Kernels(members), "NK0028", located);

        [Theory]
        [InlineData("[Quantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.Stochastic)] public static partial void Q(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed);", "Rounding = RoundingMode.Stochastic")]
        public void NK0029_stochastic_rounding_with_a_ue4m3_scale_says_not_supported_yet_on_the_argument(string members, string located)
            => Assert.Contains("not supported yet", DiagnosticAssert.Single(Kernels(members), "NK0029", located));

        [Theory]
        [InlineData(TargetFramework.Net80)]
        [InlineData(TargetFramework.Net100)]
        public void Every_format_generates_code_that_compiles_without_warnings(TargetFramework framework)
        {
            string members = "";
            foreach (string format in new[] { "Float16", "BFloat16", "Float8E4M3", "Float8E5M2", "Float6E3M2", "Float6E2M3", "Float4E2M1", "Int8", "Int4" })
            {
                members += $"[Quantize(NumberFormat.{format}, Rounding = RoundingMode.TowardNegative)] public static partial void Q{format}(ReadOnlySpan<float> x, Span<byte> codes);\n";
                members += $"[Dequantize(NumberFormat.{format})] public static partial void D{format}(ReadOnlySpan<byte> codes, Span<float> y);\n";
            }
            members += "[Quantize(NumberFormat.Float16)] public static partial void QHalf(ReadOnlySpan<float> x, Span<Half> codes);\n";
            members += "[Quantize(NumberFormat.BFloat16)] public static partial void QBf(ReadOnlySpan<float> x, Span<BFloat16> codes);\n";
            members += "[Dequantize(NumberFormat.Int8)] public static partial void DInt(ReadOnlySpan<sbyte> codes, Span<float> y);\n";
            foreach (string format in new[] { "Float8E4M3", "Float8E5M2", "Float6E3M2", "Float6E2M3", "Float4E2M1", "Int8", "Int4" })
            {
                members += $"[Quantize(NumberFormat.{format}, BlockSize = 32)] public static partial void Mx{format}(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);\n";
                members += $"[Quantize(NumberFormat.{format}, BlockSize = 32, Rounding = RoundingMode.Stochastic)] public static partial void SrMx{format}(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales, ulong seed, long offset);\n";
                members += $"[Quantize(NumberFormat.{format}, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3, Rounding = RoundingMode.TowardPositive)] public static partial void Nv{format}(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);\n";
                members += $"[Dequantize(NumberFormat.{format}, BlockSize = 32)] public static partial void DMx{format}(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);\n";
                members += $"[Dequantize(NumberFormat.{format}, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)] public static partial void DNv{format}(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);\n";
            }
            members += "[Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.Stochastic)] public static partial void SrBf(ReadOnlySpan<float> x, Span<BFloat16> y, ulong seed);\n";
            GeneratorRun run = GeneratorHarness.Run(Kernels(members), framework);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
        }
    }
}
