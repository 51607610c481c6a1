using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Search.Mpfr;

namespace NumericKernels.Search.Fitting
{
    /// <summary>Whether the fit minimizes |p - f| or |p - f| / |f|.</summary>
    internal enum ErrorMeasure
    {
        Absolute,
        Relative,
    }

    /// <summary>Writes f(x) into the destination, rounded to its precision (at least 200 bits for fitting).</summary>
    internal delegate void HighPrecisionFunction(double x, MpfrFloat destination);

    /// <summary>
    /// One approximation problem in the form of Sollya's fpminimax: find c_j minimizing the largest error of
    /// A(x) + Σ c_j·x^(p_j) against f(x) on [Min, Max], with A(x) the fixed leading part and p_j the free powers.
    /// </summary>
    /// <param name="Name">What is approximated, for messages, e.g. "exp(r) = 1 + r + r²·P(r)".</param>
    /// <param name="Function">f at high precision.</param>
    /// <param name="Min">Lower end of the interval.</param>
    /// <param name="Max">Upper end of the interval.</param>
    /// <param name="Fixed">The fixed leading part A(x).</param>
    /// <param name="FreePowers">
    /// The powers whose coefficients are fitted, ascending with a constant step: 1 for a plain polynomial, 2 for the odd or
    /// even polynomials of odd or even functions (fitted on an interval [0, b], where those powers form a Haar space).
    /// </param>
    /// <param name="Measure">Absolute or relative error.</param>
    internal sealed record FitProblem(
        string Name,
        HighPrecisionFunction Function,
        double Min,
        double Max,
        IReadOnlyList<FixedTerm> Fixed,
        IReadOnlyList<int> FreePowers,
        ErrorMeasure Measure)
    {
        /// <summary>Bits MPFR works with when evaluating f and the residual f - A: far beyond double-double.</summary>
        public const int WorkingPrecision = 256;

        /// <summary>Free powers p, p+step, ..., p+(count-1)·step.</summary>
        public static IReadOnlyList<int> Powers(int first, int count, int step = 1) =>
            Enumerable.Range(0, count).Select(i => first + i * step).ToArray();

        /// <summary>A descriptor's core problem for <paramref name="function"/>, with its target evaluated in MPFR.</summary>
        public static FitProblem From(CoreFit core, MathFunctionId function) => new FitProblem(
            core.Name, TargetFunctions.For(core, function), core.Min, core.Max, core.Fixed, core.FreePowers, ErrorMeasure.Relative);

        public int Degree => FreePowers.Count == 0 ? Fixed.Max(t => t.Power) : Math.Max(FreePowers[^1], Fixed.Count == 0 ? 0 : Fixed.Max(t => t.Power));

        public void Validate()
        {
            if (!(Min < Max) || !double.IsFinite(Min) || !double.IsFinite(Max))
            {
                throw new FitException($"{Name}: the interval [{Min}, {Max}] must be finite and non-empty.");
            }
            if (FreePowers.Count == 0) throw new FitException($"{Name}: no free coefficient to fit.");
            int step = FreePowers.Count > 1 ? FreePowers[1] - FreePowers[0] : 1;
            if (step is not (1 or 2)) throw new FitException($"{Name}: the free powers must step by 1 or 2.");
            for (int i = 1; i < FreePowers.Count; i++)
            {
                if (FreePowers[i] != FreePowers[i - 1] + step) throw new FitException($"{Name}: the free powers must step evenly.");
            }
            if (step == 2 && Min < 0) throw new FitException($"{Name}: odd or even powers are fitted on [0, b] (the function's symmetry covers the rest).");
        }
    }
}
