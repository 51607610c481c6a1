using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NumericKernels.Generators.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator reports. Ids are stable once released and listed in AnalyzerReleases.*.md; add
    /// new ones at the end, never renumber.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "NumericKernels";
        private const string FitCommandHint = "run '{1}' to produce one, and add the file it writes to this project";

        public static readonly DiagnosticDescriptor MethodNotPartial = Error(
            "NK0001", "Kernel method must be partial",
            "Method '{0}' must be declared 'partial' so NumericKernels can supply its implementation");

        public static readonly DiagnosticDescriptor MethodHasBody = Error(
            "NK0002", "Kernel method must not have a body",
            "Method '{0}' must be a partial declaration without a body; NumericKernels generates the body");

        public static readonly DiagnosticDescriptor MethodNotStatic = Error(
            "NK0003", "Kernel method must be static",
            "Method '{0}' must be 'static'");

        public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Error(
            "NK0004", "Containing type must be partial",
            "Type '{0}' must be declared 'partial' because it contains the kernel method '{1}'");

        public static readonly DiagnosticDescriptor GenericMethod = Error(
            "NK0005", "Kernel method must not be generic",
            "Method '{0}' must not have type parameters; declare one method per element type");

        public static readonly DiagnosticDescriptor UnsupportedShape = Error(
            "NK0006", "Unsupported kernel method signature",
            "Method '{0}' has an unsupported signature; use 'T F(T x)', 'Vector128<T> F(Vector128<T> x)' (also Vector256, Vector512) or 'void F(ReadOnlySpan<T> x, Span<TOut> y)', with T float or double and parameters passed by value");

        public static readonly DiagnosticDescriptor UnsupportedElementType = Error(
            "NK0007", "Unsupported element type",
            "Element type '{0}' is not supported; kernels compute in float or double");

        public static readonly DiagnosticDescriptor SpanOutputNotAllowed = Error(
            "NK0008", "Span output type not allowed for the input type",
            "Output element type '{0}' is not allowed for input element type '{1}'; allowed: {2}");

        public static readonly DiagnosticDescriptor InvalidMaxUlp = Error(
            "NK0009", "Impossible error bound",
            "MaxUlp = {0} is impossible: it must be finite and at least 0.5 (no rounded result is closer); to ask for the exact value rounded use CorrectlyRounded = true");

        public static readonly DiagnosticDescriptor InvalidDomain = Error(
            "NK0010", "Invalid domain",
            "The domain [{0}, {1}] is invalid: DomainMin and DomainMax must not be NaN and DomainMin must not exceed DomainMax");

        public static readonly DiagnosticDescriptor UnknownVariant = Error(
            "NK0011", "Unknown catalog entry",
            "Variant '{0}' is not a catalog entry id; entries for this function and element type: {1}");

        public static readonly DiagnosticDescriptor VariantDoesNotCover = Error(
            "NK0012", "Pinned catalog entry does not cover the request",
            "Variant '{0}' does not cover the request: {1}");

        public static readonly DiagnosticDescriptor NoCatalogEntry = Error(
            "NK0013", "No catalog entry covers the request",
            "No catalog entry computes {0} within the request; " + FitCommandHint);

        public static readonly DiagnosticDescriptor RoundingNotInCatalog = Error(
            "NK0014", "Rounding requirement not in the catalog yet",
            "No catalog entry is {0} yet, and nk-search fit makes round-to-nearest entries within a ULP bound only ('{1}' says so); ask for a MaxUlp bound with the default rounding instead");

        public static readonly DiagnosticDescriptor PolynomialWithoutCoefficients = Error(
            "NK0015", "Polynomial has no coefficients",
            "[Polynomial] on '{0}' needs at least one coefficient (c0 for a constant)");

        public static readonly DiagnosticDescriptor PolynomialCoefficientNotFinite = Error(
            "NK0016", "Polynomial coefficient is not finite",
            "Coefficient c{0} = {1} is not finite in {2}; every coefficient must be a finite number of the element type");

        public static readonly DiagnosticDescriptor AttributeNotSupportedYet = Error(
            "NK0017", "Attribute not supported yet",
            "[{0}] is not supported yet by this version of NumericKernels; no code is generated for '{1}'");

        public static readonly DiagnosticDescriptor InternalError = Error(
            "NK0018", "NumericKernels generator internal error",
            "NumericKernels could not generate code for '{0}' because of an internal error ({1}); please report it");

        public static readonly DiagnosticDescriptor UnknownFunction = Error(
            "NK0019", "Unknown function",
            "'{0}' is not a NumericKernels.MathFunction value");

        public static readonly DiagnosticDescriptor ConflictingKernelAttributes = Error(
            "NK0020", "More than one kernel attribute",
            "Method '{0}' has more than one NumericKernels kernel attribute; keep one");

        public static readonly DiagnosticDescriptor UnsupportedBlockSize = Error(
            "NK0021", "Unsupported block size",
            "BlockSize = {0} is not supported: use 0 (no block scale), 16 (NVFP4) or 32 (OCP MX){1}");

        public static readonly DiagnosticDescriptor NotAScaleFormat = Error(
            "NK0022", "Not a block scale format",
            "Scale = {0} cannot be a block scale: use ScaleE8M0 (OCP MX) or ScaleUE4M3 (NVFP4)");

        public static readonly DiagnosticDescriptor ElementFormatNotStorable = Error(
            "NK0023", "Element format not storable",
            "{0} cannot be stored in '{1}': {2}");

        public static readonly DiagnosticDescriptor UnsupportedQuantizeShape = Error(
            "NK0024", "Unsupported quantization signature",
            "Method '{0}' has an unsupported signature for [{1}]; use {2}");

        public static readonly DiagnosticDescriptor SeedMismatch = Error(
            "NK0025", "Stochastic rounding and seed do not match",
            "{0}");

        public static readonly DiagnosticDescriptor OverflowModeNotAvailable = Error(
            "NK0026", "Overflow mode not available for the format",
            "{0} has neither infinity nor NaN, so Overflow = NonFinite cannot apply; use Overflow = Saturate");

        public static readonly DiagnosticDescriptor UndefinedEnumValue = Error(
            "NK0027", "Value outside its enum",
            "{0} is not a defined {1} value");

        public static readonly DiagnosticDescriptor OptionDoesNotApply = Error(
            "NK0028", "Option does not apply",
            "{0} does not apply to [{1}]: {2}");

        public static readonly DiagnosticDescriptor QuantizationOptionNotSupportedYet = Error(
            "NK0029", "Quantization option not supported yet",
            "{0} is not supported yet by this version of NumericKernels; no code is generated for '{1}'");

        public static readonly DiagnosticDescriptor PointsOutOfRange = Error(
            "NK0030", "Points out of range for the rule",
            "Points = {0} is not available for {1}: {2}");

        public static readonly DiagnosticDescriptor IntegrandNotUsable = Error(
            "NK0031", "Unknown or mistyped integrand",
            "{0}");

        public static readonly DiagnosticDescriptor InvalidTolerance = Error(
            "NK0032", "Invalid quadrature tolerance",
            "{0} = {1} is not valid: {2}");

        public static readonly DiagnosticDescriptor UnsupportedQuadratureShape = Error(
            "NK0033", "Unsupported quadrature signature",
            "Method '{0}' has an unsupported signature for [Quadrature(QuadratureRule.{1})]; use {2}");

        public static readonly DiagnosticDescriptor IntegrandMayNotInline = new DiagnosticDescriptor(
            "NK0034", "Integrand may not be inlined",
            "Integrand '{0}' is not marked [MethodImpl(MethodImplOptions.AggressiveInlining)]: the JIT inlines a method that size only by its own heuristics (a double constant alone is 9 bytes of IL), and a call at each of the {1} nodes spills the kernel's accumulators; mark it to have it inlined",
            Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor AttributeNotOnMethodDeclaration = Error(
            "NK0035", "Kernel attribute not on a method declaration",
            "[{0}] is on {1}, for which NumericKernels generates nothing; put it on a static partial method declaration of a partial class or struct");

        public static readonly DiagnosticDescriptor ExternKernelMethod = Error(
            "NK0036", "Kernel method must not be extern",
            "Method '{0}' is declared 'extern', so its body would come from elsewhere; remove 'extern': NumericKernels generates the body");

        public static readonly DiagnosticDescriptor KernelMethodAlreadyImplemented = Error(
            "NK0037", "Kernel method already implemented",
            "Method '{0}' already has an implementing declaration; remove it: NumericKernels generates the body");

        public static readonly DiagnosticDescriptor FileLocalContainingType = Error(
            "NK0038", "Kernel method in a file-local type",
            "Type '{0}' of method '{1}' is file-local: the generated implementation lives in another file, which cannot extend it; declare the type without 'file'");

        public static readonly DiagnosticDescriptor MalformedCatalogEntry = Error(
            "NK0039", "Malformed catalog entry",
            "Catalog entry '{0}' cannot be read: {1}");

        public static readonly DiagnosticDescriptor InconsistentCatalogEntry = Error(
            "NK0040", "Inconsistent catalog entry",
            "Catalog entry '{0}' is not used: {1}");

        public static readonly DiagnosticDescriptor DuplicateCatalogEntry = Error(
            "NK0041", "Duplicate catalog entry id",
            "Catalog entry id '{0}' {1}; give the entry an id of its own");

        private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = typeof(DiagnosticDescriptors)
            .GetFields()
            .Select(field => field.GetValue(null))
            .OfType<DiagnosticDescriptor>()
            .ToDictionary(descriptor => descriptor.Id);

        /// <summary>All descriptors, in id order.</summary>
        public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal);

        public static DiagnosticDescriptor ById(string id) => s_byId[id];

        private static DiagnosticDescriptor Error(string id, string title, string message)
            => new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
    }
}
