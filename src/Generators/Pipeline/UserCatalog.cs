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
        {
            HashSet<string> taken = Conflicting(results);
            return new EquatableArray<CatalogEntry>(results
                .Where(result => result.Entry is not null && !taken.Contains(result.Id))
                .Select(result => result.Entry!)
                .OrderBy(entry => entry.Id, StringComparer.Ordinal));
        }

        /// <summary>Each entry's own diagnostics, and NK0041 for ids taken by the built-in catalog or by another entry.</summary>
        public static EquatableArray<DiagnosticInfo> Diagnose(IReadOnlyList<UserEntryResult> results)
        {
            var diagnostics = results.SelectMany(result => result.Diagnostics).ToList();
            var builtInIds = new HashSet<string>(KernelCatalog.Entries.Select(entry => entry.Id), StringComparer.Ordinal);
            // Hint names, and so class names, are compared without regard to case by Roslyn.
            var builtInClasses = KernelCatalog.Entries.ToDictionary(entry => EntryEmitter.ClassName(entry), entry => entry.Id, StringComparer.OrdinalIgnoreCase);
            foreach (UserEntryResult result in results.Where(result => result.Id.Length > 0 && CatalogEntryParser.IsValidId(result.Id)))
            {
                string className = ClassName(result.Id);
                int sameId = results.Count(other => other.Id == result.Id);
                string? why = builtInIds.Contains(result.Id) ? "is the id of a built-in catalog entry"
                    : builtInClasses.TryGetValue(className, out string? builtIn) ? $"names the same generated class ({className}) as built-in entry '{builtIn}'"
                    : sameId > 1 ? $"is declared {sameId} times"
                    : results.FirstOrDefault(other => other.Id != result.Id && other.Id.Length > 0 && string.Equals(ClassName(other.Id), className, StringComparison.OrdinalIgnoreCase)) is { } clash
                        ? $"names the same generated class ({className}) as entry '{clash.Id}'"
                    : null;
                if (why is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateCatalogEntry, result.Location, result.Id, why));
                }
            }
            return new EquatableArray<DiagnosticInfo>(diagnostics);
        }

        /// <summary>Ids that clash with the built-in catalog or with each other (by id or by generated class name, ignoring case).</summary>
        private static HashSet<string> Conflicting(IReadOnlyList<UserEntryResult> results)
        {
            var classes = new HashSet<string>(KernelCatalog.Entries.Select(entry => EntryEmitter.ClassName(entry)), StringComparer.OrdinalIgnoreCase);
            var conflicting = new HashSet<string>(StringComparer.Ordinal);
            foreach (IGrouping<string, UserEntryResult> byClass in results.GroupBy(result => ClassName(result.Id), StringComparer.OrdinalIgnoreCase))
            {
                if (byClass.Count() > 1 || classes.Contains(byClass.Key))
                {
                    conflicting.UnionWith(byClass.Select(result => result.Id));
                }
            }
            return conflicting;
        }

        private static string ClassName(string id) => EntryEmitter.ClassName(id);

        /// <summary>Why a new id cannot be used beside the built-in catalog (nk-search fit --id), or null.</summary>
        public static string? WhyNotAvailable(string id)
        {
            if (!CatalogEntryParser.IsValidId(id)) return CatalogEntryParser.IdRule;
            if (KernelCatalog.Entries.Any(entry => entry.Id == id)) return "it is the id of a built-in catalog entry";
            CatalogEntry? clash = KernelCatalog.Entries.FirstOrDefault(entry => string.Equals(EntryEmitter.ClassName(entry), ClassName(id), StringComparison.OrdinalIgnoreCase));
            return clash is null ? null : $"it names the same generated class ({ClassName(id)}) as built-in entry '{clash.Id}'";
        }
    }
}
