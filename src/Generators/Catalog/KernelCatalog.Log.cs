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
            // ln(1+f) = f + f²·P(f), degree 11 on [sqrt(1/2) - 1, sqrt(2) - 1], relative error 2^-30.8.
            yield return new CatalogEntry(
                Id: "log.f32.u1",
                Function: MathFunctionId.Log,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Cost: 21,
                Origin: "minimax (fpminimax, degree 11, exponent split)",
                Algorithm: KernelAlgorithm.LogExponentSplit,
                Constants: Constants(
                    ("Ln2", "0x1.62e43p-1"),
                    ("C2", "-0x1p-1"),
                    ("C3", "0x1.555546p-2"),
                    ("C4", "-0x1p-2"),
                    ("C5", "0x1.99a546p-3"),
                    ("C6", "-0x1.555f0cp-3"),
                    ("C7", "0x1.232fdep-3"),
                    ("C8", "-0x1.fbc406p-4"),
                    ("C9", "0x1.e6f812p-4"),
                    ("C10", "-0x1.e03bf4p-4"),
                    ("C11", "0x1.16a016p-4")),
                Verification: new VerificationRecord(0.8918, "0x1.68fffp-1", 4294967296, "exhaustive float32", "double libm, error below 2^-28 ULP"));

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
                Verification: new VerificationRecord(double.NaN, "pending", 0, "pending", "pending"));

            yield return new CatalogEntry(
                Id: "log.f64.u1",
                Function: MathFunctionId.Log,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Cost: 26,
                Origin: "minimax (fpminimax, atanh series degree 17 in s, exponent split)",
                Algorithm: KernelAlgorithm.LogAtanhSeries,
                Constants: Constants(new[] { ("Ln2Hi", "0x1.62e42feep-1"), ("Ln2Lo", "0x1.a39ef35793c76p-33") }.Concat(DoubleAtanhTail).ToArray()),
                Verification: new VerificationRecord(double.NaN, "pending", 0, "pending", "pending"));
        }
    }
}
