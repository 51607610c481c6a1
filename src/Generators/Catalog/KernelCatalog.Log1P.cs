using System.Collections.Generic;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        private static IEnumerable<CatalogEntry> Log1PEntries()
        {
            // nk-search fit log1p --format float32 --max-ulp 1: Log1PExponentSplit degree 10 (cost 33), minimax relative error 2^-27.83, 22.1 s.
            // ln(1 + x) = k·ln2 + ln(1 + f) with f = (1 + x)·2^-k - 1 formed from x in one fused multiply-add and its rounding error δ added as δ·(1 - f); the core is ln's (its coefficients come out within a few ULPs of log.f32.u1's). Without δ (Log1PExponentSplitShort) the best is 1.31 ULP (degree 11, near x = 0.45).
            yield return new CatalogEntry(
                Id: "log1p.f32.u1",
                Function: MathFunctionId.Log1P,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 10, exponent split of 1 + x, f from x in one fused multiply-add with its error carried)",
                Algorithm: KernelAlgorithm.Log1PExponentSplit,
                Constants: Constants(
                    ("Ln2", "0x1.62e43p-1"),
                    ("C2", "-0x1.fffff8p-2"),
                    ("C3", "0x1.55555p-2"),
                    ("C4", "-0x1.000438p-2"),
                    ("C5", "0x1.99a41cp-3"),
                    ("C6", "-0x1.5423e8p-3"),
                    ("C7", "0x1.226c84p-3"),
                    ("C8", "-0x1.0f5208p-3"),
                    ("C9", "0x1.0875p-3"),
                    ("C10", "-0x1.38138ep-4")),
                Verification: new VerificationRecord(0.8946, "0x1.225cfp-1", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit log1p --format float32 --max-ulp 4: Log1PExponentSplitShort degree 8 (cost 23), minimax relative error 2^-22.41, 16.0 s.
            // f's rounding error not carried: 1.31 ULP at best, so the 4-ULP tier, at degree 8.
            yield return new CatalogEntry(
                Id: "log1p.f32.u4",
                Function: MathFunctionId.Log1P,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Origin: "minimax (nk-search fit, degree 8, exponent split of 1 + x, f from x in one fused multiply-add)",
                Algorithm: KernelAlgorithm.Log1PExponentSplitShort,
                Constants: Constants(
                    ("Ln2", "0x1.62e43p-1"),
                    ("C2", "-0x1.00006cp-1"),
                    ("C3", "0x1.5558f4p-2"),
                    ("C4", "-0x1.ff6978p-3"),
                    ("C5", "0x1.97b1a4p-3"),
                    ("C6", "-0x1.61212ep-3"),
                    ("C7", "0x1.4b5dcep-3"),
                    ("C8", "-0x1.9d03aep-4")),
                Verification: new VerificationRecord(3.4742, "0x1.a857a6p-2", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit log1p --format float64 --max-ulp 1: Log1PAtanhSeries degree 15 (cost 42), minimax relative error 2^-59.50, 127.8 s.
            yield return new CatalogEntry(
                Id: "log1p.f64.u1",
                Function: MathFunctionId.Log1P,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 15, exponent split of 1 + x, f from x in one fused multiply-add with its error carried, atanh series)",
                Algorithm: KernelAlgorithm.Log1PAtanhSeries,
                Constants: Constants(
                    ("Ln2Hi", "0x1.62e42feep-1"),
                    ("Ln2Lo", "0x1.a39ef35793c76p-33"),
                    ("C1", "0x1.5555555555592p-1"),
                    ("C2", "0x1.999999997ff62p-2"),
                    ("C3", "0x1.24924941db5ecp-2"),
                    ("C4", "0x1.c71c521a03239p-3"),
                    ("C5", "0x1.74663ba8963bdp-3"),
                    ("C6", "0x1.39a20b0cbaf71p-3"),
                    ("C7", "0x1.2f025804fd9c6p-3")),
                Verification: new VerificationRecord(0.8369, "0x1.a6193bc0aea04p-2", 100029596, "float64: 100000000 random (half bit patterns over the domain, half uniform on [-1, 4], seed 0x6e6b2d7365617263) + 29596 targeted, nk-search verify", "MPFR 4.2.0 (libmpfr.so.6), 128-bit"));
        }
    }
}
