using System.Collections.Generic;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        private static IEnumerable<CatalogEntry> ErfEntries()
        {
            // Three pieces, one degree-9 Horner chain: [0, 0.875) odd (C1·a + a·R(a²), relative error 2^-33.2), [0.875, 2.25)
            // and [2.25, 3.92] around centers whose erf is within 2^-16 ULP of a float (2^-26.7, 2^-27.7); sollya fpminimax with
            // C1 = 2/√π rounded and each centre's C0 = erf(centre) rounded held fixed. Worst errors sit just below 0.875,
            // where piece 0's correction a·R(a²) is largest.
            yield return new CatalogEntry(
                Id: "erf.f32.u1",
                Function: MathFunctionId.Erf,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Cost: 44,
                Origin: "minimax (fpminimax, three pieces of degree 9, odd near 0)",
                Algorithm: KernelAlgorithm.ErfPiecewise,
                Constants: Constants(
                    ("Split1", "0x1.cp-1"),
                    ("Split2", "0x1.2p1"),
                    ("Limit", "0x1.f5c29p1"),
                    ("Tiny", "0x1p-100"),
                    ("P0Center", "0x0p0"),
                    ("P0C1", "0x1.20dd76p0"),
                    ("P0C2", "-0x1.f8acd4p-25"),
                    ("P0C3", "-0x1.812746p-2"),
                    ("P0C4", "0x1.ce2ef2p-4"),
                    ("P0C5", "-0x1.b82796p-6"),
                    ("P0C6", "0x1.560eacp-8"),
                    ("P0C7", "-0x1.bb540ap-11"),
                    ("P0C8", "0x1.ce0eap-14"),
                    ("P0C9", "-0x1.267b92p-17"),
                    ("P1Center", "0x1.959f52p0"),
                    ("P1C0", "0x1.f32ddp-1"),
                    ("P1C1", "0x1.7769cap-4"),
                    ("P1C2", "-0x1.2969b6p-3"),
                    ("P1C3", "0x1.f73066p-4"),
                    ("P1C4", "-0x1.90d49cp-5"),
                    ("P1C5", "-0x1.807decp-8"),
                    ("P1C6", "0x1.09d474p-6"),
                    ("P1C7", "-0x1.7e19d8p-8"),
                    ("P1C8", "-0x1.67a6c2p-10"),
                    ("P1C9", "0x1.6203bap-10"),
                    ("P2Center", "0x1.903de2p1"),
                    ("P2C0", "0x1.fffeb8p-1"),
                    ("P2C1", "0x1.0c47ecp-14"),
                    ("P2C2", "-0x1.a3ec26p-13"),
                    ("P2C3", "0x1.a00ab2p-12"),
                    ("P2C4", "-0x1.20a602p-11"),
                    ("P2C5", "0x1.2870ecp-11"),
                    ("P2C6", "-0x1.dd9bd6p-12"),
                    ("P2C7", "0x1.279f54p-12"),
                    ("P2C8", "-0x1.a51fd8p-14"),
                    ("P2C9", "0x1.cf5ccep-18")),
                Verification: new VerificationRecord(0.9655, "0x1.b1f132p-1", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));
        }
    }
}
