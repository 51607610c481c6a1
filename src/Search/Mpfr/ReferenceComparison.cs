using System;

namespace NumericKernels.Search.Mpfr
{
    /// <summary>A computed result measured against the exact value.</summary>
    /// <param name="SignedUlpError">(exact - result) / ulp(exact) in the result's format; +Inf when the kind is wrong.</param>
    /// <param name="KindMismatch">NaN where a number is due (or the reverse), an infinity where the correctly rounded value is finite (or the reverse), or a zero of the wrong sign.</param>
    /// <param name="Expected">The correctly rounded value (as double, also for float results).</param>
    internal readonly record struct ReferenceComparison(double SignedUlpError, bool KindMismatch, double Expected)
    {
        public double UlpError => Math.Abs(SignedUlpError);

        public static ReferenceComparison WrongKind(double expected) => new ReferenceComparison(double.PositiveInfinity, true, expected);
    }
}
