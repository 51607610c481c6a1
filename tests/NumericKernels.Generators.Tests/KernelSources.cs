namespace NumericKernels.Generators.Tests
{
    /// <summary>User code fragments shared by the tests.</summary>
    internal static class KernelSources
    {
        public const string Usings = """
            using System;
            using System.Runtime.Intrinsics;
            using NumericKernels;

            """;

        /// <summary>A compilation unit with <paramref name="members"/> inside "namespace Demo; static partial class Kernels".</summary>
        public static string InKernelsClass(string members) => Usings + """
            namespace Demo;

            public static partial class Kernels
            {
            """ + "\n" + members + "\n}\n";

        /// <summary>One [Polynomial] method per shape, all with the same float coefficients (Horner, degree 4).</summary>
        public const string PolynomialAllShapesFloat = """
                [Polynomial(1.0, 0.5, 0.25, -0.125, 0.0625, Scheme = PolynomialScheme.Horner)]
                public static partial float Poly(float x);

                [Polynomial(1.0, 0.5, 0.25, -0.125, 0.0625, Scheme = PolynomialScheme.Horner)]
                public static partial Vector128<float> Poly(Vector128<float> x);

                [Polynomial(1.0, 0.5, 0.25, -0.125, 0.0625, Scheme = PolynomialScheme.Horner)]
                public static partial Vector256<float> Poly(Vector256<float> x);

                [Polynomial(1.0, 0.5, 0.25, -0.125, 0.0625, Scheme = PolynomialScheme.Horner)]
                public static partial Vector512<float> Poly(Vector512<float> x);

                [Polynomial(1.0, 0.5, 0.25, -0.125, 0.0625, Scheme = PolynomialScheme.Horner)]
                public static partial void Poly(ReadOnlySpan<float> values, Span<float> results);

                [Polynomial(1.0, 0.5, 0.25, -0.125, 0.0625, Scheme = PolynomialScheme.Horner)]
                public static partial void PolyToHalf(ReadOnlySpan<float> values, Span<Half> results);

                [Polynomial(1.0, 0.5, 0.25, -0.125, 0.0625, Scheme = PolynomialScheme.Horner)]
                public static partial void PolyToBFloat16(ReadOnlySpan<float> values, Span<BFloat16> results);
            """;
    }
}
