using System;
using System.Threading;
using NumericKernels.Generators.Numerics;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Search.Fitting;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    public class CoefficientRoundingTests
    {
        private static readonly double HalfLn2 = Math.Log(2) / 2;

        private static (RemezResult Real, double[] Rounded, double RoundedError) FitAndRound(int degree, bool single)
        {
            var problem = new FitProblem("exp", TargetFunctions.Exp(), -HalfLn2, HalfLn2, new[] { new FixedTerm(0, 1.0), new FixedTerm(1, 1.0) }, FitProblem.Powers(2, degree - 1), ErrorMeasure.Relative);
            using var evaluator = new ResidualEvaluator(problem);
            SampledProblem sampled = SampledProblem.Create(problem, evaluator, 2001);
            RemezResult real = RemezExchange.Fit(sampled, requireConvergence: true, CancellationToken.None);
            var (rounded, error) = CoefficientRounder.Round(sampled, real, single, CancellationToken.None);
            return (real, rounded, error);
        }

        [Fact]
        public void RoundedCoefficientsAreExactFloats()
        {
            var (_, rounded, _) = FitAndRound(6, single: true);
            Assert.Equal(5, rounded.Length);
            foreach (double c in rounded) Assert.Equal(c, (double)(float)c);
        }

        [Fact]
        public void RoundingAndRefittingStaysNearTheRealMinimax()
        {
            // Sollya: fpminimax(exp(x), [|2,...,6|], [|single...|], [-log(2)/2; log(2)/2], 1+x, relative) has relative error
            // 3.2844e-9 (2^-28.18), 7% above the real optimum 3.0574e-9. Rounding each coefficient alone would cost
            // C2's half-ULP, 2^-26·(ln2/2)², about 2^-29 more.
            var (real, _, roundedError) = FitAndRound(6, single: true);
            Assert.InRange(roundedError, real.MaxError, real.MaxError * 1.25);
            Assert.True(roundedError <= 3.2844e-9, $"rounded error {roundedError:G5} is worse than sollya's fpminimax");
        }

        [Fact]
        public void FixingTheLinearCoefficientOfExp2KeepsSollyasAccuracy()
        {
            // Once C1 of 2^r = 1 + r·P(r) is a float, every free term has the factor r: not a Haar space around 0, so the
            // exchange must alternate error/sign(r). Sollya: fpminimax(2^x, [|1,...,6|], [|single...|], [-1/2;1/2], 1,
            // relative) gives 3.6383e-9 (2^-28.03) with C1 = 0x1.62e43p-1.
            var problem = new FitProblem("exp2", TargetFunctions.Exp2(), -0.5, 0.5, new[] { new FixedTerm(0, 1.0) }, FitProblem.Powers(1, 6), ErrorMeasure.Relative);
            using var evaluator = new ResidualEvaluator(problem);
            SampledProblem sampled = SampledProblem.Create(problem, evaluator, 2001);
            RemezResult real = RemezExchange.Fit(sampled, requireConvergence: true, CancellationToken.None);
            var (rounded, error) = CoefficientRounder.Round(sampled, real, single: true, CancellationToken.None);
            Assert.Equal(0.693147182464599609375, rounded[0]); // 0x1.62e43p-1
            Assert.True(error <= 3.6383e-9 * 1.05, $"rounded error {error:G5} (2^{Math.Log2(error):0.00})");
        }

        [Fact]
        public void DoubleCoefficientsCostNothingVisibleAtFloatAccuracy()
        {
            var (real, rounded, roundedError) = FitAndRound(6, single: false);
            Assert.InRange(roundedError, real.MaxError, real.MaxError * 1.0001);
            Assert.All(rounded, c => Assert.True(double.IsFinite(c)));
        }

        [Fact]
        public void MachineRoundingOfADoubleDoubleIsToNearest()
        {
            // 1 + 2^-24 is a float midpoint; a positive low part must round up, a negative one down.
            double midpoint = 1 + Math.ScaleB(1.0, -24);
            Assert.Equal((double)MathF.BitIncrement(1f), CoefficientRounder.ToMachine(new DoubleDouble(midpoint, 1e-30), single: true));
            Assert.Equal(1.0, CoefficientRounder.ToMachine(new DoubleDouble(midpoint, -1e-30), single: true));
            Assert.Equal(CoefficientRounder.Step(1.0, 2, single: true), (double)MathF.BitIncrement(MathF.BitIncrement(1f)));
        }
    }
}
