using System.Collections.Generic;
using System.Linq;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        /// <summary>
        /// The float32 reduction of sin and cos: 2/π for k, and π/2 = Hi + Mid + Lo with Hi the float nearest π/2 (so
        /// |x| - k·Hi is exact under fusion) and Mid, Lo the next 24-bit parts (π/2 to 72 bits, error 2^-76.7).
        /// </summary>
        private static (string, string)[] SingleTrigReduction => new[]
        {
            ("TwoOverPi", "0x1.45f306p-1"),
            ("NegPiO2Hi", "-0x1.921fb6p0"),
            ("PiO2Mid", "-0x1.777a5cp-25"),
            ("NegPiO2Mid", "0x1.777a5cp-25"),
            ("NegPiO2Lo", "0x1.ee59dap-50"),
        };

        /// <summary>
        /// The cores on |r| &lt;= π/4·(1 + 2^-6.5) (the shifter's slack at |x| = 2^18): sin r = r + r³·(C3 + C5·r² + C7·r⁴),
        /// relative error 2^-27.84, and cos r = 1 - r²/2 + r⁴·(C4 + C6·r² + C8·r⁴), relative error 2^-32.72 (Sollya
        /// fpminimax, single coefficients).
        /// </summary>
        private static (string, string)[] SingleSinCosCores => new[]
        {
            ("C3", "-0x1.555544p-3"),
            ("C5", "0x1.1106c6p-7"),
            ("C7", "-0x1.991c02p-13"),
            ("C4", "0x1.55554ap-5"),
            ("C6", "-0x1.6c0c12p-10"),
            ("C8", "0x1.99dd72p-16"),
        };

        /// <summary>Where the fast reduction keeps its accuracy (measured exhaustively per binade; 2^19 reaches 1.1 ULP).</summary>
        private static (string, string)[] SingleTrigFastLimit => new[] { ("FastLimit", "0x1p18") };

        private static IEnumerable<CatalogEntry> SinEntries() => TrigEntries(MathFunctionId.Sin, "sin");

        private static IEnumerable<CatalogEntry> CosEntries() => TrigEntries(MathFunctionId.Cos, "cos");

        private static IEnumerable<CatalogEntry> TrigEntries(MathFunctionId function, string name)
        {
            yield return new CatalogEntry(
                Id: name + ".f32.u1",
                Function: function,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Cost: 37,
                Origin: "minimax (fpminimax, sin degree 7 and cos degree 8, Cody-Waite reduction with carried rounding error, Payne-Hanek beyond 2^18)",
                Algorithm: KernelAlgorithm.SinCosQuadrant,
                Constants: Constants(SingleTrigReduction.Concat(SingleSinCosCores).Concat(SingleTrigFastLimit).ToArray()),
                Verification: TrigRecords[name + ".f32.u1"]);

            // The u1 program without its special path: no range check and no branch over |x| <= 2^18.
            yield return new CatalogEntry(
                Id: name + ".f32.u1.bounded",
                Function: function,
                Element: ElementKind.Float32,
                DomainMin: -262144.0,
                DomainMax: 262144.0,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Cost: 35,
                Origin: "minimax (fpminimax, sin degree 7 and cos degree 8, Cody-Waite reduction with carried rounding error, no special path)",
                Algorithm: KernelAlgorithm.SinCosQuadrant,
                Constants: Constants(SingleTrigReduction.Concat(SingleSinCosCores).ToArray()),
                Verification: TrigRecords[name + ".f32.u1.bounded"]);
        }

        private static Dictionary<string, VerificationRecord> TrigRecords => new Dictionary<string, VerificationRecord>
        {
            ["sin.f32.u1"] = new VerificationRecord(double.NaN, "none", 0, "pending", "none"),
            ["sin.f32.u1.bounded"] = new VerificationRecord(double.NaN, "none", 0, "pending", "none"),
            ["cos.f32.u1"] = new VerificationRecord(double.NaN, "none", 0, "pending", "none"),
            ["cos.f32.u1.bounded"] = new VerificationRecord(double.NaN, "none", 0, "pending", "none"),
        };
    }
}
