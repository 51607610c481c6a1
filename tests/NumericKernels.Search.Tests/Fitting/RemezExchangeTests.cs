using System;
using System.Threading;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Search.Fitting;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    /// <summary>The Remez exchange against minimax errors known in closed form or from Sollya.</summary>
    public class RemezExchangeTests
    {
        private static RemezResult Fit(FitProblem problem)
        {
            using var evaluator = new ResidualEvaluator(problem);
            return RemezExchange.Fit(SampledProblem.Create(problem, evaluator, 4001), requireConvergence: true, CancellationToken.None);
        }

        [Theory]
        [InlineData(2)]
        [InlineData(3)]
        [InlineData(5)]
        [InlineData(8)]
        public void BestDegreeNApproximationOfXToTheNPlusOneHasChebyshevError(int n)
        {
            // x^(n+1) - p*(x) = T_(n+1)(x)/2^n: the monic Chebyshev polynomial has the least maximum on [-1, 1].
            var problem = new FitProblem("x^" + (n + 1), TargetFunctions.Power(n + 1), -1, 1, Array.Empty<FixedTerm>(), FitProblem.Powers(0, n + 1), ErrorMeasure.Absolute);
            RemezResult result = Fit(problem);
            Assert.True(result.Converged);
            Assert.Equal(Math.ScaleB(1.0, -n), result.MaxError, Math.ScaleB(1.0, -n) * 1e-6);
        }

        [Fact]
        public void BestLinearApproximationOfExpOnUnitIntervalMatchesTheDerivation()
        {
            // p(x) = c0 + c1·x touches the error extremes at 0, xi and 1: c1 = e - 1, xi = ln(e - 1),
            // E = (1 - (e - 1)(1 - ln(e - 1)))/2 = 0.105933416257783260 (mpmath, 30 digits). Sollya's remez(exp(x), 1, [0;1])
            // stops at its default quality 1e-5: its polynomial's dirtyinfnorm is 0.105933416282470, 2.5e-11 above the optimum.
            double slope = Math.E - 1;
            double expected = (1 - slope * (1 - Math.Log(slope))) / 2;
            var problem = new FitProblem("exp", TargetFunctions.Exp(), 0, 1, Array.Empty<FixedTerm>(), FitProblem.Powers(0, 2), ErrorMeasure.Absolute);
            RemezResult result = Fit(problem);
            Assert.Equal(0.105933416257783260, expected, 1e-15);
            Assert.Equal(expected, result.MaxError, 1e-12);
            Assert.Equal(slope, result.Coefficients[1].ToDouble(), 1e-10);
            Assert.Equal(1 - expected, result.Coefficients[0].ToDouble(), 1e-10);
        }

        [Theory]
        // Sollya 8.0, prec=300: fpminimax(exp(x), [|2,...,n|], [|D...|], [-log(2)/2; log(2)/2], 1+x, relative) and
        // dirtyinfnorm(P/exp(x)-1, I): degree 5: 1.04638066921974e-7, degree 6: 3.05744655190962e-9. The real-coefficient
        // minimax is at most these (double coefficients cost nothing visible at this size).
        [InlineData(5, 1.04638066921974e-7)]
        [InlineData(6, 3.05744655190962e-9)]
        public void RelativeErrorOfExpWithFixedOnePlusRMatchesSollya(int degree, double sollya)
        {
            double half = Math.Log(2) / 2;
            var problem = new FitProblem("exp", TargetFunctions.Exp(), -half, half, new[] { new FixedTerm(0, 1.0), new FixedTerm(1, 1.0) }, FitProblem.Powers(2, degree - 1), ErrorMeasure.Relative);
            RemezResult result = Fit(problem);
            Assert.True(result.Converged);
            Assert.InRange(result.MaxError, sollya * (1 - 1e-4), sollya * (1 + 1e-4));
        }

        [Fact]
        public void OddPowersOnTheHalfIntervalGiveTheChebyshevError()
        {
            // x^5 - (c1·x + c3·x^3) with the odd Chebyshev T5 = 16x^5 - 20x^3 + 5x: the best error is 1/16 on [0, 1]
            // (alternating at 1, cos(pi/5), cos(2pi/5)) with c3 = 20/16, c1 = -5/16. This is the shape of sin(r) = r + r^3·P(r^2).
            var problem = new FitProblem("x^5", TargetFunctions.Power(5), 0, 1, Array.Empty<FixedTerm>(), FitProblem.Powers(1, 2, step: 2), ErrorMeasure.Absolute);
            RemezResult result = Fit(problem);
            Assert.True(result.Converged);
            Assert.Equal(1.0 / 16, result.MaxError, 1.0 / 16 * 1e-6);
            Assert.Equal(-5.0 / 16, result.Coefficients[0].ToDouble(), 1e-6);
            Assert.Equal(20.0 / 16, result.Coefficients[1].ToDouble(), 1e-6);
        }

        [Fact]
        public void StepPowersAcrossZeroAreAFitError()
        {
            var problem = new FitProblem("x^5", TargetFunctions.Power(5), -1, 1, Array.Empty<FixedTerm>(), FitProblem.Powers(1, 2, step: 2), ErrorMeasure.Absolute);
            Assert.Contains("[0, b]", Assert.Throws<FitException>(problem.Validate).Message);
        }

        [Fact]
        public void TooManyCoefficientsForTheGridIsAFitError()
        {
            var problem = new FitProblem("x^3", TargetFunctions.Power(3), -1, 1, Array.Empty<FixedTerm>(), FitProblem.Powers(0, 40), ErrorMeasure.Absolute);
            using var evaluator = new ResidualEvaluator(problem);
            var error = Assert.Throws<FitException>(() => RemezExchange.Fit(SampledProblem.Create(problem, evaluator, 200), true, CancellationToken.None));
            Assert.Contains("degree too high", error.Message);
        }

        [Fact]
        public void ExactPolynomialIsBeyondWorkingPrecision()
        {
            // x^3 with a degree-5 polynomial is exact: nothing is left to level.
            var problem = new FitProblem("x^3", TargetFunctions.Power(3), -1, 1, Array.Empty<FixedTerm>(), FitProblem.Powers(0, 6), ErrorMeasure.Absolute);
            var error = Assert.Throws<FitException>(() => Fit(problem));
            Assert.Contains("degree too high", error.Message);
        }
    }
}
