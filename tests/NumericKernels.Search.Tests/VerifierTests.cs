using System;
using System.Runtime.Intrinsics;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Verification;
using Xunit;

namespace NumericKernels.Search.Tests
{
    public class VerifierTests
    {
        private static readonly VerificationSettings SmallFloatSweep = new VerificationSettings(SweepMode.Sampled, Samples: 1 << 18);

        [Fact]
        public void CompiledKernelRunsInMemoryThroughEveryPath()
        {
            using CompiledKernel<float> kernel = KernelCompiler.Compile<float>(TestKernels.ExpViaDouble(), TestKernels.ClassName);
            var x = new float[] { 0, 1, -1, 10 };
            var y = new float[4];
            kernel.Span(x, y);
            Assert.Equal(new[] { 1.0f, MathF.E, 1 / MathF.E, (float)Math.Exp(10) }, y);
            Assert.Equal(y[1], kernel.Scalar(1));
            Assert.Equal(y[1], kernel.V256(Vector256.Create(1.0f)).GetElement(7));
        }

        [Fact]
        public void SourceThatDoesNotCompileIsReportedWithTheCompilerErrors()
        {
            var error = Assert.Throws<KernelCompilationException>(() => KernelCompiler.Compile<float>(TestKernels.Kernel("float", "undefined(x)"), TestKernels.ClassName));
            Assert.Contains("undefined", error.Message);
        }

        [Fact]
        public void AFloatKernelWithinItsBoundPassesASampledVerification()
        {
            CatalogEntry entry = TestKernels.Entry(MathFunctionId.Exp, ElementKind.Float32, boundUlp: 1.0);
            EntryVerification result = EntryVerifier.Verify(entry, TestKernels.ExpViaDouble(), TestKernels.ClassName, SmallFloatSweep, null, CancellationToken.None);
            Assert.True(result.Passed, string.Join("; ", result.FailureExamples));
            Assert.InRange(result.MaxUlp, 0.4, 0.5 + 1e-6);
            Assert.InRange(result.CertifiedMaxUlp, result.MaxUlp, result.MaxUlp + 1e-6);
            Assert.True(result.InputsChecked > 1 << 18);
            Assert.Equal(0, result.KindFailures);
            Assert.True(result.ConsistencyChecked > 0);
        }

        [Fact]
        public void ATightenedBoundFails()
        {
            CatalogEntry entry = TestKernels.Entry(MathFunctionId.Exp, ElementKind.Float32, boundUlp: 1.0) with { BoundUlp = 0.01 };
            EntryVerification result = EntryVerifier.Verify(entry, TestKernels.ExpViaDouble(), TestKernels.ClassName, SmallFloatSweep, null, CancellationToken.None);
            Assert.False(result.Passed);
            Assert.False(result.WithinBound);
        }

        [Fact]
        public void AKernelThatMissesOverflowFailsOnSpecialValuesNotOnUlps()
        {
            // Saturates where exp overflows: a finite result where the correctly rounded one is +Inf.
            string source = TestKernels.Kernel("float", "global::System.MathF.Min((float)global::System.Math.Exp(x), float.MaxValue)");
            CatalogEntry entry = TestKernels.Entry(MathFunctionId.Exp, ElementKind.Float32, boundUlp: 1.0);
            EntryVerification result = EntryVerifier.Verify(entry, source, TestKernels.ClassName, SmallFloatSweep, null, CancellationToken.None);
            Assert.False(result.Passed);
            Assert.True(result.KindFailures > 0);
            Assert.Contains(result.FailureExamples, e => e.StartsWith("kind:", StringComparison.Ordinal));
        }

        [Fact]
        public void PathsThatDisagreeBitwiseFail()
        {
            // Span uses one formula, Scalar another: both accurate, but not bit-identical.
            string source = TestKernels.Kernel("float", "(float)global::System.Math.Exp(x)")
                .Replace("public static float Scalar(float x) => (float)global::System.Math.Exp(x);", "public static float Scalar(float x) => global::System.MathF.BitIncrement((float)global::System.Math.Exp(x));")
                .Replace("y[i] = Scalar(x[i]);", "y[i] = (float)global::System.Math.Exp(x[i]);");
            CatalogEntry entry = TestKernels.Entry(MathFunctionId.Exp, ElementKind.Float32, boundUlp: 2.0, min: -10, max: 10);
            EntryVerification result = EntryVerifier.Verify(entry, source, TestKernels.ClassName, SmallFloatSweep, null, CancellationToken.None);
            Assert.False(result.Passed);
            Assert.True(result.ConsistencyFailures > 0);
        }

        [Fact]
        public void ADoubleKernelIsMeasuredAgainstMpfr()
        {
            // Math.Exp (glibc) is within 1 ULP, nearly always correctly rounded.
            string source = TestKernels.Kernel("double", "global::System.Math.Exp(x)");
            CatalogEntry entry = TestKernels.Entry(MathFunctionId.Exp, ElementKind.Float64, boundUlp: 1.0);
            var settings = new VerificationSettings(SweepMode.Sampled, Samples: 20_000);
            EntryVerification result = EntryVerifier.Verify(entry, source, TestKernels.ClassName, settings, null, CancellationToken.None);
            Assert.True(result.Passed, string.Join("; ", result.FailureExamples));
            Assert.InRange(result.MaxUlp, 0.3, 1.0);
            Assert.Contains("MPFR", result.Reference);
        }

        [Fact]
        public void CancellationStopsASweep()
        {
            CatalogEntry entry = TestKernels.Entry(MathFunctionId.Exp, ElementKind.Float32, boundUlp: 1.0);
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();
            Assert.ThrowsAny<OperationCanceledException>(() => EntryVerifier.Verify(entry, TestKernels.ExpViaDouble(), TestKernels.ClassName, SmallFloatSweep, null, cancelled.Token));
        }
    }
}
