using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Pipeline
{
    /// <summary>
    /// Wires a <see cref="KernelFamily{TRequest, TSpec, TShared}"/> into the incremental pipeline: attribute -&gt; parse
    /// -&gt; plan -&gt; diagnostics (their own output) -&gt; one source per method -&gt; the shared classes, each emitted once in
    /// ordinal hint-name order. Every step output is value data, so edits that do not change a kernel request reuse
    /// the cached text.
    /// </summary>
    internal static class KernelFamilies
    {
        public static void Register<TRequest, TSpec, TShared>(IncrementalGeneratorInitializationContext context, KernelFamily<TRequest, TSpec, TShared> family)
            where TRequest : class
            where TSpec : class
            where TShared : IEquatable<TShared>
        {
            FamilyTrackingNames names = family.TrackingNames;
            IncrementalValuesProvider<ParseResult<TRequest>> parsed = context.SyntaxProvider
                .ForAttributeWithMetadataName(family.AttributeName, IsMethod, family.Parse)
                .WithTrackingName(names.Parsed);
            IncrementalValuesProvider<ParseResult<TSpec>> planned = parsed.Select(family.Plan);
            if (names.Planned is string plannedName) planned = planned.WithTrackingName(plannedName);

            ReportDiagnostics(context, planned.Select((result, _) => result.Diagnostics).WithTrackingName(names.Diagnostics));

            // The attribute on a local function, lambda or accessor (the attribute's usage allows every method): nothing
            // can be generated there, so it is reported rather than ignored.
            string attributeName = family.AttributeName;
            ReportDiagnostics(context, context.SyntaxProvider
                .ForAttributeWithMetadataName(attributeName, static (node, _) => node is not MethodDeclarationSyntax, (attributeContext, _) => Misplaced(attributeContext, attributeName))
                .WithTrackingName(TrackingNames.MisplacedAttributes));

            IncrementalValuesProvider<TSpec> specs = planned
                .Where(result => result.Model is not null)
                .Select((result, _) => result.Model!)
                .WithTrackingName(names.Specs);
            context.RegisterSourceOutput(specs, (output, spec) =>
            {
                AddSource(output, family.MethodName(spec), family.MethodHintName(spec), () => family.EmitMethod(spec));
            });

            IncrementalValueProvider<EquatableArray<TShared>> shared = specs
                .Select((spec, _) => family.Shared(spec))
                .Collect()
                .Select((all, _) => new EquatableArray<TShared>(all.Distinct().OrderBy(family.SharedHintName, StringComparer.Ordinal)))
                .WithTrackingName(names.SharedUsed);
            context.RegisterSourceOutput(shared, (output, used) =>
            {
                foreach (IGrouping<string, TShared> group in used.GroupBy(family.SharedHintName, StringComparer.Ordinal))
                {
                    // Distinct models with one hint name (a hash collision of class names) are each emitted under a hint of
                    // their own, so the compiler reports the duplicate type instead of a method silently using another model.
                    int index = 0;
                    foreach (TShared model in group)
                    {
                        string hintName = index == 0 ? group.Key : group.Key.Replace(".g.cs", "." + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs");
                        AddSource(output, group.Key, hintName, () => family.EmitShared(model));
                        index++;
                    }
                }
            });
        }

        private static bool IsMethod(SyntaxNode node, System.Threading.CancellationToken cancellationToken) => node is MethodDeclarationSyntax;

        /// <summary>NK0035 on the attribute, naming what it is on.</summary>
        private static EquatableArray<DiagnosticInfo> Misplaced(GeneratorAttributeSyntaxContext context, string attributeName)
        {
            string what = context.TargetNode switch
            {
                LocalFunctionStatementSyntax local => "local function '" + local.Identifier.ValueText + "'",
                AccessorDeclarationSyntax accessor => "a '" + accessor.Keyword.ValueText + "' accessor",
                LambdaExpressionSyntax => "a lambda",
                _ => "a " + context.TargetNode.GetType().Name.Replace("Syntax", string.Empty),
            };
            string shortName = attributeName.Substring(attributeName.LastIndexOf('.') + 1).Replace("Attribute", string.Empty);
            var diagnostics = new List<DiagnosticInfo>();
            foreach (AttributeData attribute in context.Attributes)
            {
                SyntaxNode? syntax = attribute.ApplicationSyntaxReference?.GetSyntax();
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AttributeNotOnMethodDeclaration,
                    syntax is null ? LocationInfo.From(context.TargetNode) : LocationInfo.From(syntax), shortName, what));
            }
            return new EquatableArray<DiagnosticInfo>(diagnostics);
        }

        private static void ReportDiagnostics(IncrementalGeneratorInitializationContext context, IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics)
        {
            context.RegisterSourceOutput(diagnostics.Where(list => list.Count > 0), (output, list) =>
            {
                foreach (DiagnosticInfo diagnostic in list)
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });
        }

        /// <summary>
        /// Emits one file. An emitter failure becomes an NK0018 diagnostic instead of a generator crash; a duplicate hint
        /// name means the user declared the same method twice, which the compiler already reports.
        /// </summary>
        private static void AddSource(SourceProductionContext output, string subject, string hintName, Func<string> emit)
        {
            string text;
            try
            {
                text = emit();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InternalError, Location.None, subject, exception.GetType().Name + ": " + exception.Message));
                return;
            }
            try
            {
                output.AddSource(hintName, text);
            }
            catch (ArgumentException)
            {
            }
        }
    }
}
