namespace NumericKernels
{
    /// <summary>What a conversion does with a finite value beyond the largest finite value of the target format.</summary>
    public enum OverflowMode
    {
        /// <summary>Clamp to the largest finite value of the same sign.</summary>
        Saturate,
        /// <summary>Produce infinity where the format has it, NaN otherwise.</summary>
        NonFinite,
    }
}
