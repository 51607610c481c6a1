using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Parsing;

namespace NumericKernels.Generators.Quadrature
{
    /// <summary>
    /// Turns a [Quadrature] method into a <see cref="QuadratureRequest"/>: checks the rule and every option against it
    /// (Points in the rule's range, tolerances only on adaptive rules and never negative or NaN, Kernel and LengthScale
    /// only on Bayesian), the integrand (a static method of the containing type with the element type's signature, and
    /// which vector overloads it has) and the method's shape, each misuse a diagnostic on the argument or the method.
    /// </summary>
    internal static class QuadratureParser
    {
        public static ParseResult<QuadratureRequest> Parse(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            => ParserGuard.Run<QuadratureRequest>(context, KernelAttributeNames.Quadrature, Parse, cancellationToken);

        private static bool UsesIntegrand(QuadratureRuleId rule) => rule is QuadratureRuleId.GaussLegendre or QuadratureRuleId.GaussKronrod
            or QuadratureRuleId.ClenshawCurtis or QuadratureRuleId.TanhSinh;

        private static bool IsAdaptive(QuadratureRuleId rule) => rule is QuadratureRuleId.GaussKronrod or QuadratureRuleId.TanhSinh;

        private static QuadratureRequest? Parse(IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            int before = diagnostics.Count;
            string name = syntax.Identifier.ValueText;
            MethodFrame? frame = MethodTargetParser.ParseFrame(method, syntax, diagnostics);

            if (arguments.Constructor(0) is not TypedConstant ruleArgument || !AttributeArguments.TryInt32(ruleArgument, out int ruleValue))
            {
                return null; // the compiler reports the missing or unbound argument
            }
            var rule = (QuadratureRuleId)ruleValue;
            if (!EnumArguments.Defined(rule, "QuadratureRule", arguments.PositionalLocation(0), diagnostics))
            {
                return null;
            }

            int points = CheckPoints(rule, arguments, diagnostics);
            CheckAdaptiveOptions(rule, arguments, diagnostics);
            CheckBayesianOptions(rule, arguments, diagnostics);
            string? integrand = arguments.String("Integrand");
            if (!UsesIntegrand(rule) && arguments.Named("Integrand") is not null)
            {
                NotApplicable("Integrand", rule, "a sampled rule integrates the samples it is given", arguments, diagnostics);
            }
            else if (UsesIntegrand(rule) && string.IsNullOrEmpty(integrand))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IntegrandNotUsable, arguments.NamedLocation("Integrand"),
                    "[Quadrature(QuadratureRule." + rule + ")] on '" + name + "' needs Integrand = nameof(F), where F is a static method of the containing type with the signature 'double F(double x)' ('float F(float x)' for a float kernel)"));
            }
            if (diagnostics.Count != before || frame is null)
            {
                // Fix the attribute first: its errors would make every signature look wrong.
                return null;
            }

            Shape? shape = ParseShape(rule, method, syntax, diagnostics);
            if (shape is null)
            {
                return null;
            }
            if (rule == QuadratureRuleId.Bayesian)
            {
                var kernel = (BayesKernelId)arguments.Int32("Kernel", 0);
                double scale = arguments.Double("LengthScale", BayesianQuadrature.DefaultLengthScale);
                if (!CheckBayesianConditioning(kernel, points, scale, arguments, diagnostics))
                {
                    return null;
                }
                return new QuadratureRequest(frame, rule, points, shape.Element, shape.Kind, shape.Names, null, VectorOverloads.None, Kernel: kernel, LengthScale: scale);
            }
            if (!UsesIntegrand(rule))
            {
                return new QuadratureRequest(frame, rule, points, shape.Element, shape.Kind, shape.Names, null, VectorOverloads.None);
            }
            VectorOverloads overloads = CheckIntegrand(method, name, integrand!, shape.Element, points, arguments.NamedLocation("Integrand"), diagnostics);
            if (diagnostics.Any(d => d.IsError))
            {
                return null;
            }
            string qualified = method.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + "." + Identifiers.Escape(integrand!);
            (double absolute, double relative, int limit) = Tolerances(rule, shape.Element, arguments);
            if (IsAdaptive(rule) && !CheckAdaptiveLimits(rule, shape.Element, absolute, relative, limit, arguments, diagnostics))
            {
                return null;
            }
            return new QuadratureRequest(frame, rule, points, shape.Element, shape.Kind, shape.Names, qualified, overloads, absolute, relative, limit);
        }

        /// <summary>The subdivision limit of Gauss-Kronrod when MaxSubdivisions is not set (QUADPACK's usual limit); tanh-sinh's is
        /// its number of step halvings, <see cref="TanhSinh.MaxLevels"/> when not set.</summary>
        public const int DefaultMaxSubdivisions = 100;

        /// <summary>
        /// An adaptive rule's tolerances: as written; when neither is written, a relative tolerance of sqrt(epsilon) of the
        /// element type (about 1.5e-8 for double, 3.5e-4 for float, as QuadGK does) and no absolute one.
        /// </summary>
        private static (double Absolute, double Relative, int Limit) Tolerances(QuadratureRuleId rule, ElementKind element, AttributeArguments arguments)
        {
            if (!IsAdaptive(rule))
            {
                return (0, 0, 0);
            }
            bool absoluteWritten = arguments.Named("AbsoluteTolerance") is not null;
            bool relativeWritten = arguments.Named("RelativeTolerance") is not null;
            double absolute = arguments.Double("AbsoluteTolerance", 0);
            double relative = relativeWritten
                ? arguments.Double("RelativeTolerance", 0)
                : absoluteWritten ? 0 : (element == ElementKind.Float32 ? 3.4526698300124393e-4 : 1.4901161193847656e-8);
            int defaultLimit = rule == QuadratureRuleId.TanhSinh ? TanhSinh.MaxLevels : DefaultMaxSubdivisions;
            return (absolute, relative, arguments.Int32("MaxSubdivisions", defaultLimit));
        }

        /// <summary>The most intervals an adaptive kernel may hold (its work grows with their square).</summary>
        public const int MaxMaxSubdivisions = 65536;

        /// <summary>
        /// Tolerances the kernel can meet in its element type: representable there, not both 0, and a relative tolerance
        /// alone not below 50 epsilon (each interval's estimate is at least 50 epsilon times the integral of |f|); and a
        /// subdivision limit that keeps the interval store and the evaluation count in range.
        /// </summary>
        private static bool CheckAdaptiveLimits(QuadratureRuleId rule, ElementKind element, double absolute, double relative, int limit, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            int before = diagnostics.Count;
            bool single = element == ElementKind.Float32;
            foreach ((string option, double value) in new[] { ("AbsoluteTolerance", absolute), ("RelativeTolerance", relative) })
            {
                if (single && arguments.Named(option) is not null && value != 0 && (float.IsInfinity((float)value) || (float)value == 0))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTolerance, arguments.NamedLocation(option),
                        option, value.ToString("R", CultureInfo.InvariantCulture), "a float kernel compares in float, where this value " + (float.IsInfinity((float)value) ? "overflows" : "rounds to 0")));
                }
            }
            if (absolute == 0 && relative == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTolerance, arguments.AttributeLocation,
                    "AbsoluteTolerance and RelativeTolerance", "0", "at least one of them must be above 0 (leave both out for the default relative tolerance, the square root of the element type's epsilon)"));
            }
            double floor = 50 * (single ? Math.Pow(2, -23) : Math.Pow(2, -52));
            if (absolute == 0 && relative > 0 && relative < floor)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTolerance, arguments.NamedLocation("RelativeTolerance"),
                    "RelativeTolerance", relative.ToString("R", CultureInfo.InvariantCulture),
                    $"it cannot be met: each interval's estimate is at least 50 epsilon ({floor.ToString("G3", CultureInfo.InvariantCulture)} for {(single ? "float" : "double")}) times the integral of |f|; use at least that, or add an AbsoluteTolerance"));
            }
            if (rule == QuadratureRuleId.TanhSinh && limit > TanhSinh.MaxLevels)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTolerance, arguments.NamedLocation("MaxSubdivisions"),
                    "MaxSubdivisions", limit.ToString(CultureInfo.InvariantCulture), "tanh-sinh halves its step at most " + TanhSinh.MaxLevels.ToString(CultureInfo.InvariantCulture) + " times (a step of 2^-" + TanhSinh.MaxLevels.ToString(CultureInfo.InvariantCulture) + " in t, the finest its tables hold)"));
            }
            else if (limit > MaxMaxSubdivisions)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTolerance, arguments.NamedLocation("MaxSubdivisions"),
                    "MaxSubdivisions", limit.ToString(CultureInfo.InvariantCulture), "the limit is at most " + MaxMaxSubdivisions.ToString(CultureInfo.InvariantCulture) + " intervals (each step scans them all)"));
            }
            return diagnostics.Count == before;
        }

        /// <summary>Points for the rule (GaussKronrod's default 21 when unset), reporting a value the rule does not have.</summary>
        private static int CheckPoints(QuadratureRuleId rule, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            bool written = arguments.Named("Points") is not null;
            int points = arguments.Int32("Points", 0);
            string? range = rule switch
            {
                QuadratureRuleId.GaussLegendre when points < 1 || points > GaussLegendre.MaxPoints =>
                    "Gauss-Legendre rules have 1 to " + GaussLegendre.MaxPoints + " nodes; set Points to the node count",
                QuadratureRuleId.ClenshawCurtis when points < 2 || points > ClenshawCurtis.MaxPoints =>
                    "Clenshaw-Curtis rules have 2 to " + ClenshawCurtis.MaxPoints + " nodes (both ends included); set Points to the node count",
                QuadratureRuleId.GaussKronrod when written && points is not (15 or 21 or 31 or 41 or 51 or 61) =>
                    "Gauss-Kronrod pairs have 15, 21, 31, 41, 51 or 61 Kronrod nodes (21 when Points is not set)",
                QuadratureRuleId.Bayesian when points < 2 || points > 256 =>
                    "Bayesian quadrature takes 2 to 256 evenly spaced samples; set Points to the sample count",
                _ => null,
            };
            if (range is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PointsOutOfRange, arguments.NamedLocation("Points"),
                    points.ToString(CultureInfo.InvariantCulture), "QuadratureRule." + rule, range));
                return 0;
            }
            string? notApplicable = rule switch
            {
                QuadratureRuleId.TanhSinh => "tanh-sinh refines its step until the tolerances are met",
                QuadratureRuleId.Trapezoid or QuadratureRuleId.Simpson => "the sample span decides how many points there are",
                _ => null,
            };
            if (written && notApplicable is not null)
            {
                NotApplicable("Points", rule, notApplicable, arguments, diagnostics);
            }
            return rule == QuadratureRuleId.GaussKronrod && !written ? 21 : points;
        }

        private static void CheckAdaptiveOptions(QuadratureRuleId rule, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            foreach (string option in new[] { "AbsoluteTolerance", "RelativeTolerance" })
            {
                if (arguments.Named(option) is not TypedConstant constant || !AttributeArguments.TryDouble(constant, out double value))
                {
                    continue;
                }
                if (!IsAdaptive(rule))
                {
                    NotApplicable(option, rule, "only adaptive rules (GaussKronrod, TanhSinh) have tolerances", arguments, diagnostics);
                }
                else if (double.IsNaN(value) || double.IsInfinity(value) || value < 0 || (option == "RelativeTolerance" && value >= 1))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTolerance, arguments.NamedLocation(option),
                        option, value.ToString("R", CultureInfo.InvariantCulture),
                        option == "RelativeTolerance" ? "a relative tolerance is a finite number from 0 up to (not including) 1" : "an absolute tolerance is a finite number, 0 or more"));
                }
            }
            if (arguments.Named("MaxSubdivisions") is not null)
            {
                int limit = arguments.Int32("MaxSubdivisions", 0);
                if (!IsAdaptive(rule))
                {
                    NotApplicable("MaxSubdivisions", rule, "only adaptive rules (GaussKronrod, TanhSinh) subdivide", arguments, diagnostics);
                }
                else if (limit < 1)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTolerance, arguments.NamedLocation("MaxSubdivisions"),
                        "MaxSubdivisions", limit.ToString(CultureInfo.InvariantCulture), "the subdivision limit is 1 or more"));
                }
            }
        }

        /// <summary>
        /// A length scale the weights can be computed for: at most <see cref="BayesianQuadrature.MaxLengthScale"/>, and no
        /// larger than the limit measured for the kernel and sample count, beyond which the kernel matrix is too badly
        /// conditioned for double-double to give correctly rounded weights.
        /// </summary>
        private static bool CheckBayesianConditioning(BayesKernelId kernel, int points, double scale, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            LocationInfo? location = arguments.Named("LengthScale") is null ? arguments.AttributeLocation : arguments.NamedLocation("LengthScale");
            string written = arguments.Named("LengthScale") is null ? scale.ToString("R", CultureInfo.InvariantCulture) + " (the default)" : scale.ToString("R", CultureInfo.InvariantCulture);
            if (scale < BayesianQuadrature.MinLengthScale)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTolerance, location, "LengthScale", written,
                    "the length scale is at least " + BayesianQuadrature.MinLengthScale.ToString("R", CultureInfo.InvariantCulture) + " times the interval (shorter, the samples are independent to double precision)"));
                return false;
            }
            if (scale > BayesianQuadrature.MaxLengthScale)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTolerance, location, "LengthScale", written,
                    "the length scale is at most " + BayesianQuadrature.MaxLengthScale.ToString(CultureInfo.InvariantCulture) + " times the interval (longer makes every kernel look constant)"));
                return false;
            }
            double largest = BayesianQuadrature.LargestLengthScale(kernel, points);
            if (scale > largest)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTolerance, location, "LengthScale", written,
                    $"with {points.ToString(CultureInfo.InvariantCulture)} samples and BayesKernel.{kernel} the kernel matrix is too badly conditioned for correctly rounded weights above a length scale of {largest.ToString("R", CultureInfo.InvariantCulture)}; use at most that, fewer Points or a rougher kernel"));
                return false;
            }
            return true;
        }

        private static void CheckBayesianOptions(QuadratureRuleId rule, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            if (arguments.Named("Kernel") is TypedConstant kernelArgument && AttributeArguments.TryInt32(kernelArgument, out int kernel))
            {
                if (rule != QuadratureRuleId.Bayesian)
                {
                    NotApplicable("Kernel", rule, "only Bayesian quadrature has a covariance kernel", arguments, diagnostics);
                }
                else
                {
                    EnumArguments.Defined((BayesKernelId)kernel, "BayesKernel", arguments.NamedLocation("Kernel"), diagnostics);
                }
            }
            if (arguments.Named("LengthScale") is TypedConstant scaleArgument && AttributeArguments.TryDouble(scaleArgument, out double scale))
            {
                if (rule != QuadratureRuleId.Bayesian)
                {
                    NotApplicable("LengthScale", rule, "only Bayesian quadrature has a kernel length scale", arguments, diagnostics);
                }
                else if (double.IsNaN(scale) || double.IsInfinity(scale) || scale <= 0)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidTolerance, arguments.NamedLocation("LengthScale"),
                        "LengthScale", scale.ToString("R", CultureInfo.InvariantCulture), "the length scale (relative to the interval) is a finite number above 0"));
                }
            }
        }

        /// <summary>NK0028 on the written option: the rule has no such option, and why.</summary>
        private static void NotApplicable(string option, QuadratureRuleId rule, string why, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
            => diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionDoesNotApply, arguments.NamedLocation(option),
                option, "Quadrature(QuadratureRule." + rule + ")", why));

        private sealed record Shape(QuadratureShape Kind, ElementKind Element, EquatableArray<string> Names);

        private static Shape? ParseShape(QuadratureRuleId rule, IMethodSymbol method, MethodDeclarationSyntax syntax, List<DiagnosticInfo> diagnostics)
        {
            if (SymbolNames.ContainsErrorType(method.ReturnType) || method.Parameters.Any(p => SymbolNames.ContainsErrorType(p.Type)))
            {
                return null; // the compiler reports the unbound type
            }
            if (rule is QuadratureRuleId.Trapezoid or QuadratureRuleId.Simpson)
            {
                IReadOnlyList<IParameterSymbol> sampled = method.Parameters;
                if (sampled.Count == 2 && !method.IsExtensionMethod && sampled.All(p => p.RefKind == RefKind.None && !p.IsParams && p.ScopedKind == ScopedKind.None)
                    && SymbolNames.IsGenericOfOne(sampled[0].Type, "System", "ReadOnlySpan", out ITypeSymbol sample)
                    && ElementOf(sample) is ElementKind sampleElement
                    && SymbolEqualityComparer.Default.Equals(sample, sampled[1].Type)
                    && SymbolEqualityComparer.Default.Equals(sample, method.ReturnType))
                {
                    return new Shape(QuadratureShape.Sampled, sampleElement, Names(sampled));
                }
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedQuadratureShape, LocationInfo.From(syntax.Identifier),
                    syntax.Identifier.ValueText, rule.ToString(), "'double I(ReadOnlySpan<double> samples, double step)' (or float), the samples evenly spaced by step"));
                return null;
            }
            if (rule == QuadratureRuleId.Bayesian)
            {
                IReadOnlyList<IParameterSymbol> ps = method.Parameters;
                if ((ps.Count == 2 || ps.Count == 3) && !method.IsExtensionMethod
                    && ps.Take(2).All(p => p.RefKind == RefKind.None && !p.IsParams && p.ScopedKind == ScopedKind.None)
                    && SymbolNames.IsGenericOfOne(ps[0].Type, "System", "ReadOnlySpan", out ITypeSymbol sample)
                    && ElementOf(sample) is ElementKind bayesElement
                    && SymbolEqualityComparer.Default.Equals(sample, ps[1].Type)
                    && SymbolEqualityComparer.Default.Equals(sample, method.ReturnType)
                    && (ps.Count == 2 || (ps[2].RefKind == RefKind.Out && SymbolEqualityComparer.Default.Equals(sample, ps[2].Type))))
                {
                    return new Shape(ps.Count == 2 ? QuadratureShape.Sampled : QuadratureShape.SampledWithVariance, bayesElement, Names(ps));
                }
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedQuadratureShape, LocationInfo.From(syntax.Identifier),
                    syntax.Identifier.ValueText, rule.ToString(), "'double I(ReadOnlySpan<double> samples, double interval)' or 'double I(ReadOnlySpan<double> samples, double interval, out double variance)' (or float), the Points samples evenly spaced over the interval, both ends included"));
                return null;
            }
            bool adaptive = IsAdaptive(rule);
            string shapes = adaptive
                ? "'QuadratureResult I(double a, double b)' (or float a and b), which returns the value with its error estimate and whether the tolerances were met"
                : "'double I(double a, double b)' or 'void I(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result)' (float versions too)";
            if (!method.IsExtensionMethod && method.Parameters.All(p => p.RefKind == RefKind.None && !p.IsParams && p.ScopedKind == ScopedKind.None))
            {
                IReadOnlyList<IParameterSymbol> ps = method.Parameters;
                if (ps.Count == 2 && ElementOf(ps[0].Type) is ElementKind element && SymbolEqualityComparer.Default.Equals(ps[0].Type, ps[1].Type))
                {
                    bool returnsResult = method.ReturnType is INamedTypeSymbol { Name: "QuadratureResult" } result && result.ContainingNamespace?.ToDisplayString() == "NumericKernels";
                    if (!adaptive && SymbolEqualityComparer.Default.Equals(method.ReturnType, ps[0].Type))
                    {
                        return new Shape(QuadratureShape.Fixed, element, Names(ps));
                    }
                    if (adaptive && returnsResult)
                    {
                        return new Shape(QuadratureShape.Adaptive, element, Names(ps));
                    }
                    if (!adaptive && returnsResult)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedQuadratureShape, LocationInfo.From(syntax.ReturnType),
                            syntax.Identifier.ValueText, rule.ToString(), shapes + ": a QuadratureResult (with an error estimate) needs an adaptive rule, GaussKronrod or TanhSinh"));
                        return null;
                    }
                    if (adaptive && SymbolEqualityComparer.Default.Equals(method.ReturnType, ps[0].Type))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedQuadratureShape, LocationInfo.From(syntax.ReturnType),
                            syntax.Identifier.ValueText, rule.ToString(), shapes + ": an adaptive rule may stop before its tolerances are met, so it returns a QuadratureResult that says so"));
                        return null;
                    }
                }
                if (!adaptive && ps.Count == 3 && method.ReturnsVoid
                    && SymbolNames.IsGenericOfOne(ps[0].Type, "System", "ReadOnlySpan", out ITypeSymbol a)
                    && SymbolNames.IsGenericOfOne(ps[1].Type, "System", "ReadOnlySpan", out ITypeSymbol b)
                    && SymbolNames.IsGenericOfOne(ps[2].Type, "System", "Span", out ITypeSymbol r)
                    && ElementOf(a) is ElementKind batchElement
                    && SymbolEqualityComparer.Default.Equals(a, b) && SymbolEqualityComparer.Default.Equals(a, r))
                {
                    return new Shape(QuadratureShape.Batch, batchElement, Names(ps));
                }
            }
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedQuadratureShape, LocationInfo.From(syntax.Identifier),
                syntax.Identifier.ValueText, rule.ToString(), shapes));
            return null;
        }

        private static EquatableArray<string> Names(IReadOnlyList<IParameterSymbol> parameters) => new EquatableArray<string>(parameters.Select(p => p.Name));

        /// <summary>Whether [MethodImpl(MethodImplOptions.AggressiveInlining)] (bit 0x100) is on the method.</summary>
        private static bool IsAggressivelyInlined(IMethodSymbol method)
        {
            foreach (AttributeData attribute in method.GetAttributes())
            {
                if (attribute.AttributeClass?.ToDisplayString() == "System.Runtime.CompilerServices.MethodImplAttribute"
                    && attribute.ConstructorArguments.Length == 1
                    && AttributeArguments.TryInt32(attribute.ConstructorArguments[0], out int options)
                    && (options & 0x100) != 0)
                {
                    return true;
                }
            }
            return false;
        }

        private static ElementKind? ElementOf(ITypeSymbol type) => type.SpecialType switch
        {
            SpecialType.System_Double => ElementKind.Float64,
            SpecialType.System_Single => ElementKind.Float32,
            _ => null,
        };

        /// <summary>
        /// Checks that the integrand is a static, non-generic method of the containing type taking and returning the element
        /// type by value, and finds its Vector128/256/512 overloads of the same form.
        /// </summary>
        private static VectorOverloads CheckIntegrand(IMethodSymbol method, string methodName, string integrand, ElementKind element, int points, LocationInfo? location, List<DiagnosticInfo> diagnostics)
        {
            string scalar = element == ElementKind.Float32 ? "float" : "double";
            string type = method.ContainingType.Name;
            string wanted = $"'static {scalar} {integrand}({scalar} x)'";
            System.Collections.Immutable.ImmutableArray<ISymbol> members = method.ContainingType.GetMembers(integrand);
            if (members.Length == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IntegrandNotUsable, location,
                    $"Integrand '{integrand}' of '{methodName}' is not a member of '{type}'; declare {wanted} in '{type}' (a static method of the containing type)"));
                return VectorOverloads.None;
            }
            bool scalarFound = false;
            var overloads = VectorOverloads.None;
            foreach (IMethodSymbol candidate in members.OfType<IMethodSymbol>())
            {
                if (!candidate.IsStatic || candidate.IsGenericMethod || candidate.Parameters.Length != 1
                    || candidate.Parameters[0].RefKind != RefKind.None || SymbolEqualityComparer.Default.Equals(candidate, method))
                {
                    continue;
                }
                ITypeSymbol parameter = candidate.Parameters[0].Type;
                if (!SymbolEqualityComparer.Default.Equals(parameter, candidate.ReturnType))
                {
                    continue;
                }
                if (ElementOf(parameter) == element)
                {
                    scalarFound = true;
                    if (!IsAggressivelyInlined(candidate))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IntegrandMayNotInline, location,
                            integrand, points.ToString(CultureInfo.InvariantCulture)));
                    }
                }
                else
                {
                    int bits = SymbolNames.VectorBits(parameter, out ITypeSymbol lane);
                    if (bits != 0 && ElementOf(lane) == element)
                    {
                        overloads |= QuadratureRequest.OverloadOf(bits);
                    }
                }
            }
            if (!scalarFound)
            {
                string found = members.OfType<IMethodSymbol>().Any()
                    ? string.Join(", ", members.OfType<IMethodSymbol>().Select(m => "'" + (m.IsStatic ? "static " : string.Empty) + m.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "'"))
                    : "'" + integrand + "' is a " + members[0].Kind.ToString().ToLowerInvariant();
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.IntegrandNotUsable, location,
                    $"Integrand '{integrand}' of '{methodName}' has no overload {wanted}: found {found}"));
            }
            return overloads;
        }
    }
}
