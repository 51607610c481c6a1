using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Fitting;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    /// <summary>nk-search fit for sigmoid and tanh: the problems it sets, the candidates it plans, and a fitted tanh core.</summary>
    public class ExpQuotientFitTests
    {
        [Theory]
        // Sollya 8.0, prec=300: fpminimax(tanh(x), [|3,5,...,d|], [|200...|], [2^-60; 0x1.2p-1], x, relative) and
        // dirtyinfnorm(p/tanh(x)-1, I): degree 9: 4.55940404598712e-8, degree 11: 1.34491746968086e-9 (200-bit
        // coefficients: the real minimax to the digits shown).
        [InlineData(9, 4.55940404598712e-8)]
        [InlineData(11, 1.34491746968086e-9)]
        public void TanhOddCoreMinimaxMatchesSollya(int degree, double sollya)
        {
            FitProblem problem = ExpQuotientShape.TanhProblem(degree);
            using var evaluator = new ResidualEvaluator(problem);
            RemezResult result = RemezExchange.Fit(SampledProblem.Create(problem, evaluator, 4001), requireConvergence: true, CancellationToken.None);
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
            FitProblem problem = ProgramShape.Problem(MathFunctionId.Tanh, ElementKind.Float32, KernelAlgorithm.TanhExpM1Quotient, degree, double.NegativeInfinity, double.PositiveInfinity);
            using var evaluator = new ResidualEvaluator(problem);
            RemezResult result = RemezExchange.Fit(SampledProblem.Create(problem, evaluator, 4001), requireConvergence: true, CancellationToken.None);
            Assert.True(result.Converged);
            Assert.InRange(result.MaxError, sollya * (1 - 1e-4), sollya * (1 + 1e-4));
        }

        [Fact]
        public void TanhCandidatesAreOddDegreesWithoutSpecialPathAndSigmoidsHaveOne()
        {
            var tanh = CandidatePlanner.Plan(new FitRequest(MathFunctionId.Tanh, ElementKind.Float32, 1, double.NegativeInfinity, double.PositiveInfinity));
            Assert.NotEmpty(tanh);
            Assert.All(tanh, c => Assert.True(!c.SpecialPath && ExpQuotientShape.IsTanh(c.Algorithm), c.ToString()));
            Assert.All(tanh.Where(c => ExpQuotientShape.HasOddPolynomial(c.Algorithm)), c => Assert.True(c.Degree % 2 == 1, c.ToString()));
            Assert.Contains(tanh, c => c.Algorithm == KernelAlgorithm.TanhExpM1Quotient);
            var sigmoid = CandidatePlanner.Plan(new FitRequest(MathFunctionId.Sigmoid, ElementKind.Float32, 1, double.NegativeInfinity, double.PositiveInfinity));
            Assert.All(sigmoid, c => Assert.True(c.SpecialPath && c.Algorithm is KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort, c.ToString()));
        }

        [Fact]
        public void CostModelReproducesTheCatalogEntries()
        {
            foreach (CatalogEntry entry in KernelCatalog.Entries.Where(e => e.Function is MathFunctionId.Sigmoid or MathFunctionId.Tanh))
            {
                bool tanh = ExpQuotientShape.IsTanh(entry.Algorithm);
                int coefficients = entry.Constants.Count(c => c.Name.Length > 1 && c.Name[0] == 'C' && char.IsDigit(c.Name[1]));
                int degree = ExpQuotientShape.HasOddPolynomial(entry.Algorithm) ? 2 * coefficients + 1 : coefficients + 1;
                Assert.Equal(entry.Cost, ProgramShape.Cost(entry.Algorithm, degree, specialPath: !tanh));
            }
        }

        /// <summary>
        /// The odd-polynomial tanh programs have no catalog entry (the e^r - 1 programs are cheaper), but fit still tries
        /// them: their simulation must still give the emitted code's bits. Constants: nk-search fit's degree-11 (0.723 ULP)
        /// and degree-9 (1.5084 ULP) programs, both verified exhaustively.
        /// </summary>
        [Theory]
        [InlineData("TanhExpQuotient", "-0x1.555548p-2", "0x1.110c5cp-3", "-0x1.b905c4p-5", "0x1.5811f6p-6", "-0x1.9454f2p-8")]
        [InlineData("TanhExpQuotientShort", "-0x1.555422p-2", "0x1.10c636p-3", "-0x1.ae99e2p-5", "0x1.09e9d6p-6")]
        public void OddPolynomialTanhSimulationIsBitIdenticalToItsEmittedScalarPath(string algorithmName, params string[] coefficients)
        {
            var algorithm = Enum.Parse<KernelAlgorithm>(algorithmName);
            var constants = ExpQuotientShape.ReductionConstants(algorithm).ToList();
            constants.AddRange(coefficients.Select((c, i) => ("C" + i.ToString(CultureInfo.InvariantCulture), c)));
            var entry = new CatalogEntry(
                "tanh.f32.odd.test", MathFunctionId.Tanh, ElementKind.Float32, double.NegativeInfinity, double.PositiveInfinity, true, 1, 52, "test",
                algorithm,
                new NumericKernels.Generators.Models.EquatableArray<NamedConstant>(constants.Select(c => new NamedConstant(c.Name, c.HexFloat))),
                new VerificationRecord(1, "0x1p-1", 1, "test", "test"));
            var simulator = new FastPathSimulator<float>(entry.Algorithm, entry.Constants.ToDictionary(c => c.Name, c => HexFloat.Parse(c.HexFloat), StringComparer.Ordinal));
            using var kernel = NumericKernels.Search.Verification.KernelCompiler.Compile<float>(entry);
            var random = new Random(11);
            for (int i = 0; i < 20000; i++)
            {
                float x = (float)(24 * random.NextDouble() - 12);
                Assert.Equal(BitConverter.SingleToInt32Bits(kernel.Scalar(x)), BitConverter.SingleToInt32Bits(simulator.Evaluate(x)));
            }
        }

        /// <summary>
        /// The fit's own steps up to the simulated fast path (no verification): Remez, rounding to float, and the ULP error
        /// of the whole tanh program on the fit's sample of the polynomial's range, which must already be within 1 ULP.
        /// </summary>
        [Fact]
        public void FittedDegree11TanhCoreIsWithinOneUlpOnTheSimulatedFastPath()
        {
            FitProblem problem = ExpQuotientShape.TanhProblem(11);
            using var evaluator = new ResidualEvaluator(problem);
            SampledProblem sampled = SampledProblem.Create(problem, evaluator, 2001);
            RemezResult real = RemezExchange.Fit(sampled, requireConvergence: true, CancellationToken.None);
            var (rounded, _) = CoefficientRounder.Round(sampled, real, single: true, CancellationToken.None);
            var constants = ExpQuotientShape.ReductionConstants(KernelAlgorithm.TanhExpQuotient)
                .ToDictionary(c => c.Name, c => HexFloat.Parse(c.HexFloat), StringComparer.Ordinal);
            for (int i = 0; i < rounded.Length; i++) constants["C" + i.ToString(CultureInfo.InvariantCulture)] = rounded[i];
            var simulator = new FastPathSimulator<float>(KernelAlgorithm.TanhExpQuotient, constants);
            var sample = ErrorSample<float>.Create(MathFunctionId.Tanh, 0, ExpQuotientShape.TanhPolyLimit, 0, ExpQuotientShape.TanhPolyLimit, 4096, seed: 3);
            var (maxUlp, worst) = sample.MaxError(simulator.Evaluate);
            Assert.True(maxUlp <= 1, $"{maxUlp} ULP at {worst}");
        }
    }
}
