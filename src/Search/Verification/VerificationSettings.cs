namespace NumericKernels.Search.Verification
{
    /// <summary>How thoroughly to sweep.</summary>
    internal enum SweepMode
    {
        /// <summary>float32: about <see cref="VerificationSettings.Samples"/> inputs strided over the domain, plus targeted inputs.</summary>
        Sampled,

        /// <summary>
        /// float32: every bit pattern of the domain (NaNs and infinities included for IEEE entries). float64: 10^8
        /// random and targeted inputs, the contract's minimum.
        /// </summary>
        Exhaustive,
    }

    /// <param name="Mode">Sampled or exhaustive (float32 only).</param>
    /// <param name="Samples">Strided inputs (float32 sampled mode) or random inputs (float64); null for the defaults.</param>
    /// <param name="Seed">Seed of the float64 random inputs; fixed by default so records reproduce.</param>
    internal sealed record VerificationSettings(SweepMode Mode, long? Samples = null, ulong Seed = VerificationSettings.DefaultSeed)
    {
        public const ulong DefaultSeed = 0x6E6B_2D73_6561_7263UL;

        public const long DefaultFloat32Samples = 1L << 24;

        public const long DefaultFloat64Samples = 1_000_000;

        /// <summary>float64 inputs in exhaustive mode: the 10^8 DESIGN.md requires before a float64 bound is claimed.</summary>
        public const long ContractFloat64Samples = 100_000_000;

        /// <summary>Random float64 inputs for this run.</summary>
        public long Float64Samples => Samples ?? (Mode == SweepMode.Exhaustive ? ContractFloat64Samples : DefaultFloat64Samples);
    }
}
