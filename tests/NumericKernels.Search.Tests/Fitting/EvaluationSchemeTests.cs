using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs;
using NumericKernels.Generators.Programs.Algorithms;
using NumericKernels.Generators.Programs.Pieces;
using NumericKernels.Search.Fitting;
using NumericKernels.Search.Verification;
using Xunit;

namespace NumericKernels.Search.Tests.Fitting
{
    /// <summary>Horner and Estrin candidates: planned side by side where Estrin shortens the chain, costed from their programs, emitted bit-identically on every path.</summary>
    public class EvaluationSchemeTests
    {
        [Theory]
        [InlineData(1, 0)]
        [InlineData(4, 1)]
        [InlineData(5, 2)]
        [InlineData(8, 2)]
        [InlineData(9, 3)]
        public void EstrinPowersAreTheLevelsAboveThePairs(int coefficients, int powers) => Assert.Equal(powers, Polynomials.EstrinPowers(coefficients));

        [Fact]
        public void EstrinTwinsCostTheirPowersMoreAndShortenTheChain()
        {
            var request = new FitRequest(MathFunctionId.Exp, ElementKind.Float32, 1, double.NegativeInfinity, double.PositiveInfinity);
            var candidates = CandidatePlanner.Plan(request).ToList();
            var estrin = candidates.Where(c => c.Scheme == EvaluationScheme.Estrin).ToList();
            Assert.NotEmpty(estrin);
            foreach (FitCandidate e in estrin)
            {
                FitCandidate h = candidates.Single(c => c == e with { Scheme = EvaluationScheme.Horner });
                // e^r's core has coefficients C2..Cn: n - 1 of them.
                Assert.Equal(h.Cost + Polynomials.EstrinPowers(e.Degree - 1), e.Cost);
                Assert.True(candidates.IndexOf(h) < candidates.IndexOf(e));
                var query = CandidatePlanner.Query(request, e);
                AlgorithmDescriptor descriptor = AlgorithmRegistry.For(e.Algorithm);
                Assert.True(ProgramCost.Depth(KernelPrograms.Build(descriptor.Placeholder(query, EvaluationScheme.Estrin)))
                    < ProgramCost.Depth(KernelPrograms.Build(descriptor.Placeholder(query, EvaluationScheme.Horner))));
            }
            // Below four coefficients Estrin's chain is as long as Horner's: no twin.
            Assert.DoesNotContain(estrin, c => c.Degree - 1 < 4);
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
