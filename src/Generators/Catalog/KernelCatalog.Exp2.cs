using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Programs.Algorithms;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Catalog
{
    internal static partial class KernelCatalog
    {
        private static IEnumerable<CatalogEntry> Exp2Entries()
        {
            // Degree 6 on |r| <= 1/2, relative error 2^-28.9; r = x - round(x) is exact, so no reduction error.
            yield return new CatalogEntry(
                Id: "exp2.f32.u1",
                Function: MathFunctionId.Exp2,
                Element: ElementKind.Float32,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (fpminimax, degree 6, exact integer reduction)",
                Algorithm: KernelAlgorithm.Exp2Rounded,
                Constants: Constants(new[]
                {
                    ("C1", "0x1.62e43p-1"),
                    ("C2", "0x1.ebfbd8p-3"),
                    ("C3", "0x1.c6af76p-5"),
                    ("C4", "0x1.3b30ap-7"),
                    ("C5", "0x1.5f0b82p-10"),
                    ("C6", "0x1.3fa206p-13"),
                }.Concat(Limits(ExpAlgorithm.SpecialLimits(ElementKind.Float32, base2: true))).ToArray()),
                Verification: new VerificationRecord(0.8784, "-0x1.f9fc6ap+6", 4294967296, "exhaustive float32: every one of the 4278190082 floats of the domain (infinities included) + 16777214 NaN encodings, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"));

            // Degree 12 on |r| <= 1/2, relative error 2^-59.6.
            yield return new CatalogEntry(
                Id: "exp2.f64.u1",
                Function: MathFunctionId.Exp2,
                Element: ElementKind.Float64,
                DomainMin: double.NegativeInfinity,
                DomainMax: double.PositiveInfinity,
                HandlesSpecialValues: true,
                BoundUlp: 1.0,
                Origin: "minimax (fpminimax, degree 12, exact integer reduction)",
                Algorithm: KernelAlgorithm.Exp2Rounded,
                Constants: Constants(new[]
                {
                    ("C1", "0x1.62e42fefa39efp-1"),
                    ("C2", "0x1.ebfbdff82c58dp-3"),
                    ("C3", "0x1.c6b08d704a182p-5"),
                    ("C4", "0x1.3b2ab6fba53b8p-7"),
                    ("C5", "0x1.5d87fe7888dffp-10"),
                    ("C6", "0x1.430912f7013a2p-13"),
                    ("C7", "0x1.ffcbfcdb1c5bep-17"),
                    ("C8", "0x1.62c027b683cf7p-20"),
                    ("C9", "0x1.b524232262315p-24"),
                    ("C10", "0x1.e4bbc00d2bdaap-28"),
                    ("C11", "0x1.eafdc2f7f8aa1p-32"),
                    ("C12", "0x1.de49d623857dp-36"),
                }.Concat(Limits(ExpAlgorithm.SpecialLimits(ElementKind.Float64, base2: true))).ToArray()),
                Verification: new VerificationRecord(0.8606, "-0x1.ff3e58d2fc11cp+9", 100029662, "float64: 100000000 random (half bit patterns over the domain, half uniform on [-1076, 1025], seed 0x6e6b2d7365617263) + 29662 targeted, nk-search verify", "MPFR 4.2.0 (libmpfr.so.6), 128-bit"));

            // Found by nk-search evolve from an empty population (docs/evolution/exp2-comparison.md): over [0, 1]
            // no range reduction is needed and the program is a degree-6 polynomial in fused multiply-adds, the same
            // cost as the best fpminimax polynomial. No special path: finite inputs in the domain only.
            yield return new CatalogEntry(
                Id: "exp2.f32.evolved.0-1.u1",
                Function: MathFunctionId.Exp2,
                Element: ElementKind.Float32,
                DomainMin: 0,
                DomainMax: 1,
                HandlesSpecialValues: false,
                BoundUlp: 1,
                Origin: "evolved (nk-search evolve, NSGA-II, seed 1, generation 12)",
                Algorithm: KernelAlgorithm.DirectProgram,
                Constants: Constants(
                    ("K0", "0x1.c91fc2p-13"),
                    ("K1", "0x1.456df6p-10"),
                    ("K2", "0x1.c68322p-5"),
                    ("K3", "0x1.3d3c34p-7"),
                    ("K4", "0x1.ebfda8p-3"),
                    ("K5", "0x1.62e42ap-1"),
                    ("K6", "0x1p+0")),
                Verification: new VerificationRecord(0.9013, "0x1.fe9ef4p-1", 1065353217, "exhaustive float32: every one of the 1065353217 floats of the domain, nk-search verify", "double libm, error <= 2^-25 float ULP accounted; worst 16 re-checked with MPFR 4.2.0 (libmpfr.so.6)"),
                Steps: new EquatableArray<ProgramStep>(new[]
                {
                    new ProgramStep("fma", "K0", "x", "K1"),
                    new ProgramStep("fma", "t0", "x", "K3"),
                    new ProgramStep("fma", "t1", "x", "K2"),
                    new ProgramStep("fma", "t2", "x", "K4"),
                    new ProgramStep("fma", "t3", "x", "K5"),
                    new ProgramStep("fma", "t4", "x", "K6"),
                }));
        }
    }
}
