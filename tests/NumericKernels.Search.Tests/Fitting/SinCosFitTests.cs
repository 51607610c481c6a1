using System;
using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Fitting;
using NumericKernels.Search.Verification;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    /// <summary>nk-search fit for the sin/cos quadrant program: its two cores, its simulator, its candidates and cost.</summary>
    public class SinCosFitTests
    {
        [Theory]
        [InlineData("sin.f32.u1")]
        [InlineData("cos.f32.u1")]
        [InlineData("sin.f32.u4")]
        [InlineData("cos.f32.u4")]
        public void SimulationIsBitIdenticalToTheEmittedScalarPath(string id)
        {
            CatalogEntry entry = KernelCatalog.Entries.Single(e => e.Id == id);
            var constants = entry.Constants.ToDictionary(c => c.Name, c => HexFloat.Parse(c.HexFloat), StringComparer.Ordinal);
            var simulator = new FastPathSimulator<float>(entry.Algorithm, constants, function: entry.Function);
            using CompiledKernel<float> kernel = KernelCompiler.Compile<float>(entry);
            var random = new Random(11);
            for (int i = 0; i < 20000; i++)
            {
                // Every scale from 2^-20 to the fast limit 2^18, both signs.
                float x = MathF.ScaleB((float)(random.NextDouble() * 2 - 1), random.Next(-20, 19));
                Assert.Equal(BitConverter.SingleToInt32Bits(kernel.Scalar(x)), BitConverter.SingleToInt32Bits(simulator.Evaluate(x)));
            }
        }

        /// <summary>
        /// Sollya's fpminimax(sin(x), [|3,5,7|], [|single...|], [2^-30; π/4·(1 + 2^-6.5)], relative, floating, x) has
        /// relative error 4.158e-9 (dirtyinfnorm) and the cos one with 1 - x²/2 fixed 1.414e-10: the real minimax of
        /// the same problems must be a little better, never worse.
        /// </summary>
        [Fact]
        public void RemezMatchesSollyaOnBothCoresAtDegreeSeven()
        {
            var problems = ProgramShape.Problems(MathFunctionId.Sin, ElementKind.Float32, KernelAlgorithm.SinCosQuadrant, 7, double.NegativeInfinity, double.PositiveInfinity);
            Assert.Equal(new[] { "C3", "C5", "C7", "C4", "C6", "C8" }, ProgramShape.CoefficientNames(KernelAlgorithm.SinCosQuadrant, 7));
            double[] sollyaRounded = { 4.158e-9, 1.414e-10 };
            for (int i = 0; i < 2; i++)
            {
                using var evaluator = new ResidualEvaluator(problems[i]);
                SampledProblem sampled = SampledProblem.Create(problems[i], evaluator, 2001);
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

        [Fact]
        public void CostModelReproducesTheCatalogEntries()
        {
            foreach (CatalogEntry entry in KernelCatalog.Entries.Where(e => e.Algorithm is KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort))
            {
                bool special = entry.Constants.Any(c => c.Name == "FastLimit");
                int degree = entry.Constants.Where(c => c.Name.StartsWith('C')).Select(c => int.Parse(c.Name.AsSpan(1))).Where(p => p % 2 == 1).Max();
                Assert.Equal(entry.Cost, ProgramShape.Cost(entry.Algorithm, degree, special));
            }
        }
    }
}
