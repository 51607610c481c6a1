using System.Collections.Immutable;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Models;

namespace NumericKernels.Search.Tests
{
    /// <summary>
    /// Hand-written kernels of the emitted shape (Scalar, V128, V256, V512, Span), so the verifier is tested without
    /// depending on which catalog entries exist yet.
    /// </summary>
    internal static class TestKernels
    {
        public const string ClassName = "TestKernels.Candidate";

        /// <summary>A float exp rounded twice (exact double exp, then to float): at most 0.5 ULP plus a hair.</summary>
        public static string ExpViaDouble(string scalarType = "float") => Kernel(scalarType, "(" + scalarType + ")global::System.Math.Exp(x)");

        /// <summary>A kernel with an expression body in x, applied lane by lane in every path.</summary>
        public static string Kernel(string t, string expression) => $$"""
            namespace TestKernels
            {
                using global::System;
                using global::System.Runtime.Intrinsics;

                internal static class Candidate
                {
                    public static {{t}} Scalar({{t}} x) => {{expression}};

                    public static Vector128<{{t}}> V128(Vector128<{{t}}> x) { Span<{{t}}> v = stackalloc {{t}}[Vector128<{{t}}>.Count]; x.CopyTo(v); Apply(v); return Vector128.Create((ReadOnlySpan<{{t}}>)v); }

                    public static Vector256<{{t}}> V256(Vector256<{{t}}> x) { Span<{{t}}> v = stackalloc {{t}}[Vector256<{{t}}>.Count]; x.CopyTo(v); Apply(v); return Vector256.Create((ReadOnlySpan<{{t}}>)v); }

                    public static Vector512<{{t}}> V512(Vector512<{{t}}> x) { Span<{{t}}> v = stackalloc {{t}}[Vector512<{{t}}>.Count]; x.CopyTo(v); Apply(v); return Vector512.Create((ReadOnlySpan<{{t}}>)v); }

                    public static void Span(ReadOnlySpan<{{t}}> x, Span<{{t}}> y) { for (int i = 0; i < x.Length; i++) y[i] = Scalar(x[i]); }

                    private static void Apply(Span<{{t}}> v) { for (int i = 0; i < v.Length; i++) v[i] = Scalar(v[i]); }
                }
            }
            """;

        /// <summary>A catalog entry describing the contract a test kernel is verified against.</summary>
        public static CatalogEntry Entry(MathFunctionId function, ElementKind element, double boundUlp, double min = double.NegativeInfinity, double max = double.PositiveInfinity) =>
            new CatalogEntry(
                Id: "test." + function.ToString().ToLowerInvariant(),
                Function: function,
                Element: element,
                DomainMin: min,
                DomainMax: max,
                HandlesSpecialValues: true,
                BoundUlp: boundUlp,
                Origin: "test",
                Algorithm: KernelAlgorithm.DirectPolynomial,
                Constants: new EquatableArray<NamedConstant>(ImmutableArray<NamedConstant>.Empty),
                Verification: new VerificationRecord(0, "none", 0, "none", "none"));
    }
}
