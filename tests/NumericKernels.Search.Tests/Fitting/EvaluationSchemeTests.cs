using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Search.Fitting;
using NumericKernels.Search.Verification;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    /// <summary>Horner and Estrin candidates: planned side by side, costed with Estrin's powers, emitted bit-identically on every path.</summary>
    public class EvaluationSchemeTests
    {
        [Theory]
        [InlineData(1, 0)]
        [InlineData(4, 1)]
        [InlineData(5, 2)]
        [InlineData(8, 2)]
        [InlineData(9, 3)]
        public void EstrinPowersAreTheLevelsAboveThePairs(int coefficients, int powers) => Assert.Equal(powers, NumericKernels.Generators.Programs.Pieces.Polynomials.EstrinPowers(coefficients));

        [Fact]
        public void EveryHornerCandidateWithFourCoefficientsHasAnEstrinTwinCostingItsPowersMore()
        {
            var request = new FitRequest(MathFunctionId.Exp, ElementKind.Float32, 1, double.NegativeInfinity, double.PositiveInfinity);
            var candidates = CandidatePlanner.Plan(request);
            var horner = candidates.Where(c => c.Scheme == EvaluationScheme.Horner && ProgramShape.CoefficientCount(c.Algorithm, c.Degree) >= 4).ToList();
            Assert.NotEmpty(horner);
            foreach (FitCandidate h in horner)
            {
                FitCandidate e = candidates.Single(c => c == h with { Scheme = EvaluationScheme.Estrin });
                Assert.Equal(h.Cost + NumericKernels.Generators.Programs.Pieces.Polynomials.EstrinPowers(ProgramShape.CoefficientCount(h.Algorithm, h.Degree)), e.Cost);
                Assert.True(candidates.ToList().IndexOf(h) < candidates.ToList().IndexOf(e));
            }
            Assert.All(CandidatePlanner.Plan(request with { Scheme = EvaluationScheme.Estrin }), c => Assert.Equal(EvaluationScheme.Estrin, c.Scheme));
            Assert.All(CandidatePlanner.Plan(request with { Scheme = EvaluationScheme.Horner }), c => Assert.Equal(EvaluationScheme.Horner, c.Scheme));
        }

        [Theory]
        [InlineData("log.f32.u1")]
        [InlineData("exp.f32.unit.direct8")]
        public void AnEstrinEntryIsBitIdenticalOnEveryPathAndNamedByTheFit(string id)
        {
            CatalogEntry entry = KernelCatalog.Entries.Single(e => e.Id == id) with { Scheme = EvaluationScheme.Estrin };
            EntryVerification result = EntryVerifier.Verify(entry, new VerificationSettings(SweepMode.Sampled, Samples: 1 << 16), null, CancellationToken.None);
            Assert.Equal(0, result.ConsistencyFailures);
            Assert.Equal(0, result.KindFailures);
            string text = CatalogEntryWriter.Write(entry, "estrin");
            Assert.Contains("Scheme: EvaluationScheme.Estrin);", text);
        }
    }
}
