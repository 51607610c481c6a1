using System.Collections.Generic;
using System.Linq;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        /// <summary>
        /// Where the sigmoid programs leave the fast path: for |x| &lt;= 87.5 every 2^k of e^-|x| is normal. Below -87.5 the
        /// special path rounds e^x once, as exp's does, from no lower than ClampLow, where it is already 0.
        /// </summary>
        private static (string, string)[] SingleSigmoidLimits => new[]
        {
            ("FastLimit", "0x1.5ep6"),
            ("ClampLow", "-0x1.b8p6"),
        };

        private static IEnumerable<CatalogEntry> SigmoidEntries()
        {
            // exp.f32.u1's core polynomial unchanged; t and 1 + t in two floats, the quotient corrected once.
            yield return new CatalogEntry(
                Id: "sigmoid.f32.u1",
                Function: MathFunctionId.Sigmoid,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Cost: 40,
                Origin: "minimax (fpminimax, degree 6 exp core, Cody-Waite reduction, two-float 1 + e^-|x| and corrected quotient)",
                Algorithm: KernelAlgorithm.SigmoidExpQuotient,
                Constants: Constants(SingleExpReduction.Concat(SingleExpDegree6).Concat(SingleSigmoidLimits).ToArray()),
                Verification: new VerificationRecord(0.9406, "-0x1.4a2a84p+2", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // The same core, then 1/(1 + t) or t/(1 + t) rounded step by step.
            yield return new CatalogEntry(
                Id: "sigmoid.f32.u4",
                Function: MathFunctionId.Sigmoid,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Cost: 27,
                Origin: "minimax (fpminimax, degree 6 exp core, Cody-Waite reduction, plain quotient)",
                Algorithm: KernelAlgorithm.SigmoidExpQuotientShort,
                Constants: Constants(SingleExpReduction.Concat(SingleExpDegree6).Concat(SingleSigmoidLimits).ToArray()),
                Verification: new VerificationRecord(2.4019, "-0x1.0a111ap+2", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));
        }
    }
}
