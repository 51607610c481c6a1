namespace NumericKernels
{
    /// <summary>What a kernel promises for non-finite and extreme inputs.</summary>
    public enum SpecialValues
    {
        /// <summary>
        /// NaN, ±Infinity, ±0 and subnormal inputs and results behave as IEEE 754 and the reference function say,
        /// including the exact overflow and underflow thresholds.
        /// </summary>
        Ieee,
        /// <summary>
        /// The caller promises finite inputs whose results are finite and normal; the generator may drop the fix-ups
        /// for everything else. Results for other inputs are unspecified, but the kernel never throws.
        /// </summary>
        FiniteOnly,
    }
}
