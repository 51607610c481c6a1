namespace NumericKernels.Generators.Programs.Fitting
{
    /// <summary>
    /// What a core polynomial approximates, named so that nk-search can evaluate it in MPFR: the generator knows the
    /// mathematics of its programs but never evaluates it.
    /// </summary>
    internal enum CoreTarget
    {
        /// <summary>The requested function itself (direct polynomials): f(x).</summary>
        Function,

        /// <summary>e^r.</summary>
        Exp,

        /// <summary>2^r.</summary>
        Exp2,

        /// <summary>10^r.</summary>
        Exp10,

        /// <summary>e^r - 1.</summary>
        ExpM1,

        /// <summary>ln(1 + f).</summary>
        Log1P,

        /// <summary>log2(1 + f).</summary>
        Log2OnePlus,

        /// <summary>log10(1 + f).</summary>
        Log10OnePlus,

        /// <summary>2·atanh(s) = ln((1 + s)/(1 - s)).</summary>
        TwoAtanh,

        /// <summary>sin r.</summary>
        Sin,

        /// <summary>cos r.</summary>
        Cos,

        /// <summary>tanh x.</summary>
        Tanh,

        /// <summary>erf(Center + t): the requested function around a centre (<see cref="CoreFit.Center"/>).</summary>
        FunctionAroundCenter,
    }
}
