using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Programs.Algorithms;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        private static IEnumerable<CatalogEntry> Log2Entries()
        {
            // log2(1+f) = f·(InvLn2Hi + InvLn2Lo) + f²·P(f), degree 10, relative error 2^-27.7.
            yield return new CatalogEntry(
                Id: "log2.f32.u1",
                Function: MathFunctionId.Log2,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (fpminimax, degree 10, exponent split, 1/ln2 in two parts)",
                Algorithm: KernelAlgorithm.Log2ExponentSplit,
                Constants: Constants(LogAlgorithm.Log2ExponentSplit.Reduction(ElementKind.Float32).Select(c => (c.Name, c.HexFloat)).Concat(new[]
                {
                    ("C2", "-0x1.71547p-1"),
                    ("C3", "0x1.ec7094p-2"),
                    ("C4", "-0x1.715ac8p-2"),
                    ("C5", "0x1.277ef4p-2"),
                    ("C6", "-0x1.eab182p-3"),
                    ("C7", "0x1.a2e684p-3"),
                    ("C8", "-0x1.877ae4p-3"),
                    ("C9", "0x1.7e0e22p-3"),
                    ("C10", "-0x1.c36726p-4"),
                }).ToArray()),
                Verification: new VerificationRecord(0.9703, "0x1.64b2b4p-1", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit log2 --format float64 --max-ulp 1 (241 s): the log.f64.u1 core (C1 differs in its last bits),
            // degree 15 in s, one term fewer than the degree-17 series it replaced (same worst case, 0.8779 ULP, cost 31).
            yield return new CatalogEntry(
                Id: "log2.f64.u1",
                Function: MathFunctionId.Log2,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 15, exponent split, atanh series, 1/ln2 in two parts)",
                Algorithm: KernelAlgorithm.Log2AtanhSeries,
                Constants: Constants(LogAlgorithm.Log2AtanhSeries.Reduction(ElementKind.Float64).Select(c => (c.Name, c.HexFloat))
                    .Concat(new[] { ("C1", "0x1.5555555555594p-1") }).Concat(DoubleAtanhDegree15Tail).ToArray()),
                Verification: new VerificationRecord(0.8779, "0x1.69ecb113cde8cp-1", 100029596, "float64: 100000000 random (half bit patterns over the domain, half uniform on [0, 4], seed 0x6e6b2d7365617263) + 29596 targeted, nk-search verify", "MPFR 4.2.0 (libmpfr.so.6), 128-bit"));
        }
    }
}
