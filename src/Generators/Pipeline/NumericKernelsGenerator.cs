using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Parsing;
using NumericKernels.Generators.Planning;

namespace NumericKernels.Generators.Pipeline
{
    /// <summary>
    /// The incremental pipeline: attribute -> parse to an equatable model -> plan -> emit. Every step output is value
    /// data (no symbols, syntax or locations), so edits that do not change a kernel request reuse the cached text.
    /// Diagnostics travel as data beside the models and are reported by their own outputs.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class NumericKernelsGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            InitializeApproximate(context);
            InitializePolynomial(context);
            InitializeNotSupportedYet(context, KernelAttributeNames.Quantize, "Quantize", TrackingNames.QuantizeNotSupported);
            InitializeNotSupportedYet(context, KernelAttributeNames.Dequantize, "Dequantize", TrackingNames.DequantizeNotSupported);
            InitializeNotSupportedYet(context, KernelAttributeNames.Quadrature, "Quadrature", TrackingNames.QuadratureNotSupported);
        }

        private static void InitializeApproximate(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<ParseResult<ApproximateSpec>> planned = context.SyntaxProvider
                .ForAttributeWithMetadataName(KernelAttributeNames.Approximate, IsMethod, ApproximateParser.Parse)
                .WithTrackingName(TrackingNames.ApproximateParsed)
                .Select(ApproximatePlanner.Plan)
                .WithTrackingName(TrackingNames.ApproximatePlanned);

            ReportDiagnostics(context, planned.Select((result, _) => result.Diagnostics).WithTrackingName(TrackingNames.ApproximateDiagnostics));

            IncrementalValuesProvider<ApproximateSpec> specs = planned
                .Where(result => result.Model is not null)
                .Select((result, _) => result.Model!)
                .WithTrackingName(TrackingNames.ApproximateSpecs);
            context.RegisterSourceOutput(specs, (output, spec) =>
                AddSource(output, spec.Target.Name, spec.Target.HintName, () => ApproximateMethodEmitter.Emit(spec)));

            // Many methods may share an entry; its class is emitted once, in ordinal id order so output is deterministic.
            IncrementalValueProvider<EquatableArray<CatalogEntry>> entries = specs
                .Select((spec, _) => spec.Entry)
                .Collect()
                .Select((all, _) => new EquatableArray<CatalogEntry>(
                    all.GroupBy(entry => entry.Id, StringComparer.Ordinal)
                        .Select(group => group.First())
                        .OrderBy(entry => entry.Id, StringComparer.Ordinal)))
                .WithTrackingName(TrackingNames.CatalogEntriesUsed);
            context.RegisterSourceOutput(entries, (output, used) =>
            {
                foreach (CatalogEntry entry in used)
                {
                    AddSource(output, entry.Id, EntryEmitter.HintName(entry), () => EntryEmitter.Emit(entry));
                }
            });
        }

        private static void InitializePolynomial(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<ParseResult<PolynomialSpec>> parsed = context.SyntaxProvider
                .ForAttributeWithMetadataName(KernelAttributeNames.Polynomial, IsMethod, PolynomialParser.Parse)
                .WithTrackingName(TrackingNames.PolynomialParsed);

            ReportDiagnostics(context, parsed.Select((result, _) => result.Diagnostics).WithTrackingName(TrackingNames.PolynomialDiagnostics));

            IncrementalValuesProvider<PolynomialSpec> specs = parsed
                .Where(result => result.Model is not null)
                .Select((result, _) => result.Model!)
                .WithTrackingName(TrackingNames.PolynomialSpecs);
            context.RegisterSourceOutput(specs, (output, spec) =>
                AddSource(output, spec.Target.Name, spec.Target.HintName, () => PolynomialEmitter.Emit(spec)));

            // Methods of every shape with the same element, scheme and coefficients share one class, emitted once, in
            // ordinal class-name order so output is deterministic.
            IncrementalValueProvider<EquatableArray<PolynomialImplementation>> implementations = specs
                .Select((spec, _) => PolynomialImplementation.Of(spec))
                .Collect()
                .Select((all, _) => new EquatableArray<PolynomialImplementation>(
                    all.Distinct()
                        .OrderBy(implementation => implementation.ClassName, StringComparer.Ordinal)
                        .ThenBy(implementation => string.Join(",", implementation.Coefficients.Select(c => c.Bits)), StringComparer.Ordinal)))
                .WithTrackingName(TrackingNames.PolynomialImplementationsUsed);
            context.RegisterSourceOutput(implementations, (output, used) =>
            {
                foreach (var group in used.GroupBy(implementation => implementation.ClassName, StringComparer.Ordinal))
                {
                    // A hash collision gives distinct implementations one class name: emit each (under its own hint) so
                    // the compiler reports the duplicate type instead of a method silently using other coefficients.
                    int index = 0;
                    foreach (PolynomialImplementation implementation in group)
                    {
                        string hintName = index == 0 ? implementation.HintName : implementation.HintName.Replace(".g.cs", "." + index + ".g.cs");
                        AddSource(output, implementation.ClassName, hintName, () => PolynomialImplementationEmitter.Emit(implementation));
                        index++;
                    }
                }
            });
        }

        private static void InitializeNotSupportedYet(IncrementalGeneratorInitializationContext context, string attributeName, string shortName, string trackingName)
        {
            var parser = new UnsupportedAttributeParser(attributeName, shortName);
            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> diagnostics = context.SyntaxProvider
                .ForAttributeWithMetadataName(attributeName, IsMethod, parser.Parse)
                .WithTrackingName(trackingName);
            ReportDiagnostics(context, diagnostics);
        }

        private static bool IsMethod(SyntaxNode node, System.Threading.CancellationToken cancellationToken) => node is MethodDeclarationSyntax;

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
