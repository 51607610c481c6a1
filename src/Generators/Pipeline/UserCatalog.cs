using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Parsing;

namespace NumericKernels.Generators.Pipeline
{
    /// <summary>
    /// The project's own catalog entries: every <c>[assembly: CatalogEntry]</c> read (its diagnostics reported), the
    /// usable ones offered to [Approximate] planning beside the built-in catalog. The entries hold no locations, so
    /// editing the file that declares them leaves planning cached unless an entry changes.
    /// </summary>
    internal static class UserCatalog
    {
        public static IncrementalValueProvider<EquatableArray<CatalogEntry>> Register(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValueProvider<ImmutableArray<EquatableArray<UserEntryResult>>> all = context.SyntaxProvider
                .ForAttributeWithMetadataName(KernelAttributeNames.CatalogEntry, static (node, _) => node is CompilationUnitSyntax, CatalogEntryParser.ParseAll)
                .WithTrackingName(TrackingNames.UserCatalogParsed)
                .Collect();

            IncrementalValueProvider<EquatableArray<DiagnosticInfo>> diagnostics = all
                .Select((files, _) => Diagnose(files.SelectMany(file => file).ToList()))
                .WithTrackingName(TrackingNames.UserCatalogDiagnostics);
            context.RegisterSourceOutput(diagnostics, static (output, list) =>
            {
                foreach (DiagnosticInfo diagnostic in list)
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });

            return all
                .Select((files, _) => Usable(files.SelectMany(file => file).ToList()))
                .WithTrackingName(TrackingNames.UserCatalogEntries);
        }

        /// <summary>The entries that parsed and whose ids (and class names) are their own, in ordinal id order.</summary>
        public static EquatableArray<CatalogEntry> Usable(IReadOnlyList<UserEntryResult> results)
            => new EquatableArray<CatalogEntry>(results
                .Where(result => result.Entry is not null && Conflict(result.Id, results) is null)
                .Select(result => result.Entry!)
                .OrderBy(entry => entry.Id, StringComparer.Ordinal));

        /// <summary>Each entry's own diagnostics, and NK0041 for ids taken by the built-in catalog or by another entry.</summary>
        public static EquatableArray<DiagnosticInfo> Diagnose(IReadOnlyList<UserEntryResult> results)
        {
            var diagnostics = results.SelectMany(result => result.Diagnostics).ToList();
            foreach (UserEntryResult result in results.Where(result => CatalogEntryParser.IsValidId(result.Id)))
            {
                if (Conflict(result.Id, results) is string why)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCatalogEntry, result.Location, result.Id, why));
                }
            }
            return new EquatableArray<DiagnosticInfo>(diagnostics);
        }

        /// <summary>Why a new id cannot be used beside the built-in catalog (nk-search fit --id), or null.</summary>
        public static string? WhyNotAvailable(string id)
            => !CatalogEntryParser.IsValidId(id) ? CatalogEntryParser.IdRule
                : Conflict(id, Array.Empty<UserEntryResult>()) is string why ? "it " + why
                : null;

        /// <summary>
        /// Why <paramref name="id"/> clashes with the built-in catalog or with another of <paramref name="results"/>, by id or
        /// by the class it is emitted as (hint names, and so class names, are compared without regard to case by Roslyn).
        /// </summary>
        private static string? Conflict(string id, IReadOnlyList<UserEntryResult> results)
        {
            string className = EntryEmitter.ClassName(id);
            int sameId = results.Count(other => other.Id == id);
            return s_builtInIds.Contains(id) ? "is the id of a built-in catalog entry"
                : s_builtInClasses.TryGetValue(className, out string? builtIn) ? $"names the same generated class ({className}) as built-in entry '{builtIn}'"
                : sameId > 1 ? $"is declared {sameId} times"
                : results.FirstOrDefault(other => other.Id != id && string.Equals(EntryEmitter.ClassName(other.Id), className, StringComparison.OrdinalIgnoreCase)) is { } clash
                    ? $"names the same generated class ({className}) as entry '{clash.Id}'"
                : null;
        }

        private static readonly HashSet<string> s_builtInIds = new HashSet<string>(KernelCatalog.Entries.Select(entry => entry.Id), StringComparer.Ordinal);

        private static readonly Dictionary<string, string> s_builtInClasses =
            KernelCatalog.Entries.ToDictionary(entry => EntryEmitter.ClassName(entry), entry => entry.Id, StringComparer.OrdinalIgnoreCase);
    }
}
