using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Programs.Algorithms;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        /// <summary>
        /// Where the sigmoid programs leave the fast path: for |x| &lt;= 87.5 every 2^k of e^-|x| is normal. Below -87.5 the
        /// special path rounds e^x once, as exp's does, from no lower than ClampLow, where it is already 0.
        /// </summary>
        private static IEnumerable<(string, string)> SingleSigmoidLimits => Limits(SigmoidAlgorithm.SpecialLimits(ElementKind.Float32));

        private static IEnumerable<CatalogEntry> SigmoidEntries()
        {
            // nk-search fit sigmoid --format float32 --max-ulp 1 (57 s): the degree-6 core of e^r refitted on |r| <= ln2/2
            // (relative error 2^-28.26 after rounding) and polished on the simulated sigmoid fast path; t and 1 + t in two
            // floats, the quotient corrected once. (With exp.f32.u1's core unchanged the same program verifies at 0.9406.)
            yield return new CatalogEntry(
                Id: "sigmoid.f32.u1",
                Function: MathFunctionId.Sigmoid,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 6, Cody-Waite reduction, two-float 1 + e^-|x| and corrected quotient)",
                Algorithm: KernelAlgorithm.SigmoidExpQuotient,
                Constants: Constants(SingleExpReduction.Concat(new[]
                {
                    ("C2", "0x1.fffffcp-2"),
                    ("C3", "0x1.55549p-3"),
                    ("C4", "0x1.5558aap-5"),
                    ("C5", "0x1.12396ep-7"),
                    ("C6", "0x1.6a524ep-10"),
                }).Concat(SingleSigmoidLimits).ToArray()),
                Verification: new VerificationRecord(0.9292, "-0x1.791p+2", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit sigmoid --format float32 --max-ulp 4 (68 s): a degree-5 core (relative error 2^-23.19), then
            // 1/(1 + t) or t/(1 + t) rounded step by step. (Degree 6, exp.f32.u1's core, verifies at 2.4019 for one more
            // operation.)
            yield return new CatalogEntry(
                Id: "sigmoid.f32.u4",
                Function: MathFunctionId.Sigmoid,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Origin: "minimax (nk-search fit, degree 5, Cody-Waite reduction, plain quotient)",
                Algorithm: KernelAlgorithm.SigmoidExpQuotientShort,
                Constants: Constants(SingleExpReduction.Concat(new[]
                {
                    ("C2", "0x1.fffe04p-2"),
                    ("C3", "0x1.5557aep-3"),
                    ("C4", "0x1.572a16p-5"),
                    ("C5", "0x1.1063ccp-7"),
                }).Concat(SingleSigmoidLimits).ToArray()),
                Verification: new VerificationRecord(3.4138, "-0x1.fafbfcp+2", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit sigmoid --format float64 --max-ulp 1: SigmoidExpQuotient degree 11 (cost 44), minimax relative error 2^-57.91, 676.8 s.
            yield return new CatalogEntry(
                Id: "sigmoid.f64.u1",
                Function: MathFunctionId.Sigmoid,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 11, Cody-Waite reduction, two-float 1 + e^-|x| and corrected quotient)",
                Algorithm: KernelAlgorithm.SigmoidExpQuotient,
                Constants: Constants(
                    ("InvLn2", "0x1.71547652b82fep0"),
                    ("NegLn2Hi", "-0x1.62e42feep-1"),
                    ("NegLn2Lo", "-0x1.a39ef35793c76p-33"),
                    ("C2", "0x1.000000000000ap-1"),
                    ("C3", "0x1.555555555550ep-3"),
                    ("C4", "0x1.555555555079fp-5"),
                    ("C5", "0x1.1111111124739p-7"),
                    ("C6", "0x1.6c16c18438c98p-10"),
                    ("C7", "0x1.a01a0137fd252p-13"),
                    ("C8", "0x1.a0199a0dab854p-16"),
                    ("C9", "0x1.71df0d099aa69p-19"),
                    ("C10", "0x1.28ad5e959517ep-22"),
                    ("C11", "0x1.ad9ef3ee79279p-26"),
                    ("FastLimit", "0x1.62p9"),
                    ("ClampLow", "-0x1.7cp9")),
                Verification: new VerificationRecord(0.926, "-0x1.9a57d0e58f7bap+3", 100029629, "float64: 100000000 random (half bit patterns over the domain, half uniform on [-40, 40], seed 0x6e6b2d7365617263) + 29629 targeted, nk-search verify", "MPFR 4.2.0 (libmpfr.so.6), 128-bit"));
        }
    }
}
