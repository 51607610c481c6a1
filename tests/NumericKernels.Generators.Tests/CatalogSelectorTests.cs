using System.Collections.Immutable;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Planning;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>Selection over hand-made entries: the cheapest entry whose contract covers the request, nothing else.</summary>
    public class CatalogSelectorTests
    {
        /// <summary>
        /// An entry whose program costs <paramref name="cost"/>: a direct polynomial of degree <paramref name="cost"/> is that
        /// many fused multiply-adds (cost is derived from the program, never written down).
        /// </summary>
        private static CatalogEntry Entry(
            string id, int cost, double bound = 1, double min = double.NegativeInfinity, double max = double.PositiveInfinity,
            bool special = true, MathFunctionId function = MathFunctionId.Exp, ElementKind element = ElementKind.Float32)
        {
            var coefficients = Enumerable.Range(0, cost + 1).Select(k => new NamedConstant("C" + k, "0x1p-1"));
            var entry = new CatalogEntry(id, function, element, min, max, special, bound, "minimax", KernelAlgorithm.DirectPolynomial,
                new EquatableArray<NamedConstant>(coefficients), new VerificationRecord(bound, "0x1p+0", 1, "test", "test"));
            Assert.Equal(cost, entry.Cost);
            return entry;
        }

        private static CatalogRequest Request(
            double maxUlp = 1, double min = double.NegativeInfinity, double max = double.PositiveInfinity, bool special = true,
            MathFunctionId function = MathFunctionId.Exp, ElementKind element = ElementKind.Float32)
            => new CatalogRequest(function, element, maxUlp, min, max, special);

        [Fact]
        public void Cheapest_covering_entry_wins_and_ties_go_to_the_ordinally_smaller_id()
        {
            var entries = ImmutableArray.Create(Entry("b", 10), Entry("a", 10), Entry("c", 12), Entry("cheap.but.loose", 5, bound: 4));

            Assert.Equal("a", CatalogSelector.SelectCheapest(Request(), entries)!.Id);
            Assert.Equal("cheap.but.loose", CatalogSelector.SelectCheapest(Request(maxUlp: 4), entries)!.Id);
        }

        [Fact]
        public void Function_and_element_type_must_match()
        {
            var entries = ImmutableArray.Create(Entry("log", 1, function: MathFunctionId.Log), Entry("exp64", 1, element: ElementKind.Float64));

            Assert.Null(CatalogSelector.SelectCheapest(Request(), entries));
            Assert.Equal("exp64", CatalogSelector.SelectCheapest(Request(element: ElementKind.Float64), entries)!.Id);
        }

        [Fact]
        public void Entry_domain_must_contain_the_requested_domain()
        {
            var entries = ImmutableArray.Create(Entry("unit", 1, min: -1, max: 1), Entry("whole", 9));

            Assert.Equal("unit", CatalogSelector.SelectCheapest(Request(min: -0.5, max: 1), entries)!.Id);
            Assert.Equal("whole", CatalogSelector.SelectCheapest(Request(min: -1, max: 1.5), entries)!.Id);
            Assert.Equal("whole", CatalogSelector.SelectCheapest(Request(), entries)!.Id);
        }

        [Fact]
        public void Ieee_requests_need_entries_that_handle_special_values_and_finite_only_requests_accept_both()
        {
            var entries = ImmutableArray.Create(Entry("finite", 1, special: false), Entry("ieee", 5));

            Assert.Equal("ieee", CatalogSelector.SelectCheapest(Request(), entries)!.Id);
            Assert.Equal("finite", CatalogSelector.SelectCheapest(Request(special: false), entries)!.Id);
        }

        [Fact]
        public void Reasons_name_what_is_not_covered()
        {
            Assert.Contains("bound is 4 ULP, above MaxUlp = 1", CatalogSelector.WhyNotCovered(Request(), Entry("x", 1, bound: 4)));
            Assert.Contains("domain [-1, 1] does not contain the requested [-2, 0]", CatalogSelector.WhyNotCovered(Request(min: -2, max: 0), Entry("x", 1, min: -1, max: 1)));
            Assert.Contains("finite inputs only", CatalogSelector.WhyNotCovered(Request(), Entry("x", 1, special: false)));
            Assert.Null(CatalogSelector.WhyNotCovered(Request(maxUlp: 2), Entry("x", 1)));
        }

        [Fact]
        public void Entries_with_an_unverified_NaN_bound_are_never_selected()
        {
            Assert.Null(CatalogSelector.SelectCheapest(Request(maxUlp: 1000), ImmutableArray.Create(Entry("pending", 1, bound: double.NaN))));
        }
    }
}
