using System.Collections.Generic;
using System.Linq;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        /// <summary>
        /// The exp core of the tanh programs (exp.f32.u1's degree-6 polynomial, named E2..E6 beside tanh's own C0..), the
        /// split between the odd polynomial and the exp quotient, and the clamp above which tanh rounds to 1 (9.01).
        /// </summary>
        private static (string, string)[] SingleTanhExpCore => SingleExpReduction
            .Concat(SingleExpDegree6.Select(c => ("E" + c.Item1.Substring(1), c.Item2)))
            .Concat(new[] { ("PolyLimit", "0x1.2p-1"), ("ClampHigh", "0x1.4p3") })
            .ToArray();

        private static IEnumerable<CatalogEntry> TanhEntries()
        {
            // tanh(x) = x + x³·P(x²) on [0, 0.5625], relative error 2^-27.6 (sollya fpminimax, single); above it the
            // two-float exp quotient.
            yield return new CatalogEntry(
                Id: "tanh.f32.u1",
                Function: MathFunctionId.Tanh,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Cost: 52,
                Origin: "minimax (fpminimax, odd degree 11 on [0, 0.5625], exp quotient with two-float 1 ± e^-2|x| above)",
                Algorithm: KernelAlgorithm.TanhExpQuotient,
                Constants: Constants(SingleTanhExpCore.Concat(new[]
                {
                    ("C0", "-0x1.555554p-2"),
                    ("C1", "0x1.110fa2p-3"),
                    ("C2", "-0x1.b98ceep-5"),
                    ("C3", "0x1.5c462ap-6"),
                    ("C4", "-0x1.ab144ep-8"),
                }).ToArray()),
                Verification: new VerificationRecord(0.774, "0x1.13ad68p-1", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // Odd degree 9 on [0, 0.5625] (relative error 2^-22.5), and the exp quotient rounded step by step.
            yield return new CatalogEntry(
                Id: "tanh.f32.u4",
                Function: MathFunctionId.Tanh,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Cost: 36,
                Origin: "minimax (fpminimax, odd degree 9 on [0, 0.5625], plain exp quotient above)",
                Algorithm: KernelAlgorithm.TanhExpQuotientShort,
                Constants: Constants(SingleTanhExpCore.Concat(new[]
                {
                    ("C0", "-0x1.55553p-2"),
                    ("C1", "0x1.10f3fcp-3"),
                    ("C2", "-0x1.b2cc14p-5"),
                    ("C3", "0x1.18699p-6"),
                }).ToArray()),
                Verification: new VerificationRecord(2.9987, "0x1.0c6ac8p-1", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));
        }
    }
}
