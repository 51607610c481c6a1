using System.Collections.Generic;
using System.Linq;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        /// <summary>ln(1+x) = 2·atanh(s), s = x/(2+x): tail coefficients for double, relative error 2^-55 on |s| &lt;= 0.1716.</summary>
        private static (string, string)[] DoubleAtanhTail => new[]
        {
            ("C1", "0x1.5555555555555p-1"),
            ("C2", "0x1.9999999999d59p-2"),
            ("C3", "0x1.249249242ee17p-2"),
            ("C4", "0x1.c71c725c5fa92p-3"),
            ("C5", "0x1.745cdb74b755ep-3"),
            ("C6", "0x1.3b21594e6751bp-3"),
            ("C7", "0x1.0f4a122846206p-3"),
            ("C8", "0x1.1023dbad18397p-3"),
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
                Cost: 20,
                Origin: "minimax (fpminimax, degree 10, exponent split)",
                Algorithm: KernelAlgorithm.LogExponentSplit,
                Constants: Constants(
                    ("Ln2", "0x1.62e43p-1"),
                    ("C2", "-0x1.fffff8p-2"),
                    ("C3", "0x1.55555p-2"),
                    ("C4", "-0x1.000432p-2"),
                    ("C5", "0x1.99a41ap-3"),
                    ("C6", "-0x1.5425c4p-3"),
                    ("C7", "0x1.226dfcp-3"),
                    ("C8", "-0x1.0f3fa6p-3"),
                    ("C9", "0x1.0860cep-3"),
                    ("C10", "-0x1.38472ap-4")),
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
                Cost: 18,
                Origin: "minimax (fpminimax, degree 8, exponent split)",
                Algorithm: KernelAlgorithm.LogExponentSplit,
                Constants: Constants(
                    ("Ln2", "0x1.62e43p-1"),
                    ("C2", "-0x1.00006cp-1"),
                    ("C3", "0x1.5558f4p-2"),
                    ("C4", "-0x1.ff6974p-3"),
                    ("C5", "0x1.97b1ap-3"),
                    ("C6", "-0x1.612166p-3"),
                    ("C7", "0x1.4b5ep-3"),
                    ("C8", "-0x1.9d02acp-4")),
                Verification: new VerificationRecord(3.3863, "0x1.e0fc42p-1", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            yield return new CatalogEntry(
                Id: "log.f64.u1",
                Function: MathFunctionId.Log,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Cost: 27,
                Origin: "minimax (fpminimax, atanh series degree 17 in s, exponent split)",
                Algorithm: KernelAlgorithm.LogAtanhSeries,
                Constants: Constants(new[] { ("Ln2Hi", "0x1.62e42feep-1"), ("Ln2Lo", "0x1.a39ef35793c76p-33") }.Concat(DoubleAtanhTail).ToArray()),
                Verification: new VerificationRecord(0.8123, "0x1.69abdf191e15p+0", 100029596, "float64: 100000000 random (half bit patterns over the domain, half uniform on [0, 4], seed 0x6e6b2d7365617263) + 29596 targeted, nk-search verify", "MPFR 4.2.0 (libmpfr.so.6), 128-bit"));
        }
    }
}
