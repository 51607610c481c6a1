namespace NumericKernels.Search.Mpfr
{
    /// <summary>MPFR's mpfr_rnd_t, same values as in mpfr.h.</summary>
    internal enum MpfrRounding
    {
        /// <summary>MPFR_RNDN: to nearest, ties to even.</summary>
        ToNearest = 0,
        /// <summary>MPFR_RNDZ.</summary>
        TowardZero = 1,
        /// <summary>MPFR_RNDU.</summary>
        TowardPositive = 2,
        /// <summary>MPFR_RNDD.</summary>
        TowardNegative = 3,
        /// <summary>MPFR_RNDA.</summary>
        AwayFromZero = 4,
    }
}
