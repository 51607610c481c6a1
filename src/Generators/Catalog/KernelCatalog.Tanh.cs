using System.Collections.Generic;
using System.Linq;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        /// <summary>
        /// The exp core of the odd-polynomial tanh program (exp.f32.u1's degree-6 polynomial, named E2..E6 beside tanh's
        /// own C0..), the split between the odd polynomial and the exp quotient, and the clamp above which tanh rounds to
        /// 1 (9.01).
        /// </summary>
        private static (string, string)[] SingleTanhExpCore => SingleExpReduction
            .Concat(SingleExpDegree6.Select(c => ("E" + c.Item1.Substring(1), c.Item2)))
            .Concat(new[] { ("PolyLimit", "0x1.2p-1"), ("ClampHigh", "0x1.4p3") })
            .ToArray();

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
                Cost: 47,
                Origin: "minimax (nk-search fit, degree 6, Cody-Waite reduction, e^-2|x| - 1 in two floats, corrected quotient)",
                Algorithm: KernelAlgorithm.TanhExpM1Quotient,
                Constants: Constants(SingleExpReduction.Concat(new[]
                {
                    ("ClampHigh", "0x1.4p3"),
                    ("C2", "0x1.fffffep-2"),
                    ("C3", "0x1.5554b4p-3"),
                    ("C4", "0x1.5556f2p-5"),
                    ("C5", "0x1.122538p-7"),
                    ("C6", "0x1.6b97a6p-10"),
                }).ToArray()),
                Verification: new VerificationRecord(0.8813, "0x1.62441ep-3", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit tanh --format float32 --max-ulp 4 (135 s): odd degree 9 on [0, 0.5625] (relative error
            // 2^-24.38 after rounding), and the exp quotient rounded step by step.
            yield return new CatalogEntry(
                Id: "tanh.f32.u4",
                Function: MathFunctionId.Tanh,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Cost: 36,
                Origin: "minimax (nk-search fit, degree 9, odd polynomial on [0, 0.5625], plain exp quotient above)",
                Algorithm: KernelAlgorithm.TanhExpQuotientShort,
                Constants: Constants(SingleTanhExpCore.Concat(new[]
                {
                    ("C0", "-0x1.555422p-2"),
                    ("C1", "0x1.10c636p-3"),
                    ("C2", "-0x1.ae99e2p-5"),
                    ("C3", "0x1.09e9d6p-6"),
                }).ToArray()),
                Verification: new VerificationRecord(1.5084, "0x1.89135cp+0", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));
        }
    }
}
