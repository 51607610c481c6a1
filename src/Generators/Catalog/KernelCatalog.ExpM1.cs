using System.Collections.Generic;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        private static IEnumerable<CatalogEntry> ExpM1Entries()
        {
            // nk-search fit expm1 --format float32 --max-ulp 1: ExpM1CodyWaite degree 7 (cost 29), minimax relative error 2^-31.11, 72.1 s.
            // Cost 27 since the fast path's guard is |x| <= FastHigh and 2^k·v is fused into the Fast2Sum (same bits).
            // e^x - 1 = (2^k - 1) + 2^k·(e^r - 1) summed in two floats and rounded once; for |x| < ln2/2 (k = 0) the core alone, so tiny x keeps its relative accuracy. The fast path is |x| <= 16.5, where 2^k - 1 is exact; beyond it the special path (-1 + e^x, TwoSum, e^x). The one-FMA program (ExpM1CodyWaiteShort) misses 1 ULP at every degree (1.079 on the fit's sample, near x = 0.4 where k = 1 doubles the core's rounding).
            yield return new CatalogEntry(
                Id: "expm1.f32.u1",
                Function: MathFunctionId.ExpM1,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 7, Cody-Waite reduction, (2^k - 1) + 2^k·(e^r - 1) in two floats)",
                Algorithm: KernelAlgorithm.ExpM1CodyWaite,
                Constants: Constants(
                    ("InvLn2", "0x1.715476p0"),
                    ("NegLn2Hi", "-0x1.62e4p-1"),
                    ("NegLn2Lo", "-0x1.7f7d1cp-20"),
                    ("FastLow", "-0x1.08p4"),
                    ("FastHigh", "0x1.08p4"),
                    ("CorrectionLimit", "0x1.9p4"),
                    ("ClampLow", "-0x1.ep4"),
                    ("ClampHigh", "0x1.64p6"),
                    ("C2", "0x1p-1"),
                    ("C3", "0x1.555554p-3"),
                    ("C4", "0x1.5554f8p-5"),
                    ("C5", "0x1.1112dcp-7"),
                    ("C6", "0x1.6d3a3cp-10"),
                    ("C7", "0x1.9e697ap-13")),
                Verification: new VerificationRecord(0.8832, "0x1.6c467ep-2", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit expm1 --format float32 --max-ulp 4: ExpM1CodyWaiteShort degree 6 (cost 18), minimax relative error 2^-26.13, 13.8 s.
            // m = (2^k - 1) + 2^k·(r + r²·P(r)) in one fused multiply-add, with exp.f32.u1-like degree 6 core fitted for e^r - 1.
            yield return new CatalogEntry(
                Id: "expm1.f32.u4",
                Function: MathFunctionId.ExpM1,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Origin: "minimax (nk-search fit, degree 6, Cody-Waite reduction, (2^k - 1) + 2^k·(e^r - 1) in one fused multiply-add)",
                Algorithm: KernelAlgorithm.ExpM1CodyWaiteShort,
                Constants: Constants(
                    ("InvLn2", "0x1.715476p0"),
                    ("NegLn2Hi", "-0x1.62e4p-1"),
                    ("NegLn2Lo", "-0x1.7f7d1cp-20"),
                    ("ClampLow", "-0x1.2p4"),
                    ("FastLimit", "0x1.6p6"),
                    ("ClampHigh", "0x1.64p6"),
                    ("C2", "0x1.fffffep-2"),
                    ("C3", "0x1.5554b2p-3"),
                    ("C4", "0x1.5556f6p-5"),
                    ("C5", "0x1.122538p-7"),
                    ("C6", "0x1.6b97a6p-10")),
                Verification: new VerificationRecord(1.5092, "0x1.8baa96p-2", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit expm1 --format float64 --max-ulp 1: ExpM1CodyWaite degree 12 (cost 34), minimax relative error 2^-61.62, 1891.4 s.
            // Cost 32 since the fast path's guard is |x| <= FastHigh and 2^k·v is fused into the Fast2Sum (same bits).
            yield return new CatalogEntry(
                Id: "expm1.f64.u1",
                Function: MathFunctionId.ExpM1,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 12, Cody-Waite reduction, (2^k - 1) + 2^k·(e^r - 1) in two floats)",
                Algorithm: KernelAlgorithm.ExpM1CodyWaite,
                Constants: Constants(
                    ("InvLn2", "0x1.71547652b82fep0"),
                    ("NegLn2Hi", "-0x1.62e42feep-1"),
                    ("NegLn2Lo", "-0x1.a39ef35793c76p-33"),
                    ("FastLow", "-0x1.2p5"),
                    ("FastHigh", "0x1.2p5"),
                    ("CorrectionLimit", "0x1.68p5"),
                    ("ClampLow", "-0x1.ep5"),
                    ("ClampHigh", "0x1.63p9"),
                    ("C2", "0x1p-1"),
                    ("C3", "0x1.5555555555555p-3"),
                    ("C4", "0x1.555555555555bp-5"),
                    ("C5", "0x1.111111110f70bp-7"),
                    ("C6", "0x1.6c16c16c1686dp-10"),
                    ("C7", "0x1.a01a01af9bd2p-13"),
                    ("C8", "0x1.a01a019e25fcep-16"),
                    ("C9", "0x1.71ddf93a55db7p-19"),
                    ("C10", "0x1.27e4f933e9c23p-22"),
                    ("C11", "0x1.af5d035b5dbaap-26"),
                    ("C12", "0x1.1f38096483be2p-29")),
                Verification: new VerificationRecord(0.8793, "0x1.96dce55ea1e2ep-2", 100029629, "float64: 100000000 random (half bit patterns over the domain, half uniform on [-40, 710], seed 0x6e6b2d7365617263) + 29629 targeted, nk-search verify", "MPFR 4.2.0 (libmpfr.so.6), 128-bit"));
        }
    }
}
