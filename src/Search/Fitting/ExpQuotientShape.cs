using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// What nk-search fit needs from the sigmoid and tanh programs (SigmoidProgramEmitter, TanhProgramEmitter). Sigmoid's
    /// only polynomial is the exp core, so its fit is exp's problem (relative error of e^r on |r| &lt;= ln2/2) judged on
    /// the whole sigmoid fast path. Tanh has two shapes: through e^r - 1 (TanhExpM1Quotient), whose core is fitted for the
    /// relative error of e^r - 1 so that it stays accurate near 0; and with an odd polynomial below PolyLimit
    /// (TanhExpQuotient, TanhExpQuotientShort), which keeps exp.f32.u1's core as it is (E2..E6) and fits
    /// tanh(x) = x + x³·(C0 + C1·x² + ...) on [0, PolyLimit], its degree being that polynomial's degree in x.
    /// </summary>
    internal static class ExpQuotientShape
    {
        /// <summary>Where tanh switches from the odd polynomial to the exp quotient (0x1.2p-1).</summary>
        public const double TanhPolyLimit = 0.5625;

        /// <summary>
        /// tanh's sample for the polish: bit patterns over [0, 10] and values uniform over [0, 1.5], so both the polynomial
        /// and the exp quotient near the switch are measured (a program whose quotient cannot meet the bound is rejected
        /// by simulation, before any verification).
        /// </summary>
        public static (double Low, double High, double DenseLow, double DenseHigh) TanhSampleRange => (0.0, 10.0, 0.0, 1.5);

        /// <summary>Odd degrees tried for tanh's polynomial: lowest, highest, step.</summary>
        public static (int Low, int High, int Step) TanhDegrees => (5, 17, 2);

        /// <summary>Every tanh program: none has a special path.</summary>
        public static bool IsTanh(KernelAlgorithm algorithm) =>
            algorithm is KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort
                or KernelAlgorithm.TanhExpM1Quotient or KernelAlgorithm.TanhExpM1QuotientShort;

        /// <summary>The tanh programs through e^r - 1, whose fitted polynomial is that core's.</summary>
        public static bool IsExpM1Tanh(KernelAlgorithm algorithm) =>
            algorithm is KernelAlgorithm.TanhExpM1Quotient or KernelAlgorithm.TanhExpM1QuotientShort;

        /// <summary>The tanh programs whose fitted polynomial is the odd one below PolyLimit (their degree is odd).</summary>
        public static bool HasOddPolynomial(KernelAlgorithm algorithm) =>
            algorithm is KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort;

        /// <summary>
        /// The fast path's operations as the emitters write them (see ProgramShape's rules; a division counts 4): with the
        /// exp core of degree n, sigmoid's is n + 31 carried, n + 18 plain; tanh's, with m = (degree - 1)/2 odd
        /// coefficients after the core's 16, is 47 + m carried and 32 + m plain; tanh through e^r - 1 of degree n, n + 41 carried and n + 21 plain.
        /// </summary>
        public static int FastCost(KernelAlgorithm algorithm, int degree) => algorithm switch
        {
            KernelAlgorithm.SigmoidExpQuotient => degree + 31,
            KernelAlgorithm.SigmoidExpQuotientShort => degree + 18,
            KernelAlgorithm.TanhExpQuotient => 47 + (degree - 1) / 2,
            KernelAlgorithm.TanhExpQuotientShort => 32 + (degree - 1) / 2,
            KernelAlgorithm.TanhExpM1Quotient => degree + 41,
            KernelAlgorithm.TanhExpM1QuotientShort => degree + 21,
            _ => throw new NotSupportedException("not an exp-quotient program: " + algorithm),
        };

        /// <summary>tanh(x) = x + x³·P(x²) on [0, PolyLimit], relative error; x = 0 itself is exact by construction.</summary>
        public static FitProblem TanhProblem(int degree) => new FitProblem(
            "tanh(x) = x + x³·P(x²)",
            TargetFunctions.Tanh(),
            0.0,
            TanhPolyLimit,
            new[] { new FixedTerm(1, 1.0) },
            FitProblem.Powers(3, (degree - 1) / 2, step: 2),
            ErrorMeasure.Relative);

        /// <summary>
        /// The core of <see cref="KernelAlgorithm.TanhExpM1Quotient"/>: e^r - 1 = r + r²·P(r) on |r| &lt;= ln2/2 (widened as
        /// exp's), relative error, so that m = e^-2|x| - 1 stays accurate where it is small; r = 0 is exact by construction.
        /// </summary>
        public static FitProblem ExpM1Problem(int degree, double halfInterval) => new FitProblem(
            "expm1(r) = r + r²·P(r)",
            TargetFunctions.ExpM1(),
            -halfInterval,
            halfInterval,
            new[] { new FixedTerm(1, 1.0) },
            FitProblem.Powers(2, degree - 1),
            ErrorMeasure.Relative);

        /// <summary>The constants besides the fitted coefficients, as the catalog entries spell them.</summary>
        public static IReadOnlyList<(string Name, string HexFloat)> ReductionConstants(KernelAlgorithm algorithm)
        {
            CatalogEntry exp = KernelCatalog.Entries.Single(e => e.Id == "exp.f32.u1");
            var constants = exp.Constants.Where(c => c.Name is "InvLn2" or "NegLn2Hi" or "NegLn2Lo").Select(c => (c.Name, c.HexFloat)).ToList();
            if (IsExpM1Tanh(algorithm))
            {
                constants.Add(("ClampHigh", "0x1.4p3"));
            }
            else if (IsTanh(algorithm))
            {
                constants.AddRange(exp.Constants.Where(c => c.Name.Length > 1 && c.Name[0] == 'C' && char.IsDigit(c.Name[1])).Select(c => ("E" + c.Name.Substring(1), c.HexFloat)));
                constants.Add(("PolyLimit", "0x1.2p-1"));
                constants.Add(("ClampHigh", "0x1.4p3"));
            }
            return constants;
        }

        /// <summary>Sigmoid's special-path limits: |x| &lt;= 87.5 keeps 2^k normal; below -110 e^x is 0.</summary>
        public static (string Name, string HexFloat)[] SigmoidLimits => new[] { ("FastLimit", "0x1.5ep6"), ("ClampLow", "-0x1.b8p6") };
    }
}
