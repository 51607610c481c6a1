using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs;
using NumericKernels.Generators.Programs.Algorithms;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Search.Fitting;
using NumericKernels.Search.Programs;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    /// <summary>nk-search fit for sigmoid and tanh: the problems their descriptors set, the candidates planned, and a fitted tanh core.</summary>
    public class ExpQuotientFitTests
    {
        private static FitLayout Layout(AlgorithmDescriptor descriptor, int degree) =>
            descriptor.Layout(new FitQuery(MathFunctionId.Tanh, ElementKind.Float32, degree, double.NegativeInfinity, double.PositiveInfinity, false), MpfrFitNumerics.Instance);

        private static RemezResult Remez(CoreFit core, int grid)
        {
            FitProblem problem = FitProblem.From(core, MathFunctionId.Tanh);
            using var evaluator = new ResidualEvaluator(problem);
            return RemezExchange.Fit(SampledProblem.Create(problem, evaluator, grid), requireConvergence: true, CancellationToken.None);
        }

        [Theory]
        // Sollya 8.0, prec=300: fpminimax(tanh(x), [|3,5,...,d|], [|200...|], [2^-60; 0x1.2p-1], x, relative) and
        // dirtyinfnorm(p/tanh(x)-1, I): degree 9: 4.55940404598712e-8, degree 11: 1.34491746968086e-9 (200-bit
        // coefficients: the real minimax to the digits shown).
        [InlineData(9, 4.55940404598712e-8)]
        [InlineData(11, 1.34491746968086e-9)]
        public void TanhOddCoreMinimaxMatchesSollya(int degree, double sollya)
        {
            RemezResult result = Remez(Layout(TanhAlgorithm.ExpQuotient, degree).Cores.Single(), 4001);
            Assert.True(result.Converged);
            Assert.InRange(result.MaxError, sollya * (1 - 1e-4), sollya * (1 + 1e-4));
        }

        [Theory]
        // Sollya 8.0, prec=300, h = 0.34657359027997264·(1 + 1e-4): fpminimax(expm1(x), [|2,...,d|], [|200...|], [-h; h], x,
        // relative) and dirtyinfnorm(p/expm1(x)-1, [-h; h]): degree 6: 1.31777609247192e-8, degree 7: 2.39172847678042e-10.
        [InlineData(6, 1.31777609247192e-8)]
        [InlineData(7, 2.39172847678042e-10)]
        public void TanhExpM1CoreMinimaxMatchesSollya(int degree, double sollya)
        {
            RemezResult result = Remez(Layout(TanhAlgorithm.ExpM1Quotient, degree).Cores.Single(), 4001);
            Assert.True(result.Converged);
            Assert.InRange(result.MaxError, sollya * (1 - 1e-4), sollya * (1 + 1e-4));
        }

        [Fact]
        public void TanhCandidatesHaveNoSpecialPathOddPolynomialsOddDegreesAndSigmoidsHaveOne()
        {
            var tanh = CandidatePlanner.Plan(new FitRequest(MathFunctionId.Tanh, ElementKind.Float32, 1, double.NegativeInfinity, double.PositiveInfinity));
            Assert.NotEmpty(tanh);
            Assert.All(tanh, c => Assert.True(!c.SpecialPath && c.Algorithm is KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort or KernelAlgorithm.TanhExpM1Quotient or KernelAlgorithm.TanhExpM1QuotientShort, c.ToString()));
            Assert.All(tanh.Where(c => c.Algorithm is KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort), c => Assert.True(c.Degree % 2 == 1, c.ToString()));
            Assert.Contains(tanh, c => c.Algorithm == KernelAlgorithm.TanhExpM1Quotient);
            var sigmoid = CandidatePlanner.Plan(new FitRequest(MathFunctionId.Sigmoid, ElementKind.Float32, 1, double.NegativeInfinity, double.PositiveInfinity));
            Assert.All(sigmoid, c => Assert.True(c.SpecialPath && c.Algorithm is KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort, c.ToString()));
            // The planned cost of the catalog's shapes is their entries' cost.
            Assert.Equal(KernelCatalog.Entries.Single(e => e.Id == "tanh.f32.u1").Cost, tanh.Single(c => c.Algorithm == KernelAlgorithm.TanhExpM1Quotient && c.Degree == 6 && c.Scheme == EvaluationScheme.Horner).Cost);
            Assert.Equal(KernelCatalog.Entries.Single(e => e.Id == "sigmoid.f32.u1").Cost, sigmoid.Single(c => c.Algorithm == KernelAlgorithm.SigmoidExpQuotient && c.Degree == 6 && c.Scheme == EvaluationScheme.Horner).Cost);
        }

        /// <summary>
        /// The odd-polynomial tanh programs have no catalog entry (the e^r - 1 programs are cheaper), but fit still tries
        /// them: their interpretation must still give the emitted code's bits. Constants: nk-search fit's degree-11 (0.723
        /// ULP) and degree-9 (1.5084 ULP) programs, both verified exhaustively.
        /// </summary>
        [Theory]
        [InlineData("TanhExpQuotient", "-0x1.555548p-2", "0x1.110c5cp-3", "-0x1.b905c4p-5", "0x1.5811f6p-6", "-0x1.9454f2p-8")]
        [InlineData("TanhExpQuotientShort", "-0x1.555422p-2", "0x1.10c636p-3", "-0x1.ae99e2p-5", "0x1.09e9d6p-6")]
        public void OddPolynomialTanhInterpretationIsBitIdenticalToItsEmittedScalarPath(string algorithmName, params string[] coefficients)
        {
            var algorithm = Enum.Parse<KernelAlgorithm>(algorithmName);
            FitLayout layout = Layout(AlgorithmRegistry.For(algorithm), 2 * coefficients.Length + 1);
            var entry = new CatalogEntry(
                "tanh.f32.odd.test", MathFunctionId.Tanh, ElementKind.Float32, double.NegativeInfinity, double.PositiveInfinity, true, 1, "test", algorithm,
                layout.Constants(new[] { coefficients.Select(HexFloat.Parse).ToArray() }, ElementKind.Float32),
                new VerificationRecord(1, "0x1p-1", 1, "test", "test"));
            var interpreter = new ProgramInterpreter(KernelPrograms.Build(entry));
            using var kernel = NumericKernels.Search.Verification.KernelCompiler.Compile<float>(entry);
            var random = new Random(11);
            for (int i = 0; i < 20000; i++)
            {
                float x = (float)(24 * random.NextDouble() - 12);
                Assert.Equal(BitConverter.SingleToInt32Bits(kernel.Scalar(x)), BitConverter.SingleToInt32Bits(interpreter.Evaluate(x)));
            }
        }

        /// <summary>
        /// The fit's own steps up to the interpreted fast path (no verification): Remez, rounding to float, and the ULP error
        /// of the whole tanh program on a sample of the polynomial's range, which must already be within 1 ULP.
        /// </summary>
        [Fact]
        public void FittedDegree11TanhCoreIsWithinOneUlpOnTheInterpretedFastPath()
        {
            FitLayout layout = Layout(TanhAlgorithm.ExpQuotient, 11);
            FitProblem problem = FitProblem.From(layout.Cores.Single(), MathFunctionId.Tanh);
            using var evaluator = new ResidualEvaluator(problem);
            SampledProblem sampled = SampledProblem.Create(problem, evaluator, 2001);
            RemezResult real = RemezExchange.Fit(sampled, requireConvergence: true, CancellationToken.None);
            var (rounded, _) = CoefficientRounder.Round(sampled, real, single: true, CancellationToken.None);
            var entry = new CatalogEntry("tanh.f32.fit.test", MathFunctionId.Tanh, ElementKind.Float32, double.NegativeInfinity, double.PositiveInfinity, true, 1, "test",
                KernelAlgorithm.TanhExpQuotient, layout.Constants(new List<double[]> { rounded }, ElementKind.Float32), new VerificationRecord(1, "0x1p-1", 1, "test", "test"));
            var sample = ErrorSample<float>.Create(MathFunctionId.Tanh, 0, TanhAlgorithm.PolyLimit, 0, TanhAlgorithm.PolyLimit, 4096, seed: 3);
            var (maxUlp, worst) = sample.MaxError(new ProgramInterpreter(KernelPrograms.Build(entry)));
            Assert.True(maxUlp <= 1, $"{maxUlp} ULP at {worst}");
        }
    }
}
