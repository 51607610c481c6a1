using System;
using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Algorithms;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Search.Fitting;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    /// <summary>nk-search fit for the sin/cos quadrant program: its two cores and its candidates.</summary>
    public class SinCosFitTests
    {
        /// <summary>
        /// Sollya's fpminimax(sin(x), [|3,5,7|], [|single...|], [2^-30; π/4·(1 + 2^-6.5)], relative, floating, x) has
        /// relative error 4.158e-9 (dirtyinfnorm) and the cos one with 1 - x²/2 fixed 1.414e-10: the real minimax of
        /// the same problems must be a little better, never worse.
        /// </summary>
        [Fact]
        public void RemezMatchesSollyaOnBothCoresAtDegreeSeven()
        {
            var query = new FitQuery(MathFunctionId.Sin, ElementKind.Float32, 7, double.NegativeInfinity, double.PositiveInfinity, true);
            FitLayout layout = SinCosAlgorithm.Quadrant.Layout(query, MpfrFitNumerics.Instance);
            Assert.Equal(new[] { "C3", "C5", "C7", "C4", "C6", "C8" }, layout.Cores.SelectMany(c => c.CoefficientNames));
            double[] sollyaRounded = { 4.158e-9, 1.414e-10 };
            for (int i = 0; i < 2; i++)
            {
                FitProblem problem = FitProblem.From(layout.Cores[i], MathFunctionId.Sin);
                using var evaluator = new ResidualEvaluator(problem);
                SampledProblem sampled = SampledProblem.Create(problem, evaluator, 2001);
                RemezResult real = RemezExchange.Fit(sampled, requireConvergence: true, CancellationToken.None);
                Assert.InRange(real.MaxError, sollyaRounded[i] / 4, sollyaRounded[i]);
            }
        }

        [Fact]
        public void SinAndCosPlanOddDegreesOfTheQuadrantProgramWithAndWithoutSpecialPath()
        {
            foreach (MathFunctionId function in new[] { MathFunctionId.Sin, MathFunctionId.Cos })
            {
                var whole = CandidatePlanner.Plan(new FitRequest(function, ElementKind.Float32, 1, double.NegativeInfinity, double.PositiveInfinity));
                Assert.All(whole, c => Assert.True(c.Algorithm is KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort && c.Degree % 2 == 1 && c.SpecialPath));
                Assert.Equal(KernelAlgorithm.SinCosQuadrantShort, whole[0].Algorithm);
                var bounded = CandidatePlanner.Plan(new FitRequest(function, ElementKind.Float32, 1, -1000, 1000));
                Assert.All(bounded, c => Assert.False(c.SpecialPath));
                Assert.Throws<NotSupportedException>(() => CandidatePlanner.Plan(new FitRequest(function, ElementKind.Float64, 1, double.NegativeInfinity, double.PositiveInfinity)));
            }
        }

        /// <summary>The planner's cost of a candidate is the cost of the entry it becomes: here the catalog's own.</summary>
        [Theory]
        [InlineData("sin.f32.u1", true)]
        [InlineData("sin.f32.u1.bounded", false)]
        [InlineData("cos.f32.u4", true)]
        public void PlannedCostIsTheCatalogEntrysCost(string id, bool special)
        {
            CatalogEntry entry = KernelCatalog.Entries.Single(e => e.Id == id);
            KernelAlgorithm algorithm = entry.Algorithm;
            var request = new FitRequest(entry.Function, ElementKind.Float32, 1, special ? double.NegativeInfinity : -1000, special ? double.PositiveInfinity : 1000);
            FitCandidate candidate = CandidatePlanner.Plan(request).Single(c => c.Algorithm == algorithm && c.Degree == 7 && c.Scheme == EvaluationScheme.Horner);
            Assert.Equal(entry.Cost, candidate.Cost);
        }
    }
}
