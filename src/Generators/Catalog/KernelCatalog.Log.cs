using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Programs.Algorithms;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        /// <summary>
        /// C2..C7 of the degree-15 atanh series that log.f64.u1 and log2.f64.u1 share (nk-search fit gave both the same
        /// values; their C1 differ in the last bits).
        /// </summary>
        private static (string, string)[] DoubleAtanhDegree15Tail => new[]
        {
            ("C2", "0x1.999999997ff63p-2"),
            ("C3", "0x1.24924941db48ap-2"),
            ("C4", "0x1.c71c521a19a0cp-3"),
            ("C5", "0x1.74663ba33f284p-3"),
            ("C6", "0x1.39a20ba64f50ep-3"),
            ("C7", "0x1.2f02516d6c976p-3"),
        };

        private static IEnumerable<CatalogEntry> LogEntries()
        {
            // ln(1+f) = f + f²·P(f), degree 10 on [sqrt(1/2) - 1, sqrt(2) - 1], relative error 2^-27.8.
            yield return new CatalogEntry(
                Id: "log.f32.u1",
                Function: MathFunctionId.Log,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (fpminimax, degree 10, exponent split)",
                Algorithm: KernelAlgorithm.LogExponentSplit,
                Constants: Constants(LogAlgorithm.ExponentSplit.Reduction(ElementKind.Float32).Select(c => (c.Name, c.HexFloat)).Concat(new[]
                {
                    ("C2", "-0x1.fffff8p-2"),
                    ("C3", "0x1.55555p-2"),
                    ("C4", "-0x1.000432p-2"),
                    ("C5", "0x1.99a41ap-3"),
                    ("C6", "-0x1.5425c4p-3"),
                    ("C7", "0x1.226dfcp-3"),
                    ("C8", "-0x1.0f3fa6p-3"),
                    ("C9", "0x1.0860cep-3"),
                    ("C10", "-0x1.38472ap-4"),
                }).ToArray()),
                Verification: new VerificationRecord(0.9048, "0x1.69d0e6p-1", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // Degree 8, relative error 2^-22.4: the cheaper tier.
            yield return new CatalogEntry(
                Id: "log.f32.u4",
                Function: MathFunctionId.Log,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Origin: "minimax (fpminimax, degree 8, exponent split)",
                Algorithm: KernelAlgorithm.LogExponentSplit,
                Constants: Constants(LogAlgorithm.ExponentSplit.Reduction(ElementKind.Float32).Select(c => (c.Name, c.HexFloat)).Concat(new[]
                {
                    ("C2", "-0x1.00006cp-1"),
                    ("C3", "0x1.5558f4p-2"),
                    ("C4", "-0x1.ff6974p-3"),
                    ("C5", "0x1.97b1ap-3"),
                    ("C6", "-0x1.612166p-3"),
                    ("C7", "0x1.4b5ep-3"),
                    ("C8", "-0x1.9d02acp-4"),
                }).ToArray()),
                Verification: new VerificationRecord(3.3863, "0x1.e0fc42p-1", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit log --format float64 --max-ulp 1 (114 s): 2·atanh(s) = 2s + s³·P(s²) with P of degree 6 in s²
            // (degree 15 in s), relative error 2^-59.50 on |s| <= 3 - 2·sqrt(2), as sollya's fpminimax gets (2^-59.50). One
            // term fewer than the hand-derived degree-17 series it replaced (0.8123 ULP, cost 27).
            yield return new CatalogEntry(
                Id: "log.f64.u1",
                Function: MathFunctionId.Log,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 15, exponent split, atanh series)",
                Algorithm: KernelAlgorithm.LogAtanhSeries,
                Constants: Constants(LogAlgorithm.AtanhSeries.Reduction(ElementKind.Float64).Select(c => (c.Name, c.HexFloat))
                    .Concat(new[] { ("C1", "0x1.5555555555591p-1") }).Concat(DoubleAtanhDegree15Tail).ToArray()),
                Verification: new VerificationRecord(0.8247, "0x1.6989e726d89bcp-1", 100029596, "float64: 100000000 random (half bit patterns over the domain, half uniform on [0, 4], seed 0x6e6b2d7365617263) + 29596 targeted, nk-search verify", "MPFR 4.2.0 (libmpfr.so.6), 128-bit"));
        }
    }
}
