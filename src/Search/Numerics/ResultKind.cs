namespace NumericKernels.Search.Numerics
{
    /// <summary>
    /// The part of an IEEE 754 result that is not a matter of accuracy: NaN or number, infinite or finite, and the sign
    /// of a zero. A result of the wrong kind fails regardless of any ULP bound.
    /// </summary>
    internal static class ResultKind
    {
        /// <summary>
        /// True when <paramref name="result"/> differs in kind from the correctly rounded <paramref name="expected"/>.
        /// Zero against a nonzero number is a matter of accuracy (underflow), not of kind.
        /// </summary>
        public static bool Differs(double expected, double result)
        {
            if (double.IsNaN(expected) || double.IsNaN(result)) return double.IsNaN(expected) != double.IsNaN(result);
            if (double.IsInfinity(expected) || double.IsInfinity(result)) return expected != result;
            return expected == 0 && result == 0 && double.IsNegative(expected) != double.IsNegative(result);
        }
    }
}
