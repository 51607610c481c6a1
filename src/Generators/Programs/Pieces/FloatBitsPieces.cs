using NumericKernels.Generators.Programs.Building;

namespace NumericKernels.Generators.Programs.Pieces
{
    /// <summary>Sign and NaN handling on the bits, and clamps, written so that every path does exactly the same.</summary>
    internal static class FloatBitsPieces
    {
        /// <summary>NaN lanes of <paramref name="input"/> (returned quiet, as x + x) replace those of <paramref name="value"/>.</summary>
        public static Value KeepNaN(BlockBuilder b, Value input, Value value) => b.Select(b.Equal(input, input), value, input + input);

        /// <summary>The sign bit of the element type as an integer.</summary>
        public static Value SignBit(BlockBuilder b) => b.Int(b.Program.IsSingle ? unchecked((int)0x80000000) : long.MinValue);

        /// <summary>y with the sign bit of x or-ed into its bits.</summary>
        public static Value OrSignOf(BlockBuilder b, Value x, Value y) => b.BitCast(b.BitCast(y) | (b.BitCast(x) & SignBit(b)));

        /// <summary>
        /// <paramref name="bound"/> where <paramref name="value"/> exceeds it, else the value: a NaN value fails the
        /// comparison and passes through.
        /// </summary>
        public static Value ClampAbove(BlockBuilder b, Value value, Value bound) => b.Select(b.GreaterThan(value, bound), bound, value);

        /// <summary><paramref name="bound"/> where <paramref name="value"/> is below it, else the value (NaN passes through).</summary>
        public static Value ClampBelow(BlockBuilder b, Value value, Value bound) => b.Select(b.LessThan(value, bound), bound, value);

        /// <summary>True in lanes where |x| is at most the bound (false for NaN).</summary>
        public static Value AbsAtMost(BlockBuilder b, Value x, Value bound) => b.LessThanOrEqual(b.Abs(x), bound);
    }
}
