using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Programs.Algorithms;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        /// <summary>e^r ≈ 1 + r + r²·(C2 + ... + C6·r⁴) on |r| &lt;= ln2/2, relative error 2^-27.9 (fpminimax, single).</summary>
        private static (string, string)[] SingleExpDegree6 => new[]
        {
            ("C2", "0x1.000008p-1"),
            ("C3", "0x1.55549p-3"),
            ("C4", "0x1.5548dp-5"),
            ("C5", "0x1.123ab2p-7"),
            ("C6", "0x1.75c7bp-10"),
        };

        /// <summary>
        /// e^r ≈ 1 + r + r²·(C2 + ... + C7·r⁵) on |r| &lt;= ln2/2 without the carried reduction error: nk-search fit's
        /// answer to `fit exp --format float32 --max-ulp 1` (relative error 2^-33.25), two operations cheaper than
        /// exp.f32.u1 and 7% faster under BenchmarkDotNet, at a thinner margin (0.9992 ULP against 0.9056).
        /// </summary>
        private static (string, string)[] SingleExpShortDegree7 => new[]
        {
            ("C2", "0x1p-1"),
            ("C3", "0x1.555558p-3"),
            ("C4", "0x1.5554e4p-5"),
            ("C5", "0x1.11130ep-7"),
            ("C6", "0x1.6d4cbcp-10"),
            ("C7", "0x1.9dfba2p-13"),
        };

        private static IEnumerable<CatalogEntry> ExpEntries()
        {
            // Degree 6 on |r| <= ln2/2, relative error 2^-27.9 (sollya fpminimax, single coefficients).
            yield return new CatalogEntry(
                Id: "exp.f32.u1",
                Function: MathFunctionId.Exp,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (fpminimax, degree 6, Cody-Waite reduction with carried rounding error)",
                Algorithm: KernelAlgorithm.ExpCodyWaite,
                Constants: Constants(SingleExpReduction.Concat(SingleExpDegree6).Concat(Limits(ExpAlgorithm.SpecialLimits(ElementKind.Float32, base2: false))).ToArray()),
                Verification: new VerificationRecord(0.9056, "-0x1.b590cap+4", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // Degree 5, reduction error not carried: 2.57 ULP (exhaustive) for four operations less.
            yield return new CatalogEntry(
                Id: "exp.f32.u4",
                Function: MathFunctionId.Exp,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 4.0,
                Origin: "minimax (fpminimax, degree 5, Cody-Waite reduction)",
                Algorithm: KernelAlgorithm.ExpCodyWaiteShort,
                Constants: Constants(SingleExpReduction.Concat(new[]
                {
                    ("C2", "0x1.fffdc4p-2"),
                    ("C3", "0x1.55543cp-3"),
                    ("C4", "0x1.573aeep-5"),
                    ("C5", "0x1.126bb8p-7"),
                }).Concat(Limits(ExpAlgorithm.SpecialLimits(ElementKind.Float32, base2: false))).ToArray()),
                Verification: new VerificationRecord(2.5664, "0x1.4ffb78p+2", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // nk-search fit exp --format float32 --max-ulp 1 (138 s): without the carried reduction error, degree 7. The
            // generator's default for 1-ULP float exp since it is cheaper; exp.f32.u1 stays for those who pin its margin.
            yield return new CatalogEntry(
                Id: "exp.f32.u1.short",
                Function: MathFunctionId.Exp,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 7, Cody-Waite reduction)",
                Algorithm: KernelAlgorithm.ExpCodyWaiteShort,
                Constants: Constants(SingleExpReduction.Concat(SingleExpShortDegree7).Concat(Limits(ExpAlgorithm.SpecialLimits(ElementKind.Float32, base2: false))).ToArray()),
                Verification: new VerificationRecord(0.9992, "-0x1.77b916p+2", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // exp.f32.u1.short without its special path, for domains where 2^k stays normal.
            yield return new CatalogEntry(
                Id: "exp.f32.u1.short.bounded",
                Function: MathFunctionId.Exp,
                Element: ElementKind.Float32,
                DomainMin: -87.5,
                DomainMax: 88.3,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (nk-search fit, degree 7, Cody-Waite reduction, no special path)",
                Algorithm: KernelAlgorithm.ExpCodyWaiteShort,
                Constants: Constants(SingleExpReduction.Concat(SingleExpShortDegree7).ToArray()),
                Verification: new VerificationRecord(0.9992, "-0x1.77b916p+2", 2254412185, "exhaustive float32: every one of the 2237634971 floats of the domain + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // The u1 program without its special path: over this domain 2^k stays normal, so there is no range check
            // and no branch (subnormal results near the lower end are still rounded once, correctly).
            yield return new CatalogEntry(
                Id: "exp.f32.u1.bounded",
                Function: MathFunctionId.Exp,
                Element: ElementKind.Float32,
                DomainMin: -87.5,
                DomainMax: 88.3,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (fpminimax, degree 6, Cody-Waite reduction with carried rounding error, no special path)",
                Algorithm: KernelAlgorithm.ExpCodyWaite,
                Constants: Constants(SingleExpReduction.Concat(SingleExpDegree6).ToArray()),
                Verification: new VerificationRecord(0.9056, "-0x1.b590cap+4", 2254412185, "exhaustive float32: every one of the 2237634971 floats of the domain + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // No range reduction: Horner degree 8 over [-1, 1] (relative error 2^-26); evaluation error near x = -1,
            // where the result is 0.37 and the last steps work at magnitude 1, costs it the 1-ULP tier.
            yield return new CatalogEntry(
                Id: "exp.f32.unit.direct8",
                Function: MathFunctionId.Exp,
                Element: ElementKind.Float32,
                DomainMin: -1.0,
                DomainMax: 1.0,
                HandlesSpecialValues: true,
                BoundUlp: 2.5,
                Origin: "minimax (fpminimax, degree 8 on [-1, 1], no range reduction)",
                Algorithm: KernelAlgorithm.DirectPolynomial,
                Constants: Constants(
                    ("C0", "0x1p0"),
                    ("C1", "0x1p0"),
                    ("C2", "0x1.000006p-1"),
                    ("C3", "0x1.5555a6p-3"),
                    ("C4", "0x1.5552dep-5"),
                    ("C5", "0x1.10f4e2p-7"),
                    ("C6", "0x1.6c99cp-10"),
                    ("C7", "0x1.abac28p-13"),
                    ("C8", "0x1.947502p-16")),
                Verification: new VerificationRecord(2.2752, "-0x1.ebfe02p-1", 2147483648, "exhaustive float32: every one of the 2130706434 floats of the domain + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // Degree 12 on |r| <= ln2/2, relative error 2^-64 (fpminimax, double coefficients).
            yield return new CatalogEntry(
                Id: "exp.f64.u1",
                Function: MathFunctionId.Exp,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (fpminimax, degree 12, Cody-Waite reduction with carried rounding error)",
                Algorithm: KernelAlgorithm.ExpCodyWaite,
                Constants: Constants(DoubleExpReduction.Concat(new[]
                {
                    ("C2", "0x1p-1"),
                    ("C3", "0x1.555555555555cp-3"),
                    ("C4", "0x1.5555555555544p-5"),
                    ("C5", "0x1.111111110ea08p-7"),
                    ("C6", "0x1.6c16c16c1e5bep-10"),
                    ("C7", "0x1.a01a01b43cdcep-13"),
                    ("C8", "0x1.a01a017d475d3p-16"),
                    ("C9", "0x1.71ddee8a25294p-19"),
                    ("C10", "0x1.27e533a40dfd3p-22"),
                    ("C11", "0x1.af6e53ea7200ep-26"),
                    ("C12", "0x1.1eed010d69713p-29"),
                }).Concat(Limits(ExpAlgorithm.SpecialLimits(ElementKind.Float64, base2: false))).ToArray()),
                Verification: new VerificationRecord(0.8409, "0x1.031094ca4b52cp+9", 100029662, "float64: 100000000 random (half bit patterns over the domain, half uniform on [-746, 710], seed 0x6e6b2d7365617263) + 29662 targeted, nk-search verify", "MPFR 4.2.0 (libmpfr.so.6), 128-bit"));
        }
    }
}
