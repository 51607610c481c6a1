using System.Collections.Generic;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        private static IEnumerable<CatalogEntry> Log10Entries()
        {
            // nk-search fit log10 --format float32 --max-ulp 1: Log10ExponentSplitShort degree 10 (cost 22), minimax relative error 2^-27.75, 20.3 s.
            // log10 x = k·log10(2) + f·(1/ln10) + f²·P(f), the constants in two parts, summed in fused multiply-adds (the compensated Log10ExponentSplit is not needed: this one verifies).
            yield return new CatalogEntry(
                Id: "log10.f32.u1",
                Function: MathFunctionId.Log10,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 10, exponent split, 1/ln10 and log10(2) in two parts)",
                Algorithm: KernelAlgorithm.Log10ExponentSplitShort,
                Constants: Constants(
                    ("Log10Of2Hi", "0x1.344p-2"),
                    ("Log10Of2Lo", "0x1.3509f8p-18"),
                    ("InvLn10Hi", "0x1.bcb7b2p-2"),
                    ("InvLn10Lo", "-0x1.5b235ep-27"),
                    ("C2", "-0x1.bcb7aap-3"),
                    ("C3", "0x1.287a7p-3"),
                    ("C4", "-0x1.bcbf4ap-4"),
                    ("C5", "0x1.63d066p-4"),
                    ("C6", "-0x1.276a52p-4"),
                    ("C7", "0x1.f84afap-5"),
                    ("C8", "-0x1.d790ep-5"),
                    ("C9", "0x1.cd10f8p-5"),
                    ("C10", "-0x1.109806p-5")),
                Verification: new VerificationRecord(0.9442, "0x1.89d36ep+0", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit log10 --format float32 --max-ulp 4: Log10ExponentSplitShort degree 8 (cost 20), minimax relative error 2^-22.41, 19.5 s.
            // The same program at degree 8.
            yield return new CatalogEntry(
                Id: "log10.f32.u4",
                Function: MathFunctionId.Log10,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Origin: "minimax (nk-search fit, degree 8, exponent split, 1/ln10 and log10(2) in two parts)",
                Algorithm: KernelAlgorithm.Log10ExponentSplitShort,
                Constants: Constants(
                    ("Log10Of2Hi", "0x1.344p-2"),
                    ("Log10Of2Lo", "0x1.3509f8p-18"),
                    ("InvLn10Hi", "0x1.bcb7b2p-2"),
                    ("InvLn10Lo", "-0x1.5b235ep-27"),
                    ("C2", "-0x1.bcb868p-3"),
                    ("C3", "0x1.287d9ep-3"),
                    ("C4", "-0x1.bc34a4p-4"),
                    ("C5", "0x1.621e68p-4"),
                    ("C6", "-0x1.32bc84p-4"),
                    ("C7", "0x1.1fd29ep-4"),
                    ("C8", "-0x1.66ade8p-5")),
                Verification: new VerificationRecord(3.4325, "0x1.dc7716p-1", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit log10 --format float64 --max-ulp 1: Log10AtanhSeries degree 15 (cost 42), minimax relative error 2^-59.50, 204.6 s.
            yield return new CatalogEntry(
                Id: "log10.f64.u1",
                Function: MathFunctionId.Log10,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 15, exponent split, atanh series, 1/ln10 and log10(2) in two parts, compensated sum)",
                Algorithm: KernelAlgorithm.Log10AtanhSeries,
                Constants: Constants(
                    ("Log10Of2Hi", "0x1.34413508p-2"),
                    ("Log10Of2Lo", "0x1.f79fef311f12bp-34"),
                    ("InvLn10Hi", "0x1.bcb7b1526e50ep-2"),
                    ("InvLn10Lo", "0x1.95355baaafad3p-57"),
                    ("C1", "0x1.5555555555594p-1"),
                    ("C2", "0x1.999999997ff63p-2"),
                    ("C3", "0x1.24924941db48ap-2"),
                    ("C4", "0x1.c71c521a19a0cp-3"),
                    ("C5", "0x1.74663ba33f284p-3"),
                    ("C6", "0x1.39a20ba64f50ep-3"),
                    ("C7", "0x1.2f02516d6c976p-3")),
                Verification: new VerificationRecord(0.7599, "0x1.53718e15336cap+0", 100029596, "float64: 100000000 random (half bit patterns over the domain, half uniform on [0, 4], seed 0x6e6b2d7365617263) + 29596 targeted, nk-search verify", "MPFR 4.2.0 (libmpfr.so.6), 128-bit"));
        }
    }
}
