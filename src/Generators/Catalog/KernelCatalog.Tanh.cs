using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Programs.Algorithms;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        private static IEnumerable<CatalogEntry> TanhEntries()
        {
            // nk-search fit tanh --format float32 --max-ulp 1 (47 s): tanh(x) = -m/(2 + m), m = e^-2|x| - 1 in two floats,
            // with a degree-6 core fitted for the relative error of e^r - 1 (2^-26.13 after rounding), so small |x| needs no
            // polynomial of its own. The odd-polynomial program (TanhExpQuotient, degree 11) verifies at 0.723 ULP but
            // costs 52.
            yield return new CatalogEntry(
                Id: "tanh.f32.u1",
                Function: MathFunctionId.Tanh,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 6, Cody-Waite reduction, e^-2|x| - 1 in two floats, corrected quotient)",
                Algorithm: KernelAlgorithm.TanhExpM1Quotient,
                Constants: Constants(SingleExpReduction.Concat(new[]
                {
                    ("ClampHigh", TanhAlgorithm.ClampHighHex),
                    ("C2", "0x1.fffffep-2"),
                    ("C3", "0x1.5554b4p-3"),
                    ("C4", "0x1.5556f2p-5"),
                    ("C5", "0x1.122538p-7"),
                    ("C6", "0x1.6b97a6p-10"),
                }).ToArray()),
                Verification: new VerificationRecord(0.8813, "0x1.62441ep-3", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit tanh --format float32 --max-ulp 4 (27 s): the same shape with m = (2^k - 1) + 2^k·(r + r²·P(r))
            // in one fused multiply-add and a plain quotient, degree-6 e^r - 1 core. The odd-polynomial program with a
            // plain quotient (TanhExpQuotientShort, degree 9) verifies at 1.5084 ULP but costs 36.
            yield return new CatalogEntry(
                Id: "tanh.f32.u4",
                Function: MathFunctionId.Tanh,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Origin: "minimax (nk-search fit, degree 6, Cody-Waite reduction, e^-2|x| - 1 in one fused multiply-add, plain quotient)",
                Algorithm: KernelAlgorithm.TanhExpM1QuotientShort,
                Constants: Constants(SingleExpReduction.Concat(new[]
                {
                    ("ClampHigh", TanhAlgorithm.ClampHighHex),
                    ("C2", "0x1.fffffep-2"),
                    ("C3", "0x1.5554b4p-3"),
                    ("C4", "0x1.5556f6p-5"),
                    ("C5", "0x1.122538p-7"),
                    ("C6", "0x1.6b97a6p-10"),
                }).ToArray()),
                Verification: new VerificationRecord(2.4984, "-0x1.205368p+2", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));
        }
    }
}
