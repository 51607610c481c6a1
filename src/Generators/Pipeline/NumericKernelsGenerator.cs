using Microsoft.CodeAnalysis;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Parsing;
using NumericKernels.Generators.Planning;
using NumericKernels.Generators.Quadrature;
using NumericKernels.Generators.Quantization;

namespace NumericKernels.Generators.Pipeline
{
    /// <summary>
    /// The incremental generator: one <see cref="KernelFamily{TRequest, TSpec, TShared}"/> per kernel attribute, each
    /// wired by <see cref="KernelFamilies.Register"/> (attribute -&gt; parse -&gt; plan -&gt; diagnostics -&gt; method source -&gt;
    /// shared classes emitted once).
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class NumericKernelsGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            // [Approximate]: a catalog entry per method (built-in or the project's own [assembly: CatalogEntry]); every method
            // that selected an entry delegates to its class.
            IncrementalValueProvider<EquatableArray<CatalogEntry>> userEntries = UserCatalog.Register(context);
            KernelFamilies.Register(context, new KernelFamily<ApproximateRequest, ApproximateSpec, CatalogEntry>
            {
                WithProjectData = parsed => parsed.Combine(userEntries).Select((pair, _) => new Located<ParseResult<ApproximateRequest>>(
                    pair.Left.Value.Model is { } request ? pair.Left.Value with { Model = request with { UserEntries = pair.Right } } : pair.Left.Value,
                    pair.Left.Method)),
                AttributeName = KernelAttributeNames.Approximate,
                Parse = ApproximateParser.Parse,
                Plan = ApproximatePlanner.Plan,
                MethodName = spec => spec.Target.Name,
                MethodHintName = spec => spec.Target.HintName,
                EmitMethod = ApproximateMethodEmitter.Emit,
                Shared = spec => spec.Entry,
                SharedHintName = EntryEmitter.HintName,
                EmitShared = EntryEmitter.Emit,
                TrackingNames = new FamilyTrackingNames(TrackingNames.ApproximateParsed, TrackingNames.ApproximatePlanned, TrackingNames.ApproximateDiagnostics, TrackingNames.ApproximateSpecs, TrackingNames.CatalogEntriesUsed),
            });

            // [Polynomial]: methods of every shape with the same element, scheme and coefficients share one class.
            KernelFamilies.Register(context, PolynomialFamily());

            // [Quantize] and [Dequantize]: methods with the same format, rounding and overflow share one kernel class.
            KernelFamilies.Register(context, QuantizeFamily(KernelAttributeNames.Quantize, QuantizeParser.ParseQuantize,
                new FamilyTrackingNames(TrackingNames.QuantizeParsed, null, TrackingNames.QuantizeDiagnostics, TrackingNames.QuantizeSpecs, TrackingNames.QuantizeKernelsUsed)));
            KernelFamilies.Register(context, QuantizeFamily(KernelAttributeNames.Dequantize, QuantizeParser.ParseDequantize,
                new FamilyTrackingNames(TrackingNames.DequantizeParsed, null, TrackingNames.DequantizeDiagnostics, TrackingNames.DequantizeSpecs, TrackingNames.DequantizeKernelsUsed)));

            // [Quadrature]: the rule is computed when the method's source is written, which happens only when its request
            // changes (requests hold no locations); methods of one element type share the class of fused multiply-adds.
            KernelFamilies.Register(context, new KernelFamily<QuadratureRequest, QuadratureRequest, QuadratureSupport>
            {
                AttributeName = KernelAttributeNames.Quadrature,
                Parse = QuadratureParser.Parse,
                Plan = (parsed, _) => parsed,
                MethodName = request => request.Frame.Name,
                MethodHintName = request => request.HintName,
                EmitMethod = request => QuadratureMethodEmitter.Emit(QuadraturePlanner.Plan(request)),
                Shared = request => request.Support,
                SharedHintName = support => support.HintName,
                EmitShared = QuadratureSupportEmitter.Emit,
                TrackingNames = new FamilyTrackingNames(TrackingNames.QuadratureParsed, null, TrackingNames.QuadratureDiagnostics, TrackingNames.QuadratureSpecs, TrackingNames.QuadratureSupportUsed),
            });
        }

        internal static KernelFamily<PolynomialSpec, PolynomialSpec, PolynomialImplementation> PolynomialFamily() => new KernelFamily<PolynomialSpec, PolynomialSpec, PolynomialImplementation>
        {
            AttributeName = KernelAttributeNames.Polynomial,
            Parse = PolynomialParser.Parse,
            Plan = (parsed, _) => parsed,
            MethodName = spec => spec.Target.Name,
            MethodHintName = spec => spec.Target.HintName,
            EmitMethod = PolynomialEmitter.Emit,
            Shared = PolynomialImplementation.Of,
            SharedHintName = implementation => implementation.HintName,
            EmitShared = PolynomialImplementationEmitter.Emit,
            TrackingNames = new FamilyTrackingNames(TrackingNames.PolynomialParsed, null, TrackingNames.PolynomialDiagnostics, TrackingNames.PolynomialSpecs, TrackingNames.PolynomialImplementationsUsed),
        };

        private static KernelFamily<QuantizeSpec, QuantizeSpec, QuantizeKernel> QuantizeFamily(
            string attributeName,
            System.Func<GeneratorAttributeSyntaxContext, System.Threading.CancellationToken, ParseResult<QuantizeSpec>> parse,
            FamilyTrackingNames trackingNames) => new KernelFamily<QuantizeSpec, QuantizeSpec, QuantizeKernel>
            {
                AttributeName = attributeName,
                Parse = parse,
                Plan = (parsed, _) => parsed,
                MethodName = spec => spec.Frame.Name,
                MethodHintName = spec => spec.HintName,
                EmitMethod = QuantizeMethodEmitter.Emit,
                Shared = spec => spec.Kernel,
                SharedHintName = kernel => kernel.HintName,
                EmitShared = QuantizeKernelEmitter.Emit,
                TrackingNames = trackingNames,
            };
    }
}
