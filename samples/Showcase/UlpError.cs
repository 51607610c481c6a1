using System;
using System.Runtime.CompilerServices;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>
    /// Error of a result against a double-precision reference, in ULPs of the result's own format: |y - ref| / ulp(ref),
    /// where ulp(ref) is the spacing of the format's numbers at ref (2^-149 for float below the normal range).
    /// </summary>
    /// <remarks>
    /// For float results the double reference's own error (about 2^-29 float ULPs) is negligible. For double results the
    /// reference (Math.Exp etc.) is itself within about 1 ULP, so the figure bounds the distance to libm, not the truth.
    /// </remarks>
    internal static class UlpError
    {
        public static double Of<T>(T result, double reference)
            where T : unmanaged
        {
            bool single = Unsafe.SizeOf<T>() == sizeof(float);
            double y = single ? Unsafe.As<T, float>(ref result) : Unsafe.As<T, double>(ref result);
            double referenceInFormat = single ? (float)reference : reference;

            if (double.IsNaN(reference) || double.IsNaN(y))
            {
                return double.IsNaN(reference) && double.IsNaN(y) ? 0 : double.PositiveInfinity;
            }
            if (double.IsInfinity(referenceInFormat) || double.IsInfinity(y))
            {
                return y == referenceInFormat ? 0 : double.PositiveInfinity;
            }
            return Math.Abs(y - reference) / UlpAt(reference, single);
        }

        private static double UlpAt(double value, bool single)
        {
            int precision = single ? 24 : 53;
            int minNormalExponent = single ? -126 : -1022;
            int exponent = value == 0 ? minNormalExponent : Math.Max(Math.ILogB(value), minNormalExponent);
            return Math.ScaleB(1.0, exponent - precision + 1);
        }
    }
}
