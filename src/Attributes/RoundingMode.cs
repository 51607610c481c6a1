namespace NumericKernels
{
    /// <summary>How a result that is not representable in the target format is rounded.</summary>
    public enum RoundingMode
    {
        /// <summary>To the nearest representable value; ties to the one with an even last digit (IEEE 754 default).</summary>
        ToNearestEven,
        /// <summary>To the nearest representable value; ties away from zero.</summary>
        ToNearestAway,
        /// <summary>Toward zero (truncation).</summary>
        TowardZero,
        /// <summary>Toward positive infinity.</summary>
        TowardPositive,
        /// <summary>Toward negative infinity.</summary>
        TowardNegative,
        /// <summary>
        /// Stochastic rounding: up with probability equal to the distance from the lower neighbour, so the expected
        /// result equals the input. Counter-based and reproducible: the random bits of element i depend only on the seed
        /// and the stream index of that element.
        /// </summary>
        Stochastic,
    }
}
