using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Planning
{
    /// <summary>Chooses the catalog entry for an [Approximate] request, or explains why none can be chosen.</summary>
    internal static class ApproximatePlanner
    {
        public static ParseResult<ApproximateSpec> Plan(ParseResult<ApproximateRequest> parsed, CancellationToken cancellationToken)
        {
            if (parsed.Model is null)
            {
                return ParseResult<ApproximateSpec>.Failed(parsed.Diagnostics);
            }
            try
            {
                return Plan(parsed.Model, parsed.Model.UserEntries.Count == 0 ? KernelCatalog.Entries : KernelCatalog.Entries.AddRange(parsed.Model.UserEntries));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                return Failed(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InternalError,
                    parsed.Model.Locations.Attribute,
                    parsed.Model.Target.Name,
                    exception.GetType().Name + ": " + exception.Message));
            }
        }

        public static ParseResult<ApproximateSpec> Plan(ApproximateRequest request, ImmutableArray<CatalogEntry> entries)
        {
            ApproximateArgumentLocations at = request.Locations;
            if (request.CorrectlyRounded || request.Rounding != RoundingModeId.ToNearestEven)
            {
                // Catalog entries are faithful-to-a-bound round-to-nearest programs today; nothing else can be selected.
                LocationInfo? location = request.CorrectlyRounded ? at.CorrectlyRounded : at.Rounding;
                return Failed(DiagnosticInfo.Create(
                    DiagnosticDescriptors.RoundingNotInCatalog, location, RoundingDescription(request), FitCommand.For(request)));
            }

            CatalogRequest wanted = request.ToCatalogRequest();
            CatalogEntry? entry;
            if (request.Variant is not null)
            {
                entry = entries.FirstOrDefault(candidate => candidate.Id == request.Variant);
                if (entry is null)
                {
                    return Failed(DiagnosticInfo.Create(
                        DiagnosticDescriptors.UnknownVariant, at.Variant, request.Variant, CandidateIds(wanted, entries)));
                }
                string? reason = CatalogSelector.WhyNotCovered(wanted, entry);
                if (reason is not null)
                {
                    return Failed(DiagnosticInfo.Create(DiagnosticDescriptors.VariantDoesNotCover, at.Variant, request.Variant, reason));
                }
            }
            else
            {
                entry = CatalogSelector.SelectCheapest(wanted, entries);
                if (entry is null)
                {
                    return Failed(DiagnosticInfo.Create(
                        DiagnosticDescriptors.NoCatalogEntry, at.Attribute, Summarize(request), FitCommand.For(request)));
                }
            }
            var spec = new ApproximateSpec(request.Target, entry, Summarize(request));
            return new ParseResult<ApproximateSpec>(spec, EquatableArray<DiagnosticInfo>.Empty);
        }

        /// <summary>The request in words: "exp for float32 within 1 ULP over [-1, 1], IEEE 754 special values".</summary>
        public static string Summarize(ApproximateRequest request) => string.Format(
            CultureInfo.InvariantCulture,
            "{0} for {1} within {2} ULP over [{3}, {4}], {5}",
            Describe.Function(request.Function),
            Describe.Format(request.Target.Signature.Element),
            EntryEmitter.FormatNumber(request.MaxUlp),
            EntryEmitter.FormatNumber(request.DomainMin),
            EntryEmitter.FormatNumber(request.DomainMax),
            request.SpecialValues == SpecialValuesId.Ieee ? "IEEE 754 special values" : "finite inputs only");

        private static string RoundingDescription(ApproximateRequest request)
        {
            string what = Describe.Function(request.Function) + " for " + Describe.Format(request.Target.Signature.Element);
            string rounding = Enum.IsDefined(typeof(RoundingModeId), request.Rounding)
                ? request.Rounding.ToString()
                : "(RoundingMode)" + ((int)request.Rounding).ToString(CultureInfo.InvariantCulture);
            return request.CorrectlyRounded
                ? "a correctly rounded (" + rounding + ") " + what
                : "a " + rounding + " rounded " + what;
        }

        private static string CandidateIds(CatalogRequest wanted, ImmutableArray<CatalogEntry> entries)
        {
            List<string> ids = entries
                .Where(entry => entry.Function == wanted.Function && entry.Element == wanted.Element)
                .Select(entry => entry.Id)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToList();
            return ids.Count == 0 ? "none" : string.Join(", ", ids);
        }

        private static ParseResult<ApproximateSpec> Failed(DiagnosticInfo diagnostic)
            => ParseResult<ApproximateSpec>.Failed(new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
    }
}
