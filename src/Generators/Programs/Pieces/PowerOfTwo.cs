using NumericKernels.Generators.Programs.Building;

namespace NumericKernels.Generators.Programs.Pieces
{
    /// <summary>2^k from the shifter's bits, one factor (normal 2^k) or two (any k, including subnormal and overflowing results).</summary>
    internal static class PowerOfTwo
    {
        /// <summary>Significand bits: 23 or 52.</summary>
        public static int MantissaBits(BlockBuilder b) => b.Program.IsSingle ? 23 : 52;

        public static int ExponentBias(BlockBuilder b) => b.Program.IsSingle ? 127 : 1023;

        /// <summary>
        /// 2^k for z = shifter + k with the exponent bias in the shifter: z's low bits are k + bias, and shifting them into
        /// the exponent field gives 2^k with one integer shift (valid while 2^k is normal).
        /// </summary>
        public static Value FromShifterBits(BlockBuilder b, Value z) => b.BitCast(b.BitCast(z) << MantissaBits(b));

        /// <summary>
        /// y·2^k for any k, as two factors 2^k1·2^k2 with k1 = k/2 (rounded down) and k2 = k - k1, both normal: the first
        /// product stays exact and the second rounds once, to a subnormal, zero or infinity included.
        /// </summary>
        public static Value ScaleInTwoSteps(BlockBuilder b, Value y, Value z, string shifter = "Shifter")
        {
            int p = MantissaBits(b);
            Value k = (b.BitCast(z) - b.BitCast(b.Constant(shifter))).Named("k");
            Value k1 = (k >> 1).Named("k1");
            Value k2 = (k - k1).Named("k2");
            Value bias = b.Int(ExponentBias(b));
            return (y * b.BitCast((k1 + bias) << p)) * b.BitCast((k2 + bias) << p);
        }
    }
}
