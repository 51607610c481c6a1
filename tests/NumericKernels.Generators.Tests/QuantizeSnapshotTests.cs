using System.Linq;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>The generated text of quantization kernels, so any change to it is seen and accepted by a person.</summary>
    public class QuantizeSnapshotTests
    {
        [Fact]
        public void Fp8_fp6_fp4_and_bfloat16_both_ways_match_snapshot_and_share_kernel_classes()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass("""
                [Quantize(NumberFormat.Float8E4M3)]
                public static partial void ToE4M3(ReadOnlySpan<float> x, Span<byte> codes);

                [Quantize(NumberFormat.Float8E4M3)]
                public static partial void AlsoToE4M3(ReadOnlySpan<float> values, Span<byte> packed);

                [Quantize(NumberFormat.Float6E2M3, Rounding = RoundingMode.TowardZero)]
                public static partial void ToE2M3(ReadOnlySpan<float> x, Span<byte> codes);

                [Quantize(NumberFormat.BFloat16, Overflow = OverflowMode.NonFinite)]
                public static partial void ToBFloat16(ReadOnlySpan<float> x, Span<BFloat16> y);

                [Dequantize(NumberFormat.Float4E2M1)]
                public static partial void FromE2M1(ReadOnlySpan<byte> codes, Span<float> y);

                [Dequantize(NumberFormat.Float8E5M2)]
                public static partial void FromE5M2(ReadOnlySpan<byte> codes, Span<float> y);
                """));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
            // Six methods, five kernel classes: the two E4M3 methods share theirs.
            Assert.Equal(11, run.Sources.Count());
            Assert.Single(run.Sources, s => s.HintName == "NumericKernels.Generated.Quantize_Float8E4M3_ToNearestEven_Saturate.g.cs");
            Snapshot.MatchAll(run);
        }

        [Fact]
        public void Mx_nvfp4_and_stochastic_kernels_match_snapshot()
        {
            GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass("""
                [Quantize(NumberFormat.Float4E2M1, BlockSize = 32)]
                public static partial void ToMxfp4(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales);

                [Dequantize(NumberFormat.Float4E2M1, BlockSize = 16, Scale = NumberFormat.ScaleUE4M3)]
                public static partial void FromNvfp4(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y);

                [Quantize(NumberFormat.BFloat16, Rounding = RoundingMode.Stochastic)]
                public static partial void ToBFloat16Stochastic(ReadOnlySpan<float> x, Span<BFloat16> y, ulong seed, long offset);
                """));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
            Assert.Equal(6, run.Sources.Count());
            Snapshot.MatchAll(run);
        }
    }
}
