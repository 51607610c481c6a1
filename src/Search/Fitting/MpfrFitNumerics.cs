using System;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Algorithms;
using NumericKernels.Search.Mpfr;

namespace NumericKernels.Search.Fitting
{
    /// <summary>The numerics descriptors ask of a fit, in MPFR.</summary>
    internal sealed class MpfrFitNumerics : IFitNumerics
    {
        public static readonly MpfrFitNumerics Instance = new MpfrFitNumerics();

        /// <summary>
        /// Of 4096 candidates spaced about 2^-16 apart in relative terms around the middle of [low, high] (deterministic),
        /// the one with the smallest |f(c) - round(f(c))| in ULPs, kept within [high/2, 2·low].
        /// </summary>
        public double NearlyExactCenter(MathFunctionId function, double low, double high, ElementKind element)
        {
            bool single = element == ElementKind.Float32;
            double target = Math.Clamp(0.5 * (low + high), high / 2, 2 * low);
            using var input = new MpfrFloat(64);
            using var value = new MpfrFloat(192);
            using var rounded = new MpfrFloat(192);
            using var scratch = new MpfrFloat(192);
            double best = single ? (float)target : target;
            double bestDistance = double.PositiveInfinity;
            for (int i = -2048; i < 2048; i++)
            {
                double c = single
                    ? BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits((float)target) + i * 101)
                    : BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(target) + i * 101L * (1L << 29));
                if (c < high / 2 || c > 2 * low) continue;
                input.Set(c);
                MpfrFunctions.Evaluate(function, value, input, scratch);
                double nearest = single ? value.ToSingle() : value.ToDouble();
                rounded.Set(nearest);
                rounded.Subtract(value, rounded);
                double distance = Math.Abs(Math.ScaleB(rounded.ToDouble(), (single ? 23 : 52) - Math.ILogB(nearest)));
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = c;
                }
            }
            return best;
        }

        public double Rounded(MathFunctionId function, double x, ElementKind element)
        {
            using var input = new MpfrFloat(64);
            using var value = new MpfrFloat(192);
            using var scratch = new MpfrFloat(192);
            input.Set(x);
            MpfrFunctions.Evaluate(function, value, input, scratch);
            return element == ElementKind.Float32 ? value.ToSingle() : value.ToDouble();
        }
    }
}
