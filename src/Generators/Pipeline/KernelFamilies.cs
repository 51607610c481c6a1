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
            IncrementalValuesProvider<Located<ParseResult<TRequest>>> parsed = context.SyntaxProvider
                .ForAttributeWithMetadataName(family.AttributeName, IsMethod, (attributeContext, cancellationToken) =>
                    new Located<ParseResult<TRequest>>(family.Parse(attributeContext, cancellationToken), MethodName(attributeContext)))
                .WithTrackingName(names.Parsed);
            if (family.WithProjectData is { } addProjectData) parsed = addProjectData(parsed);
            IncrementalValuesProvider<Located<ParseResult<TSpec>>> planned = parsed.Select((result, cancellationToken) =>
                new Located<ParseResult<TSpec>>(family.Plan(result.Value, cancellationToken), result.Method));
            if (names.Planned is string plannedName) planned = planned.WithTrackingName(plannedName);

            ReportDiagnostics(context, planned.Select((result, _) => result.Value.Diagnostics).WithTrackingName(names.Diagnostics));

            // The attribute on a local function, lambda or accessor (the attribute's usage allows every method): nothing
            // can be generated there, so it is reported rather than ignored.
            string attributeName = family.AttributeName;
            ReportDiagnostics(context, context.SyntaxProvider
                .ForAttributeWithMetadataName(attributeName, static (node, _) => node is not MethodDeclarationSyntax, (attributeContext, _) => Misplaced(attributeContext, attributeName))
                .WithTrackingName(TrackingNames.MisplacedAttributes));

            IncrementalValuesProvider<Located<TSpec>> specs = planned
                .Where(result => result.Value.Model is not null)
                .Select((result, _) => new Located<TSpec>(result.Value.Model!, result.Method))
                .WithTrackingName(names.Specs);
            context.RegisterSourceOutput(specs, (output, spec) =>
            {
                AddSource(output, family.MethodName(spec.Value), spec.Method, family.MethodHintName(spec.Value), () => family.EmitMethod(spec.Value));
            });

            // Distinct keeps the first method of each shared model: a failure to write the class is reported there.
            IncrementalValueProvider<EquatableArray<Located<TShared>>> shared = specs
                .Select((spec, _) => new Located<TShared>(family.Shared(spec.Value), spec.Method))
                .Collect()
                .Select((all, _) => new EquatableArray<Located<TShared>>(all.Distinct().OrderBy(model => family.SharedHintName(model.Value), StringComparer.Ordinal)))
                .WithTrackingName(names.SharedUsed);
            context.RegisterSourceOutput(shared, (output, used) =>
            {
                foreach (IGrouping<string, Located<TShared>> group in used.GroupBy(model => family.SharedHintName(model.Value), StringComparer.Ordinal))
                {
                    // Distinct models with one hint name (a hash collision of class names) are each emitted under a hint of
                    // their own, so the compiler reports the duplicate type instead of a method silently using another model.
                    int index = 0;
                    foreach (Located<TShared> model in group)
                    {
                        string hintName = index == 0 ? group.Key : group.Key.Replace(".g.cs", "." + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs");
                        AddSource(output, group.Key, model.Method, hintName, () => family.EmitShared(model.Value));
                        index++;
                    }
                }
            });
        }

        /// <summary>The kernel method's name, where a later stage's generator error about it is reported.</summary>
        private static LocationInfo? MethodName(GeneratorAttributeSyntaxContext context)
            => context.TargetNode is MethodDeclarationSyntax method ? LocationInfo.From(method.Identifier) : LocationInfo.From(context.TargetNode);

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
        /// Emits one file. An emitter failure becomes an NK0018 diagnostic on the method (for a shared class, the first
        /// method that uses it) instead of a generator crash; a duplicate hint name means the user declared the same method
        /// twice, which the compiler already reports.
        /// </summary>
        private static void AddSource(SourceProductionContext output, string subject, LocationInfo? method, string hintName, Func<string> emit)
        {
            string text;
            try
            {
                text = emit();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InternalError, method?.ToLocation() ?? Location.None, subject, exception.GetType().Name + ": " + exception.Message));
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
