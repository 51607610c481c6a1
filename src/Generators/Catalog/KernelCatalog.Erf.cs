using System.Collections.Generic;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        private static IEnumerable<CatalogEntry> ErfEntries()
        {
            // nk-search fit erf --format float32 --max-ulp 1 (46 s): three pieces, one degree-9 Horner chain. [0, 0.875) is
            // odd, C1·a + a·R(a²) with C1 = 2/√π rounded held fixed; [0.875, 2.25) and [2.25, 3.92] are polynomials in
            // a - centre, each centre a float whose erf is within 2^-12.9 ULP of its rounding (held fixed as C0). Minimax
            // relative error 2^-26.77 (all pieces). Worst errors sit just below 0.875, where piece 0's correction a·R(a²) is
            // largest. Sollya's fpminimax on the same pieces reached 0.9655 ULP.
            yield return new CatalogEntry(
                Id: "erf.f32.u1",
                Function: MathFunctionId.Erf,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, 3 pieces of degree 9, odd near 0)",
                Algorithm: KernelAlgorithm.ErfPiecewise,
                Constants: Constants(
                    ("Split1", "0x1.cp-1"),
                    ("Split2", "0x1.2p+1"),
                    ("Limit", "0x1.f5c29p+1"),
                    ("Tiny", "0x1p-100"),
                    ("P0Center", "0x0p+0"),
                    ("P0C1", "0x1.20dd76p+0"),
                    ("P0C2", "-0x1.f7b704p-25"),
                    ("P0C3", "-0x1.812746p-2"),
                    ("P0C4", "0x1.ce2edcp-4"),
                    ("P0C5", "-0x1.b82398p-6"),
                    ("P0C6", "0x1.55c7bap-8"),
                    ("P0C7", "-0x1.b6a2a4p-11"),
                    ("P0C8", "0x1.a805c2p-14"),
                    ("P0C9", "-0x1.5f6da4p-18"),
                    ("P1Center", "0x1.93568ep+0"),
                    ("P1C0", "0x1.f2c118p-1"),
                    ("P1C1", "0x1.822628p-4"),
                    ("P1C2", "-0x1.30320cp-3"),
                    ("P1C3", "0x1.fe526p-4"),
                    ("P1C4", "-0x1.8e86d4p-5"),
                    ("P1C5", "-0x1.ba05ecp-8"),
                    ("P1C6", "0x1.0fbf06p-6"),
                    ("P1C7", "-0x1.778346p-8"),
                    ("P1C8", "-0x1.8417bcp-10"),
                    ("P1C9", "0x1.625286p-10"),
                    ("P2Center", "0x1.8bdb6ap+1"),
                    ("P2C0", "0x1.fffe66p-1"),
                    ("P2C1", "0x1.4c132ep-14"),
                    ("P2C2", "-0x1.010198p-12"),
                    ("P2C3", "0x1.f67824p-12"),
                    ("P2C4", "-0x1.57e5dp-11"),
                    ("P2C5", "0x1.5d56a2p-11"),
                    ("P2C6", "-0x1.13df3cp-11"),
                    ("P2C7", "0x1.449e8ap-12"),
                    ("P2C8", "-0x1.aea866p-14"),
                    ("P2C9", "0x1.d48db4p-18")),
                Verification: new VerificationRecord(0.9529, "0x1.af0d14p-1", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // No float64 entry yet: nk-search fit erf --format float64 --max-ulp 1 finds the same three pieces at degree 23
            // (cost 86, 0.9317 ULP on 1029662 inputs against MPFR, 50 s), but the 10^8-input record the catalog requires
            // ran at about 1% in 2 minutes (MPFR erf at 128 bits), some 3 hours on the shared 2-core machine.
        }
    }
}
