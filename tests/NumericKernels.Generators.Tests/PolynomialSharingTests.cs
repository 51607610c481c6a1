using System;
using System.Linq;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>
    /// One implementation class per distinct polynomial: shared across shapes, names, types and equivalent scheme
    /// requests, and kept apart whenever the evaluated code would differ.
    /// </summary>
    public class PolynomialSharingTests
    {
        private const string Prefix = "NumericKernels.Polynomial.";

        [Fact]
        public void Auto_and_explicit_Horner_in_different_types_share_one_class()
        {
            string source = KernelSources.Usings + """
                namespace Demo
                {
                    public static partial class Kernels
                    {
                        [Polynomial(1, 0.5)]
                        public static partial float A(float x);
                    }
                }

                namespace Other
                {
                    internal static partial class More
                    {
                        [Polynomial(1, 0.5, Scheme = PolynomialScheme.Horner)]
                        internal static partial Vector128<float> B(Vector128<float> x);
                    }
                }
                """;
            GeneratorRun run = GeneratorHarness.Run(source);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
            Assert.Single(run.Sources, s => s.HintName.StartsWith(Prefix, StringComparison.Ordinal));
            Assert.Contains("chosen by Auto", run.Source("Demo.Kernels.A_Float32.g.cs"));
        }

        [Fact]
        public void Signed_zero_scheme_and_element_each_get_their_own_class()
        {
            string source = KernelSources.InKernelsClass("""
                    [Polynomial(1, 0.0, 2)]
                    public static partial float Plus(float x);

                    [Polynomial(1, -0.0, 2)]
                    public static partial float Minus(float x);

                    [Polynomial(1, 0.0, 2, Scheme = PolynomialScheme.Estrin)]
                    public static partial float PlusEstrin(float x);

                    [Polynomial(1, 0.0, 2)]
                    public static partial double PlusDouble(double x);
                """);
            GeneratorRun run = GeneratorHarness.Run(source);

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
            string[] classes = run.Sources.Select(s => s.HintName).Where(h => h.StartsWith(Prefix, StringComparison.Ordinal)).ToArray();
            Assert.Equal(4, classes.Length);
            Assert.Equal(4, classes.Distinct(StringComparer.Ordinal).Count());
        }
    }
}
