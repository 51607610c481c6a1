using System;

namespace NumericKernels.Generators.Programs
{
    /// <summary>Bit reinterpretation on netstandard2.0, which lacks BitConverter.SingleToInt32Bits.</summary>
    internal static class FloatBits
    {
        public static int Of(float value) => BitConverter.ToInt32(BitConverter.GetBytes(value), 0);

        public static long Of(double value) => BitConverter.DoubleToInt64Bits(value);

        public static float ToSingle(int bits) => BitConverter.ToSingle(BitConverter.GetBytes(bits), 0);

        public static double ToDouble(long bits) => BitConverter.Int64BitsToDouble(bits);
    }
}
