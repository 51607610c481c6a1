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

            // nk-search fit tanh --format float64 --max-ulp 1: TanhExpM1Quotient degree 11, no special path (cost 52), minimax relative error 2^-55.59, 1043.5 s.
            yield return new CatalogEntry(
                Id: "tanh.f64.u1",
                Function: MathFunctionId.Tanh,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 11, Cody-Waite reduction, e^-2|x| - 1 in two floats, corrected quotient)",
                Algorithm: KernelAlgorithm.TanhExpM1Quotient,
                Constants: Constants(
                    ("InvLn2", "0x1.71547652b82fep0"),
                    ("NegLn2Hi", "-0x1.62e42feep-1"),
                    ("NegLn2Lo", "-0x1.a39ef35793c76p-33"),
                    ("ClampHigh", "0x1.4p4"),
                    ("C2", "0x1.0000000000005p-1"),
                    ("C3", "0x1.555555555554fp-3"),
                    ("C4", "0x1.5555555552273p-5"),
                    ("C5", "0x1.1111111114e2ap-7"),
                    ("C6", "0x1.6c16c17ec6535p-10"),
                    ("C7", "0x1.a01a0186c7dafp-13"),
                    ("C8", "0x1.a019a7d37c834p-16"),
                    ("C9", "0x1.71de67625f5b2p-19"),
                    ("C10", "0x1.28a170fee3f17p-22"),
                    ("C11", "0x1.ae975c60e047cp-26")),
                Verification: new VerificationRecord(0.8423, "-0x1.009b592c3d5p-3", 100029596, "float64: 100000000 random (half bit patterns over the domain, half uniform on [-20, 20], seed 0x6e6b2d7365617263) + 29596 targeted, nk-search verify", "MPFR 4.2.0 (libmpfr.so.6), 128-bit"));
        }
    }
}
