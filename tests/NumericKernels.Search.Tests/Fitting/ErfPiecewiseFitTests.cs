using System;
using System.Linq;
using System.Runtime.Intrinsics;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Search.Fitting;
using NumericKernels.Generators.Programs;
using NumericKernels.Generators.Programs.Algorithms;
using NumericKernels.Search.Programs;
using NumericKernels.Search.Verification;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    /// <summary>nk-search fit's support for erf: the descriptor's layout, per-piece fits, the interpreted program and the planner.</summary>
    public class ErfPiecewiseFitTests
    {
        /// <summary>
        /// The double program (no catalog entry yet: its 10^8-input record is missing) emits, compiles, agrees with the
        /// interpreter bit for bit, and gives the scalar bits on every vector width with tiny (special-path) lanes mixed in.
        /// The constants are the float entry's, widened: what is checked is the program, not its accuracy.
        /// </summary>
        [Fact]
        public void DoubleProgramMatchesTheSimulatorAndAgreesAcrossPaths()
        {
            CatalogEntry single = KernelCatalog.Entries.Single(e => e.Id == "erf.f32.u1");
            var widened = single.Constants.Select(c => c.Name == "Tiny" ? new NamedConstant("Tiny", "0x1p-960") : c).ToArray();
            CatalogEntry entry = single with
            {
                Id = "erf.f64.program-test",
                Element = ElementKind.Float64,
                Constants = new NumericKernels.Generators.Models.EquatableArray<NamedConstant>(widened),
            };
            var interpreter = new ProgramInterpreter(KernelPrograms.Build(entry));
            using CompiledKernel<double> kernel = KernelCompiler.Compile<double>(entry);
            var random = new Random(9);
            double[] specials = { 0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e-300, -4e-320, 3.9, 0.875 };
            for (int i = 0; i < 4000; i++)
            {
                var lanes = new double[8];
                for (int j = 0; j < 8; j++) lanes[j] = random.Next(4) == 0 ? specials[random.Next(specials.Length)] : random.NextDouble() * 9 - 4.5;
                System.Runtime.Intrinsics.Vector512<double> v = System.Runtime.Intrinsics.Vector512.Create(lanes);
                var r512 = kernel.V512(v);
                var r256 = kernel.V256(v.GetLower());
                var r128 = kernel.V128(v.GetLower().GetLower());
                for (int j = 0; j < 8; j++)
                {
                    double x = lanes[j];
                    long scalar = BitConverter.DoubleToInt64Bits(kernel.Scalar(x));
                    Assert.Equal(scalar, BitConverter.DoubleToInt64Bits(interpreter.Evaluate(x)));
                    Assert.True(SameBits(scalar, r512[j]) && (j >= 4 || SameBits(scalar, r256[j])) && (j >= 2 || SameBits(scalar, r128[j])), $"x = {x:R}");
                }
            }
            Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits(kernel.Scalar(-0.0)));
            Assert.Equal(-1.0, kernel.Scalar(double.NegativeInfinity));

            static bool SameBits(long scalar, double other) => scalar == BitConverter.DoubleToInt64Bits(other) || double.IsNaN(BitConverter.Int64BitsToDouble(scalar)) && double.IsNaN(other);
        }

        private static FitLayout Layout(int degree, ElementKind element = ElementKind.Float32) => ErfAlgorithm.Instance.Layout(
            new FitQuery(MathFunctionId.Erf, element, degree, double.NegativeInfinity, double.PositiveInfinity, true), MpfrFitNumerics.Instance);

        [Fact]
        public void CentresAreExactForSterbenzAndTheirErfIsNearlyAFloat()
        {
            FitLayout layout = Layout(9);
            var bounds = new[] { 0.0, ErfAlgorithm.Split1, ErfAlgorithm.Split2(ElementKind.Float32), ErfAlgorithm.Limit(ElementKind.Float32) };
            for (int k = 1; k < layout.Cores.Count; k++)
            {
                CoreFit piece = layout.Cores[k];
                Assert.InRange(piece.Center, bounds[k + 1] / 2, 2 * bounds[k]);
                float c0 = (float)piece.Fixed[0].Parts[0];
                double distanceUlp = Math.Abs(NumericKernels.Search.Numerics.DoubleReference.Erf.Evaluate(piece.Center) - c0) / Math.ScaleB(1.0, Math.ILogB(c0) - 23);
                Assert.True(distanceUlp < 1.0 / 256, $"erf({piece.Center:R}) is {distanceUlp} ULP from {c0:R}");
            }
        }

        /// <summary>Degree 9, the catalog's, reaches 2^-26 in every piece before rounding; degree 8 cannot reach 1 ULP.</summary>
        [Fact]
        public void EveryPieceOfDegreeNineFitsBelowTwoToTheMinus26()
        {
            FitLayout layout = Layout(9);
            for (int k = 0; k < layout.Cores.Count; k++)
            {
                FitProblem problem = FitProblem.From(layout.Cores[k], MathFunctionId.Erf);
                using var evaluator = new ResidualEvaluator(problem);
                SampledProblem sampled = SampledProblem.Create(problem, evaluator, 2001);
                RemezResult fit = RemezExchange.Fit(sampled, requireConvergence: true, CancellationToken.None);
                Assert.True(fit.MaxError < Math.ScaleB(1.0, -26), $"piece {k}: 2^{Math.Log2(fit.MaxError):0.00}");
            }
        }

        /// <summary>
        /// Sollya 8.0 on the same problem: remez(1, [|0,2,4,6,8|], [2^-20; 0.9], x/erf(x)) has relative error
        /// 4.16371598551767e-7 (dirtyinfnorm), and fpminimax(erf(x), [|1,3,5,7,9|], [|single...|], [2^-20; 0.9], relative)
        /// 4.23051951850664e-7.
        /// </summary>
        [Fact]
        public void OddDegreeNineMinimaxAgreesWithSollya()
        {
            var problem = new FitProblem("erf odd", TargetFunctions.Erf(), Math.ScaleB(1.0, -20), 0.9, Array.Empty<FixedTerm>(), FitProblem.Powers(1, 5, 2), ErrorMeasure.Relative);
            using var evaluator = new ResidualEvaluator(problem);
            SampledProblem sampled = SampledProblem.Create(problem, evaluator, 6001);
            RemezResult real = RemezExchange.Fit(sampled, requireConvergence: true, CancellationToken.None);
            Assert.InRange(real.MaxError, 4.16371598551767e-7 * (1 - 1e-4), 4.16371598551767e-7 * (1 + 1e-4));
            var (_, rounded) = CoefficientRounder.Round(sampled, real, single: true, CancellationToken.None);
            Assert.True(rounded >= 4.16371598551767e-7 && rounded <= 4.23051951850664e-7 * 1.05, $"real {real.MaxError:R}, rounded {rounded:R}");
        }

        /// <summary>
        /// The catalog's erf.f32.u1 is nk-search fit's output: fitting, rounding and polishing degree 9 again gives the
        /// same constants bit for bit, in the same order (the exhaustive verification that follows in the CLI is left to nk-search verify).
        /// </summary>
        [Fact]
        public void FittingDegreeNineReproducesTheCatalogEntry()
        {
            var request = new FitRequest(MathFunctionId.Erf, ElementKind.Float32, 1.0, double.NegativeInfinity, double.PositiveInfinity);
            var candidate = new FitCandidate(KernelAlgorithm.ErfPiecewise, 9, SpecialPath: true);
            FittedCandidate fitted = FitSearch.Fit(request, candidate, new SilentProgress(), CancellationToken.None);
            Assert.True(fitted.Entry is not null, fitted.Verdict);
            Assert.True(fitted.SimulatedUlp <= 1.0, $"simulated {fitted.SimulatedUlp}");
            CatalogEntry catalog = KernelCatalog.Entries.Single(e => e.Id == "erf.f32.u1");
            Assert.Equal(catalog.Constants.ToArray(), fitted.Entry!.Constants.ToArray());
            Assert.Equal(catalog.Cost, fitted.Entry.Cost);
        }

        private sealed class SilentProgress : IFitProgress
        {
            public void Stage(FitCandidate candidate, string stage, long plannedInputs = 0)
            {
            }

            public void InputsDone(long count)
            {
            }

            public void Finished(CandidateOutcome outcome)
            {
            }
        }

        [Fact]
        public void PlannerOffersThePiecewiseProgramForFloat32WholeRange()
        {
            var request = new FitRequest(MathFunctionId.Erf, ElementKind.Float32, 1.0, double.NegativeInfinity, double.PositiveInfinity);
            var candidates = CandidatePlanner.Plan(request);
            Assert.All(candidates, c => Assert.Equal(KernelAlgorithm.ErfPiecewise, c.Algorithm));
            Assert.Equal(3, candidates[0].Degree);
            Assert.Equal(KernelCatalog.Entries.Single(e => e.Id == "erf.f32.u1").Cost, candidates.Single(c => c.Degree == 9).Cost);
        }
    }
}
