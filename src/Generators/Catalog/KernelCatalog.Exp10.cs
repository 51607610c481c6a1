using System.Collections.Generic;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        private static IEnumerable<CatalogEntry> Exp10Entries()
        {
            // nk-search fit exp10 --format float32 --max-ulp 1: Exp10CodyWaiteShort degree 6 (cost 14), minimax relative error 2^-28.52, 24.8 s.
            // 10^x = 2^k·(1 + r·P(r)), r = x - k·log10(2) (Cody-Waite, k·Hi exact), P of degree 5 fitted for 10^r and rounded once in a fused multiply-add.
            yield return new CatalogEntry(
                Id: "exp10.f32.u1",
                Function: MathFunctionId.Exp10,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 6, Cody-Waite reduction by log10(2))",
                Algorithm: KernelAlgorithm.Exp10CodyWaiteShort,
                Constants: Constants(
                    ("Log2Of10", "0x1.a934fp1"),
                    ("NegLog10Of2Hi", "-0x1.344p-2"),
                    ("NegLog10Of2Lo", "-0x1.3509f8p-18"),
                    ("C1", "0x1.26bb1cp+1"),
                    ("C2", "0x1.53524ap+1"),
                    ("C3", "0x1.046f96p+1"),
                    ("C4", "0x1.2bd9fap+0"),
                    ("C5", "0x1.156a22p-1"),
                    ("C6", "0x1.a6420cp-3"),
                    ("FastLimit", "0x1.2cp5"),
                    ("ClampHigh", "0x1.38p5"),
                    ("ClampLow", "-0x1.7p5")),
                Verification: new VerificationRecord(0.9777, "-0x1.02759ep+2", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit exp10 --format float32 --max-ulp 4: Exp10CodyWaiteShort degree 5 (cost 13), minimax relative error 2^-23.38, 24.4 s.
            // The same program one degree lower: one operation cheaper.
            yield return new CatalogEntry(
                Id: "exp10.f32.u4",
                Function: MathFunctionId.Exp10,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Origin: "minimax (nk-search fit, degree 5, Cody-Waite reduction by log10(2))",
                Algorithm: KernelAlgorithm.Exp10CodyWaiteShort,
                Constants: Constants(
                    ("Log2Of10", "0x1.a934fp1"),
                    ("NegLog10Of2Hi", "-0x1.344p-2"),
                    ("NegLog10Of2Lo", "-0x1.3509f8p-18"),
                    ("C1", "0x1.26bb16p+1"),
                    ("C2", "0x1.5350d2p+1"),
                    ("C3", "0x1.047444p+1"),
                    ("C4", "0x1.2d8184p+0"),
                    ("C5", "0x1.12b55ap-1"),
                    ("FastLimit", "0x1.2cp5"),
                    ("ClampHigh", "0x1.38p5"),
                    ("ClampLow", "-0x1.7p5")),
                Verification: new VerificationRecord(2.0572, "-0x1.e1002cp+0", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit exp10 --format float64 --max-ulp 1: Exp10CodyWaite degree 11 (cost 25), minimax relative error 2^-57.69, 1527.4 s.
            yield return new CatalogEntry(
                Id: "exp10.f64.u1",
                Function: MathFunctionId.Exp10,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 11, Cody-Waite reduction by log10(2), rounding errors carried)",
                Algorithm: KernelAlgorithm.Exp10CodyWaite,
                Constants: Constants(
                    ("Log2Of10", "0x1.a934f0979a371p1"),
                    ("NegLog10Of2Hi", "-0x1.34413508p-2"),
                    ("NegLog10Of2Lo", "-0x1.f79fef311f12bp-34"),
                    ("Ln10", "0x1.26bb1bbb55516p1"),
                    ("C1", "0x1.26bb1bbb55516p+1"),
                    ("C2", "0x1.53524c73cea6fp+1"),
                    ("C3", "0x1.0470591de2b7bp+1"),
                    ("C4", "0x1.2bd7609fd6672p+0"),
                    ("C5", "0x1.1429ffd210eeep-1"),
                    ("C6", "0x1.a7ed709c91f1bp-3"),
                    ("C7", "0x1.16e4df1a53b29p-4"),
                    ("C8", "0x1.41166663a299p-6"),
                    ("C9", "0x1.489962678778cp-8"),
                    ("C10", "0x1.2f6be813899cbp-10"),
                    ("C11", "0x1.f85cddd25fdabp-13"),
                    ("FastLimit", "0x1.33p8"),
                    ("ClampHigh", "0x1.36p8"),
                    ("ClampLow", "-0x1.4ap8")),
                Verification: new VerificationRecord(0.8666, "-0x1.33c6a2eb7097dp+8", 100029662, "float64: 100000000 random (half bit patterns over the domain, half uniform on [-324, 309], seed 0x6e6b2d7365617263) + 29662 targeted, nk-search verify", "MPFR 4.2.0 (libmpfr.so.6), 128-bit"));
        }
    }
}
