using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Programs.Algorithms;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        /// <summary>The float32 reduction of sin and cos (SinCosAlgorithm.Reduction): 2/π, and π/2 in three float parts.</summary>
        private static IEnumerable<(string, string)> SingleTrigReduction => SinCosAlgorithm.Quadrant.Reduction().Select(c => (c.Name, c.HexFloat));

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

        /// <summary>Where the fast reduction keeps its accuracy (SinCosAlgorithm.FastLimit, 2^18).</summary>
        private static (string, string)[] SingleTrigFastLimit => new[] { ("FastLimit", SinCosAlgorithm.FastLimitHex) };

        /// <summary>π/2 for the short program: the same parts, all applied by fused multiply-adds.</summary>
        private static IEnumerable<(string, string)> SingleTrigShortReduction => SinCosAlgorithm.QuadrantShort.Reduction().Select(c => (c.Name, c.HexFloat));

        private const string ExhaustiveMethod = "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify";

        private const string BoundedMethod = "exhaustive float32: every one of the 2432696322 floats of the domain + 16777214 NaN encodings, nk-search verify";

        private const string DoubleReference = "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)";

        private static IEnumerable<CatalogEntry> SinEntries() => TrigEntries(
            MathFunctionId.Sin,
            "sin",
            new VerificationRecord(0.8735, "0x1.dc937p+119", 4294967296, ExhaustiveMethod, DoubleReference),
            new VerificationRecord(0.868, "-0x1.f4fd96p+11", 2449473536, BoundedMethod, DoubleReference),
            new VerificationRecord(1.5542, "0x1.382b86p+105", 4294967296, ExhaustiveMethod, DoubleReference));

        private static IEnumerable<CatalogEntry> CosEntries() => TrigEntries(
            MathFunctionId.Cos,
            "cos",
            new VerificationRecord(0.8791, "0x1.8727a4p+28", 4294967296, ExhaustiveMethod, DoubleReference),
            new VerificationRecord(0.8602, "0x1.e6bec6p+6", 2449473536, BoundedMethod, DoubleReference),
            new VerificationRecord(1.5505, "0x1.1f5ed4p+98", 4294967296, ExhaustiveMethod, DoubleReference));

        private static IEnumerable<CatalogEntry> TrigEntries(MathFunctionId function, string name, VerificationRecord u1, VerificationRecord bounded, VerificationRecord u4)
        {
            yield return new CatalogEntry(
                Id: name + ".f32.u1",
                Function: function,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (fpminimax, sin degree 7 and cos degree 8, Cody-Waite reduction with carried rounding error, Payne-Hanek beyond 2^18)",
                Algorithm: KernelAlgorithm.SinCosQuadrant,
                Constants: Constants(SingleTrigReduction.Concat(SingleSinCosCores).Concat(SingleTrigFastLimit).ToArray()),
                Verification: u1);

            // The u1 program without its special path: no range check and no branch over |x| <= 2^18.
            yield return new CatalogEntry(
                Id: name + ".f32.u1.bounded",
                Function: function,
                Element: ElementKind.Float32,
                DomainMin: -262144.0,
                DomainMax: 262144.0,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (fpminimax, sin degree 7 and cos degree 8, Cody-Waite reduction with carried rounding error, no special path)",
                Algorithm: KernelAlgorithm.SinCosQuadrant,
                Constants: Constants(SingleTrigReduction.Concat(SingleSinCosCores).ToArray()),
                Verification: bounded);

            // Same cores, reduction error not carried and the plain cos core: 13 operations fewer.
            yield return new CatalogEntry(
                Id: name + ".f32.u4",
                Function: function,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Origin: "minimax (fpminimax, sin degree 7 and cos degree 8, Cody-Waite reduction, Payne-Hanek beyond 2^18)",
                Algorithm: KernelAlgorithm.SinCosQuadrantShort,
                Constants: Constants(SingleTrigShortReduction.Concat(SingleSinCosCores).Concat(SingleTrigFastLimit).ToArray()),
                Verification: u4);
        }
    }
}
