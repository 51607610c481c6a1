using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Planning
{
    /// <summary>
    /// Chooses catalog entries by contract alone: a pure function of the request and the entries, so it is tested with
    /// hand-made entries and never evaluates numerics.
    /// </summary>
    internal static class CatalogSelector
    {
        /// <summary>The cheapest entry covering <paramref name="request"/> (lowest Cost, then Id in ordinal order), or null.</summary>
        public static CatalogEntry? SelectCheapest(CatalogRequest request, IEnumerable<CatalogEntry> entries)
        {
            CatalogEntry? best = null;
            foreach (CatalogEntry entry in entries)
            {
                if (WhyNotCovered(request, entry) is not null)
                {
                    continue;
                }
                if (best is null
                    || entry.Cost < best.Cost
                    || (entry.Cost == best.Cost && string.CompareOrdinal(entry.Id, best.Id) < 0))
                {
                    best = entry;
                }
            }
            return best;
        }

        /// <summary>Null when <paramref name="entry"/> covers <paramref name="request"/>; otherwise the first reason it does not.</summary>
        public static string? WhyNotCovered(CatalogRequest request, CatalogEntry entry)
        {
            if (entry.Function != request.Function)
            {
                return "it computes " + Describe.Function(entry.Function) + ", not " + Describe.Function(request.Function);
            }
            if (entry.Element != request.Element)
            {
                return "it computes in " + Describe.Format(entry.Element) + ", not " + Describe.Format(request.Element);
            }
            if (!(entry.Verification.InputsChecked > 0 && entry.Verification.MaxUlp <= entry.BoundUlp))
            {
                // A bound is only as good as its measurement: an entry awaiting verification is never emitted.
                return "its verification record does not support its bound (run nk-search verify --entry " + entry.Id + ")";
            }
            if (!(entry.BoundUlp <= request.MaxUlp))
            {
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "its bound is {0} ULP, above MaxUlp = {1}",
                    EntryEmitter.FormatNumber(entry.BoundUlp),
                    EntryEmitter.FormatNumber(request.MaxUlp));
            }
            if (!(entry.DomainMin <= request.DomainMin && entry.DomainMax >= request.DomainMax))
            {
                return string.Format(
                    CultureInfo.InvariantCulture,
                    "its domain [{0}, {1}] does not contain the requested [{2}, {3}]",
                    EntryEmitter.FormatNumber(entry.DomainMin),
                    EntryEmitter.FormatNumber(entry.DomainMax),
                    EntryEmitter.FormatNumber(request.DomainMin),
                    EntryEmitter.FormatNumber(request.DomainMax));
            }
            if (request.RequiresSpecialValues && !entry.HandlesSpecialValues)
            {
                return "it handles finite inputs only, and the request needs IEEE 754 special values (set SpecialValues = SpecialValues.FiniteOnly to accept it)";
            }
            return null;
        }
    }
}
