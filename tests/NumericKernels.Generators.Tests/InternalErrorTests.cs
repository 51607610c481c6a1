using PolynomialFamily = NumericKernels.Generators.Pipeline.KernelFamily<NumericKernels.Generators.Models.PolynomialSpec, NumericKernels.Generators.Models.PolynomialSpec, NumericKernels.Generators.Models.PolynomialImplementation>;
using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NumericKernels.Generators.Pipeline;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>
    /// An emitter that throws is a generator bug; the user still gets NK0018 on the kernel method it was writing (for a
    /// shared class, on a method that uses it), never a diagnostic without a location and never a crashed generator.
    /// The polynomial family is registered with an emitter replaced by one that throws.
    /// </summary>
    public class InternalErrorTests
    {
        private const string Source = KernelSources.Usings + """
            namespace Demo
            {
                public static partial class Kernels
                {
                    [Polynomial(1.0, 2.0)] public static partial float First(float x);
                    [Polynomial(1.0, 2.0)] public static partial void Second(ReadOnlySpan<float> x, Span<float> y);
                }
            }
            """;

        [Fact]
        public void A_method_emitter_failure_is_NK0018_on_each_method()
        {
            Diagnostic[] errors = Run(family => family with { EmitMethod = _ => throw new InvalidOperationException("method emitter broke") });

            Assert.Equal(new[] { "First", "Second" }, errors.Select(LocatedText).OrderBy(t => t, StringComparer.Ordinal));
            Assert.All(errors, e => Assert.Contains("method emitter broke", e.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }

        [Fact]
        public void A_shared_class_emitter_failure_is_NK0018_on_a_method_that_uses_it()
        {
            Diagnostic[] errors = Run(family => family with { EmitShared = _ => throw new InvalidOperationException("shared emitter broke") });

            Diagnostic error = Assert.Single(errors);
            Assert.Contains(LocatedText(error), new[] { "First", "Second" });
            Assert.Contains("shared emitter broke", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }

        private static Diagnostic[] Run(Func<PolynomialFamily, PolynomialFamily> breakIt)
        {
            CSharpCompilation compilation = GeneratorHarness.CreateCompilation(Source);
            var generator = new FamilyGenerator(breakIt(NumericKernelsGenerator.PolynomialFamily()));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(generator).RunGenerators(compilation);
            GeneratorDriverRunResult result = driver.GetRunResult();
            Assert.All(result.Results, r => Assert.Null(r.Exception));
            Diagnostic[] errors = result.Diagnostics.Where(d => d.Id == "NK0018").ToArray();
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.Equal("Input.cs", e.Location.GetLineSpan().Path));
            return errors;
        }

        private static string LocatedText(Diagnostic diagnostic)
            => Source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);

        private sealed class FamilyGenerator : IIncrementalGenerator
        {
            private readonly PolynomialFamily family;

            public FamilyGenerator(PolynomialFamily family) => this.family = family;

            public void Initialize(IncrementalGeneratorInitializationContext context) => KernelFamilies.Register(context, family);
        }
    }
}
