using NumericKernels.Generators.Models;
using NumericKernels.Generators.Programs;

namespace NumericKernels.Generators.Catalog
{
    /// <summary>Mirror of NumericKernels.MathFunction (same order and values); the generator does not load the attributes assembly.</summary>
    internal enum MathFunctionId
    {
        Exp, Exp2, Exp10, ExpM1, Log, Log2, Log10, Log1P, Sin, Cos, Tan, Asin, Acos, Atan,
        Sinh, Cosh, Tanh, Erf, Erfc, Sigmoid, Cbrt, ReciprocalSqrt,
    }

    /// <summary>Element type a kernel computes in.</summary>
    internal enum ElementKind
    {
        Float32,
        Float64,
    }

    /// <summary>
    /// The name of a catalog program's algorithm. What each one computes and how, and what nk-search needs to fit it, is
    /// its descriptor's (Programs/Algorithms, mapped by AlgorithmRegistry): nothing else branches on this.
    /// </summary>
    internal enum KernelAlgorithm
    {
        /// <summary>e^x, Cody-Waite reduction with the rounding error of r carried (ExpAlgorithm).</summary>
        ExpCodyWaite,
        /// <summary>e^x, Cody-Waite reduction (ExpAlgorithm).</summary>
        ExpCodyWaiteShort,
        /// <summary>2^x, exact integer reduction (ExpAlgorithm).</summary>
        Exp2Rounded,
        /// <summary>ln x, exponent split and a polynomial in f (LogAlgorithm).</summary>
        LogExponentSplit,
        /// <summary>log2 x, exponent split, 1/ln2 in two parts (LogAlgorithm).</summary>
        Log2ExponentSplit,
        /// <summary>ln x, exponent split and the atanh series in s = f/(2 + f) (LogAlgorithm).</summary>
        LogAtanhSeries,
        /// <summary>log2 x, the atanh series scaled by 1/ln2 in two parts (LogAlgorithm).</summary>
        Log2AtanhSeries,
        /// <summary>One polynomial over a small domain, no reduction (DirectPolynomialAlgorithm).</summary>
        DirectPolynomial,
        /// <summary>A straight-line program found by nk-search evolve, its steps in <see cref="CatalogEntry.Steps"/> (DirectProgramAlgorithm).</summary>
        DirectProgram,
        /// <summary>erf x in pieces on |x|, coefficients selected per lane (ErfAlgorithm).</summary>
        ErfPiecewise,
        /// <summary>sin and cos, quadrant reduction with the rounding error of r carried, Payne-Hanek beyond 2^18 (SinCosAlgorithm).</summary>
        SinCosQuadrant,
        /// <summary>sin and cos, quadrant reduction, Payne-Hanek beyond 2^18 (SinCosAlgorithm).</summary>
        SinCosQuadrantShort,
        /// <summary>sigmoid x through e^-|x|, two-float 1 + t and a corrected quotient (SigmoidAlgorithm).</summary>
        SigmoidExpQuotient,
        /// <summary>sigmoid x through e^-|x|, plain quotient (SigmoidAlgorithm).</summary>
        SigmoidExpQuotientShort,
        /// <summary>tanh x, odd polynomial near 0, two-float exp quotient above (TanhAlgorithm).</summary>
        TanhExpQuotient,
        /// <summary>tanh x, odd polynomial near 0, plain exp quotient above (TanhAlgorithm).</summary>
        TanhExpQuotientShort,
        /// <summary>tanh x = -m/(2 + m), m = e^-2|x| - 1 in two floats, corrected quotient (TanhAlgorithm).</summary>
        TanhExpM1Quotient,
        /// <summary>tanh x = -m/(2 + m), m in one fused multiply-add, plain quotient (TanhAlgorithm).</summary>
        TanhExpM1QuotientShort,
        /// <summary>10^x, Cody-Waite reduction by log10(2), rounding errors carried (Exp10Algorithm).</summary>
        Exp10CodyWaite,
        /// <summary>10^x, Cody-Waite reduction by log10(2) (Exp10Algorithm).</summary>
        Exp10CodyWaiteShort,
        /// <summary>e^x - 1 = (2^k - 1) + 2^k·(e^r - 1) in two floats (ExpM1Algorithm).</summary>
        ExpM1CodyWaite,
        /// <summary>e^x - 1 = (2^k - 1) + 2^k·(e^r - 1) in one fused multiply-add (ExpM1Algorithm).</summary>
        ExpM1CodyWaiteShort,
        /// <summary>ln(1 + x), exponent split of 1 + x, f from x with its rounding error carried, polynomial in f (Log1PAlgorithm).</summary>
        Log1PExponentSplit,
        /// <summary>ln(1 + x), exponent split of 1 + x, f from x in one fused multiply-add, polynomial in f (Log1PAlgorithm).</summary>
        Log1PExponentSplitShort,
        /// <summary>ln(1 + x) for double, f's rounding error carried, atanh series (Log1PAlgorithm).</summary>
        Log1PAtanhSeries,
        /// <summary>log10 x, exponent split, compensated k·log10(2) + f/ln10 (LogAlgorithm).</summary>
        Log10ExponentSplit,
        /// <summary>log10 x, exponent split, 1/ln10 and log10(2) in two parts (LogAlgorithm).</summary>
        Log10ExponentSplitShort,
        /// <summary>log10 x for double, atanh series, compensated sum (LogAlgorithm).</summary>
        Log10AtanhSeries,
    }

    /// <summary>
    /// One operation of a straight-line program: <paramref name="Op"/> is "add", "sub", "mul", "div" (A op B) or "fma"
    /// (A·B + C, one rounding). Operands are "x", a constant name, or "t{i}", the result of step i (0-based, earlier
    /// steps only). The last step's result is the program's result.
    /// </summary>
    internal readonly record struct ProgramStep(string Op, string A, string B, string C = "");

    /// <summary>A named constant of a catalog program, written as an exact hex-float literal (e.g. 0x1.62e43p-1).</summary>
    internal readonly record struct NamedConstant(string Name, string HexFloat);

    /// <summary>How an entry's bound was established.</summary>
    /// <param name="MaxUlp">Largest error measured, in ULPs of the output format.</param>
    /// <param name="WorstInput">The input reaching <paramref name="MaxUlp"/>, as a hex-float.</param>
    /// <param name="InputsChecked">How many inputs were compared with the reference.</param>
    /// <param name="Method">How: for example "exhaustive float32 over the domain, nk-search verify".</param>
    /// <param name="Reference">The reference: for example "MPFR 4.1 via libmpfr.so.6" or "double libm, error accounted".</param>
    internal readonly record struct VerificationRecord(double MaxUlp, string WorstInput, long InputsChecked, string Method, string Reference);

    /// <summary>
    /// One verified approximation: a program (range reduction plus core polynomial, exact constants), the contract it
    /// meets (function, element type, domain, special values, bound) and the record proving it.
    /// </summary>
    /// <param name="Id">Stable id users pin with Variant, e.g. "exp.f32.u1".</param>
    /// <param name="Function">Function computed.</param>
    /// <param name="Element">Input and output element type.</param>
    /// <param name="DomainMin">Smallest input the bound covers (-Infinity for the whole type).</param>
    /// <param name="DomainMax">Largest input the bound covers (+Infinity for the whole type).</param>
    /// <param name="HandlesSpecialValues">True when NaN, ±Inf, ±0, subnormals and the overflow/underflow thresholds follow IEEE 754.</param>
    /// <param name="BoundUlp">The bound the entry promises: at least the verified maximum, rounded up to a tier.</param>
    /// <param name="Origin">Where the program came from: "minimax" or "evolved", with the tool that made it.</param>
    /// <param name="Algorithm">Program shape.</param>
    /// <param name="Constants">Named exact constants the program uses (coefficients C0..Cn, reduction constants).</param>
    /// <param name="Verification">The measurement behind <paramref name="BoundUlp"/>.</param>
    /// <param name="Steps">The operations of a <see cref="KernelAlgorithm.DirectProgram"/>; empty for other algorithms.</param>
    /// <param name="Scheme">How the core polynomial is evaluated (Horner unless the entry was fitted for Estrin).</param>
    /// <param name="Source">Null for the built-in catalog; for an entry of the user's project, where it was declared.</param>
    internal sealed record CatalogEntry(
        string Id,
        MathFunctionId Function,
        ElementKind Element,
        double DomainMin,
        double DomainMax,
        bool HandlesSpecialValues,
        double BoundUlp,
        string Origin,
        KernelAlgorithm Algorithm,
        EquatableArray<NamedConstant> Constants,
        VerificationRecord Verification,
        EquatableArray<ProgramStep> Steps = default,
        EvaluationScheme Scheme = EvaluationScheme.Horner,
        string? Source = null)
    {
        /// <summary>
        /// Latency-weighted operation count of one vector evaluation of the fast path (<see cref="ProgramCost"/>), derived
        /// from the entry's program; lower is cheaper.
        /// </summary>
        public int Cost => ProgramCost.Of(KernelPrograms.For(this));
    }
}
