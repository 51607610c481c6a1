using System.Linq;
using Microsoft.CodeAnalysis;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>
    /// [assembly: CatalogEntry] entries of the user's project: chosen beside the built-in catalog by cost, named with their
    /// origin in the generated doc, pinnable by Variant; malformed, inconsistent and duplicate entries are diagnostics on
    /// the attribute (NK0039, NK0040, NK0041) and never reach a kernel.
    /// </summary>
    public class UserCatalogEntryTests
    {
        /// <summary>A degree-5 polynomial for e^x on [1, 2] (coefficients of the Taylor series at 1.5, rounded to float).</summary>
        internal const string ExpOnOneTwo = """
            [assembly: CatalogEntry("my.exp.f32.1-2", MathFunction.Exp, NumberFormat.Float32, "DirectPolynomial",
                MaxUlp = 4, DomainMin = 1, DomainMax = 2, SpecialValues = SpecialValues.FiniteOnly,
                Constants = new[] { "C0 = 0x1.1ed4d4p+0", "C1 = 0x1.1ed4d4p+0", "C2 = 0x1.1ed4d4p-1", "C3 = 0x1.7e7c6cp-3", "C4 = 0x1.7e7c6cp-5", "C5 = 0x1.31fd24p-7" },
                Origin = "minimax (nk-search fit, degree 5)", VerifiedMaxUlp = 3.25, WorstInput = "0x1.8p+0", InputsChecked = 8388609,
                VerificationMethod = "exhaustive float32 over the domain, nk-search verify", Reference = "MPFR 4.2.0 (libmpfr.so.6)")]
            """;

        private static string Source(string entries, string members) => KernelSources.Usings + entries + "\n" + """
            namespace Demo;

            public static partial class Kernels
            {
            """ + "\n" + members + "\n}\n";

        [Fact]
        public void A_cheaper_user_entry_that_covers_the_request_is_chosen_and_named_with_its_origin()
        {
            GeneratorRun run = GeneratorHarness.Run(Source(ExpOnOneTwo,
                "[Approximate(MathFunction.Exp, MaxUlp = 4, DomainMin = 1, DomainMax = 2, SpecialValues = SpecialValues.FiniteOnly)] public static partial void Exp(ReadOnlySpan<float> x, Span<float> y);"));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems);
            string method = run.Source("Demo.Kernels.Exp_Span_Float32.g.cs");
            Assert.Contains("global::NumericKernels.Generated.My_Exp_F32_1_2.Span(", method);
            Assert.Contains("User catalog entry, from [assembly: CatalogEntry] in Input.cs, my.exp.f32.1-2 (minimax (nk-search fit, degree 5))", method);
            Assert.Contains(run.Sources, s => s.HintName == "NumericKernels.Catalog.My_Exp_F32_1_2.g.cs");
        }

        [Fact]
        public void A_request_the_user_entry_does_not_cover_takes_the_built_in_catalog()
        {
            GeneratorRun run = GeneratorHarness.Run(Source(ExpOnOneTwo,
                "[Approximate(MathFunction.Exp, MaxUlp = 1, DomainMin = 1, DomainMax = 2, SpecialValues = SpecialValues.FiniteOnly)] public static partial float Tight(float x);\n" +
                "[Approximate(MathFunction.Exp, MaxUlp = 4, DomainMin = 0, DomainMax = 2, SpecialValues = SpecialValues.FiniteOnly)] public static partial float Wider(float x);"));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.DoesNotContain("My_Exp", run.Source("Demo.Kernels.Tight_Float32.g.cs"));
            Assert.DoesNotContain("My_Exp", run.Source("Demo.Kernels.Wider_Float32.g.cs"));
            Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("My_Exp"));
        }

        [Fact]
        public void Variant_pins_a_user_entry()
        {
            GeneratorRun run = GeneratorHarness.Run(Source(ExpOnOneTwo,
                "[Approximate(MathFunction.Exp, MaxUlp = 4, DomainMin = 1.25, DomainMax = 1.5, SpecialValues = SpecialValues.FiniteOnly, Variant = \"my.exp.f32.1-2\")] public static partial float Pinned(float x);"));

            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Contains("My_Exp_F32_1_2.Scalar(x)", run.Source("Demo.Kernels.Pinned_Float32.g.cs"));
        }

        [Fact]
        public void Entries_cache_and_hold_no_compiler_objects()
            => CachingAssert.SecondRunReusesEverything(GeneratorHarness.CreateCompilation(Source(ExpOnOneTwo,
                "[Approximate(MathFunction.Exp, MaxUlp = 4, DomainMin = 1, DomainMax = 2, SpecialValues = SpecialValues.FiniteOnly)] public static partial float Exp(float x);")));

        [Theory]
        [InlineData("\"my exp\", MathFunction.Exp, NumberFormat.Float32, \"DirectPolynomial\"", "\"my exp\"", "an id must")]
        [InlineData("\"1-2.exp\", MathFunction.Exp, NumberFormat.Float32, \"DirectPolynomial\"", "\"1-2.exp\"", "start with a letter")]
        [InlineData("\"my.exp\", MathFunction.Exp, NumberFormat.Float32, \"Polynomial\"", "\"Polynomial\"", "unknown algorithm 'Polynomial'")]
        [InlineData("\"my.exp\", MathFunction.Exp, NumberFormat.Float8E4M3, \"DirectPolynomial\"", "NumberFormat.Float8E4M3", "Float32 or NumberFormat.Float64")]
        public void Malformed_constructor_arguments_are_NK0039_on_the_argument(string constructor, string located, string because)
        {
            string message = DiagnosticAssert.Single(Source(Entry(constructor, Complete), string.Empty), "NK0039", located);
            Assert.Contains(because, message);
        }

        [Fact]
        public void An_entry_without_a_verification_record_is_NK0039_on_the_attribute()
        {
            string entry = Entry(Constructor, "MaxUlp = 4, DomainMin = 1, DomainMax = 2, Constants = new[] { \"C0 = 0x1p+0\" }");
            string message = DiagnosticAssert.Single(Source(entry, string.Empty), "NK0039", entry.Substring(entry.IndexOf("CatalogEntry(")).TrimEnd(']', '\n'));
            Assert.Contains("no complete verification record", message);
        }

        [Theory]
        [InlineData("\"C0 is one\"")]
        [InlineData("\"C0 = 1.5\"")]
        [InlineData("\"C0 = 0x1p+0\", \"C0 = 0x1p+1\"")]
        [InlineData("\"C0 = 0x1p+0\", \"Scalar = 0x1p+1\"")]
        [InlineData("\"C0 = 0x1p+0\", \"v_5 = 0x1p+1\"")]
        public void A_malformed_constant_is_NK0039_on_Constants(string constants)
        {
            string located = $"Constants = new[] {{ {constants} }}";
            string message = DiagnosticAssert.Single(Source(Entry(Constructor, $"MaxUlp = 4, DomainMin = 1, DomainMax = 2, {located}, " + Record), string.Empty), "NK0039", located);
            Assert.Contains("constant", message);
        }

        [Theory]
        [InlineData(Constructor, "MaxUlp = 2, DomainMin = 1, DomainMax = 2, Constants = new[] { \"C0 = 0x1p+0\" }", "below its own verified error")]
        [InlineData("\"my.exp\", MathFunction.Log, NumberFormat.Float32, \"ExpCodyWaiteShort\"", "MaxUlp = 4, Constants = new[] { \"C2 = 0x1p-1\" }", "does not compute log")]
        [InlineData("\"my.exp\", MathFunction.Exp, NumberFormat.Float32, \"ExpCodyWaiteShort\"", "MaxUlp = 4, Constants = new[] { \"C2 = 0x1p-1\" }", "cannot be built")]
        [InlineData(Constructor, "MaxUlp = 4, DomainMin = 1, DomainMax = 2, Constants = new[] { \"C0 = 0x1p+0\" }, Steps = new[] { \"add x C0\" }", "Steps belong to a DirectProgram")]
        public void Inconsistent_entries_are_NK0040_on_the_attribute(string constructor, string named, string because)
        {
            string entry = Entry(constructor, named + ", " + Record);
            string message = DiagnosticAssert.Single(Source(entry, string.Empty), "NK0040", entry.Substring(entry.IndexOf("CatalogEntry(")).TrimEnd(']', '\n'));
            Assert.Contains(because, message);
        }

        [Fact]
        public void A_built_in_id_or_one_declared_twice_is_NK0041_and_the_entries_are_not_used()
        {
            string builtIn = Entry("\"exp.f32.u1\", MathFunction.Exp, NumberFormat.Float32, \"DirectPolynomial\"", Complete);
            GeneratorRun run = GeneratorHarness.Run(Source(builtIn + ExpOnOneTwo + ExpOnOneTwo,
                "[Approximate(MathFunction.Exp, MaxUlp = 4, DomainMin = 1, DomainMax = 2, SpecialValues = SpecialValues.FiniteOnly)] public static partial float Exp(float x);"));

            Diagnostic[] duplicates = run.GeneratorDiagnostics.Where(d => d.Id == "NK0041").ToArray();
            Assert.Equal(3, duplicates.Length);
            Assert.Contains(duplicates, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("built-in"));
            Assert.Contains(duplicates, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("declared 2 times"));
            Assert.DoesNotContain("My_Exp", run.Source("Demo.Kernels.Exp_Float32.g.cs"));
        }

        [Fact]
        public void An_id_whose_class_name_differs_from_a_built_in_one_only_in_case_is_NK0041()
        {
            // Exp.F32.U1 becomes class Exp_F32_U1, the built-in exp.f32.u1's; Roslyn's hint names ignore case.
            string entry = Entry("\"Exp.f32.U1\", MathFunction.Exp, NumberFormat.Float32, \"DirectPolynomial\"", Complete);
            string message = DiagnosticAssert.Single(Source(entry, string.Empty), "NK0041", entry.Substring(entry.IndexOf("CatalogEntry(")).TrimEnd(']', '\n'));
            Assert.Contains("exp.f32.u1", message);
        }

        [Fact]
        public void A_line_break_in_text_the_XML_doc_carries_is_NK0039_on_that_argument()
        {
            const string origin = "Origin = \"fitted\\nby hand\"";
            DiagnosticAssert.Single(Source(Entry(Constructor, Complete + ", " + origin), string.Empty), "NK0039", origin);
        }

        private const string Constructor = "\"my.exp\", MathFunction.Exp, NumberFormat.Float32, \"DirectPolynomial\"";

        private const string Record = "VerifiedMaxUlp = 3.25, WorstInput = \"0x1.8p+0\", InputsChecked = 8388609, VerificationMethod = \"exhaustive\", Reference = \"MPFR\"";

        private const string Complete = "MaxUlp = 4, DomainMin = 1, DomainMax = 2, Constants = new[] { \"C0 = 0x1p+0\", \"C1 = 0x1p+0\" }, " + Record;

        private static string Entry(string constructor, string named) => $"[assembly: CatalogEntry({constructor}, {named})]\n";
    }
}
