using NumericKernels.Generators.Models;

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

    /// <summary>The shape of a catalog program: which range reduction wraps the core approximation.</summary>
    internal enum KernelAlgorithm
    {
        /// <summary>
        /// e^x: k = round(x/ln2) by a shifter, Cody-Waite r = x - k·ln2 with two constants, and the rounding error of r
        /// carried into the polynomial: e^x = 2^k·(1 + (r + (r²·P(r) + e))).
        /// </summary>
        ExpCodyWaite,
        /// <summary>As <see cref="ExpCodyWaite"/> without carrying the rounding error of r: one operation fewer, looser bound.</summary>
        ExpCodyWaiteShort,
        /// <summary>2^x: k = round(x), r = x - k exactly, 2^x = 2^k·(1 + r·P(r)).</summary>
        Exp2Rounded,
        /// <summary>ln x: x = 2^k·m with m in [sqrt(1/2), sqrt(2)), f = m - 1 exactly, ln x = k·ln2 + (f + f²·P(f)).</summary>
        LogExponentSplit,
        /// <summary>log2 x: as <see cref="LogExponentSplit"/>, log2 x = k + (f·Ahi + (f·Alo + f²·P(f))), 1/ln2 = Ahi + Alo.</summary>
        Log2ExponentSplit,
        /// <summary>
        /// ln x for double: x = 2^k·(1 + f), s = f/(2 + f), ln(1 + f) = f - (f²/2 - s·(f²/2 + s²·P(s²))), with ln2 split in
        /// two so k·ln2 adds exactly.
        /// </summary>
        LogAtanhSeries,
        /// <summary>log2 x for double: <see cref="LogAtanhSeries"/> scaled by 1/ln2 carried in two parts.</summary>
        Log2AtanhSeries,
        /// <summary>No range reduction: one Horner polynomial C0 + C1·x + ... over a small domain.</summary>
        DirectPolynomial,
        /// <summary>
        /// No range reduction: a straight-line program of add, sub, mul, fused multiply-add and div over x and named
        /// constants (<see cref="CatalogEntry.Steps"/>), as found by nk-search evolve.
        /// </summary>
        DirectProgram,
        /// <summary>
        /// erf x on a = |x|: pieces [0, Split1), [Split1, Split2), ... up to Limit (above it the result is 1), each lane
        /// selecting its piece's constants for one Horner evaluation; piece 0 is odd (C1·a + a·R(a²)), the others are
        /// polynomials in t = a - Center. The sign of x is given back at the end.
        /// </summary>
        ErfPiecewise,
        /// <summary>
        /// sin and cos: k = round(|x|·2/π) by a shifter, Cody-Waite r = |x| - k·π/2 with π/2 in three parts and the
        /// rounding error of r carried (r + rl); k mod 4 picks the sin core r + r³·S(r²) or the cos core
        /// 1 - r²/2 + r⁴·C(r²) and the sign. Beyond FastLimit a branch-free Payne-Hanek reduction in double.
        /// </summary>
        SinCosQuadrant,
        /// <summary>
        /// As <see cref="SinCosQuadrant"/> without carrying the rounding error of r: the three parts of π/2 applied by
        /// fused multiply-adds, sin = r + r³·S(r²) and cos = 1 + r²·(-1/2 + r²·C(r²)); a third cheaper, looser bound.
        /// </summary>
        SinCosQuadrantShort,
        /// <summary>
        /// sigmoid x: t = e^-|x| by the <see cref="ExpCodyWaite"/> reduction, 1/(1 + t) for x &gt;= 0 and t/(1 + t) for
        /// x &lt; 0, with t and 1 + t carried in two floats and the quotient corrected once by its residual.
        /// </summary>
        SigmoidExpQuotient,
        /// <summary>As <see cref="SigmoidExpQuotient"/> with t, 1 + t and the quotient each rounded: cheaper, looser bound.</summary>
        SigmoidExpQuotientShort,
        /// <summary>
        /// tanh x: |x| + |x|³·P(x²) below PolyLimit, else (1 - t)/(1 + t) with t = e^-2|x| carried in two floats and the
        /// quotient corrected once; the sign of x put back.
        /// </summary>
        TanhExpQuotient,
        /// <summary>As <see cref="TanhExpQuotient"/> with t, 1 ± t and the quotient each rounded: cheaper, looser bound.</summary>
        TanhExpQuotientShort,
        /// <summary>
        /// tanh x = -m/(2 + m) with m = e^-2|x| - 1 = (2^k - 1) + 2^k·(r + r²·P(r)) carried in two floats, P fitted for
        /// the relative error of e^r - 1 so that small |x| needs no separate polynomial; quotient corrected once, sign of x
        /// put back.
        /// </summary>
        TanhExpM1Quotient,
        /// <summary>
        /// As <see cref="TanhExpM1Quotient"/> with m = (2^k - 1) + 2^k·(r + r²·P(r)) in one fused multiply-add, no carried
        /// reduction error, and a plain quotient: cheaper, looser bound.
        /// </summary>
        TanhExpM1QuotientShort,
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
    /// <param name="Cost">Latency-weighted operation count of one vector evaluation of the fast path; lower is cheaper.</param>
    /// <param name="Origin">Where the program came from: "minimax" or "evolved", with the tool that made it.</param>
    /// <param name="Algorithm">Program shape.</param>
    /// <param name="Constants">Named exact constants the program uses (coefficients C0..Cn, reduction constants).</param>
    /// <param name="Verification">The measurement behind <paramref name="BoundUlp"/>.</param>
    /// <param name="Steps">The operations of a <see cref="KernelAlgorithm.DirectProgram"/>; empty for other algorithms.</param>
    /// <param name="Scheme">How the core polynomial is evaluated (Horner unless the entry was fitted for Estrin).</param>
    internal sealed record CatalogEntry(
        string Id,
        MathFunctionId Function,
        ElementKind Element,
        double DomainMin,
        double DomainMax,
        bool HandlesSpecialValues,
        double BoundUlp,
        int Cost,
        string Origin,
        KernelAlgorithm Algorithm,
        EquatableArray<NamedConstant> Constants,
        VerificationRecord Verification,
        EquatableArray<ProgramStep> Steps = default,
        EvaluationScheme Scheme = EvaluationScheme.Horner);
}
