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
        }
    }
}
