namespace NumericKernels.Search.Numerics
{
    /// <summary>The parameters of an IEEE 754 binary format that ULP arithmetic needs.</summary>
    /// <param name="Precision">Significand bits including the implicit one: 24 for float, 53 for double.</param>
    /// <param name="MinExponent">Exponent of the smallest normal number: -126 for float, -1022 for double.</param>
    /// <param name="MaxExponent">Exponent of the largest finite binade: 127 for float, 1023 for double.</param>
    internal readonly record struct BinaryFormat(int Precision, int MinExponent, int MaxExponent)
    {
        public static BinaryFormat Single { get; } = new BinaryFormat(24, -126, 127);

        public static BinaryFormat Double { get; } = new BinaryFormat(53, -1022, 1023);

        /// <summary>
        /// Exponent of the ULP at a value whose binade is [2^exponent, 2^(exponent+1)): subnormals share the ULP of the
        /// smallest normal binade (2^-149, 2^-1074), and values beyond the largest finite number keep the ULP of the
        /// largest binade.
        /// </summary>
        public long UlpExponent(long exponent)
        {
            if (exponent < MinExponent) exponent = MinExponent;
            if (exponent > MaxExponent) exponent = MaxExponent;
            return exponent - (Precision - 1);
        }

        /// <summary>Bits of significand a value of this binade keeps once rounded to the format (fewer for subnormals).</summary>
        public int EffectivePrecision(long exponent)
        {
            if (exponent >= MinExponent) return Precision;
            long bits = Precision - (MinExponent - exponent);
            return bits < 1 ? 1 : (int)bits;
        }
    }
}
