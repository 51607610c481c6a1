using System;
using System.Collections.Generic;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Mpfr;
using NumericKernels.Search.Numerics;

namespace NumericKernels.Search.Fitting
{
    /// <summary>One piece of an erf program: its interval of a = |x|, its centre, and its core problem.</summary>
    /// <param name="Index">0 for the odd piece at the origin.</param>
    /// <param name="Low">Lower end of the piece in a.</param>
    /// <param name="High">Upper end in a.</param>
    /// <param name="Center">The machine number subtracted from a (0 for piece 0).</param>
    /// <param name="Problem">What the piece's free coefficients approximate.</param>
    internal sealed record ErfPiece(int Index, double Low, double High, double Center, FitProblem Problem);

    /// <summary>
    /// The layout nk-search fit uses for <see cref="KernelAlgorithm.ErfPiecewise"/>: where the pieces split, their
    /// centres, the core problem of each and the program's cost (ErfProgramEmitter is the program).
    /// </summary>
    /// <remarks>
    /// Three pieces: [0, 0.875) odd, erf a = C1·a + a·R(a²) with C1 = 2/√π rounded held fixed (the free C2 then carries
    /// its rounding error, which tiny inputs need); [0.875, Split2) and [Split2, Limit] as C0 + C1·t + ... in
    /// t = a - centre, with C0 = erf(centre) rounded held fixed. Each centre is a machine number near the middle of its
    /// piece whose erf lies within a small fraction of an ULP of its rounding, so the fixed C0 costs the fit nothing (a
    /// plainly rounded C0 cost the float degree-9 fit 2 bits). Split1 is where piece 0's last step, C1·a + a·R(a²),
    /// starts adding corrections large enough that their roundings approach half an ULP; Limit is just above where erf
    /// rounds to 1 (3.9192 for float, 5.9216 for double). Every centre c keeps c/2 &lt;= a &lt;= 2c over its piece, so
    /// t = a - c is exact (Sterbenz). Three pieces rather than more: each piece costs a selection per coefficient, so
    /// for float three pieces of degree 9 (cost 44) beat four, which need degree 8 (51: degree 7 leaves pieces at
    /// 2^-24.4, sollya remez); double needs three of degree 23 (86).
    /// </remarks>
    internal static class ErfPiecewiseShape
    {
        public const double Split1 = 0.875;

        public const int Pieces = 3;

        public static double Split2(ElementKind element) => element == ElementKind.Float32 ? 2.25 : 3.0;

        /// <summary>3.92 as a float (erf rounds to 1 from 3.9192 on), 5.93 for double (from 5.9216 on).</summary>
        public static double Limit(ElementKind element) => element == ElementKind.Float32 ? (float)3.92 : 5.93;

        /// <summary>Below this |x| the special path forms C1·a + C2·a scaled up (a·C2 would be subnormal): 2^-100 or 2^-960.</summary>
        public static double Tiny(ElementKind element) => Math.ScaleB(1.0, element == ElementKind.Float32 ? -100 : -960);

        /// <summary>2/√π rounded to the format: piece 0's fixed linear coefficient.</summary>
        public static double TwoOverSqrtPi(ElementKind element) => Round(1.1283791670955126, element);

        /// <summary>
        /// Operations of one fast-path evaluation with coefficients C0..C<paramref name="degree"/>: abs, two compares,
        /// two selections for each of the centre and C2..Cn, one for C0, two for C1, t, t², the u selection, the Horner
        /// chain (n - 2), q, two operand selections, the last fused multiply-add, the Limit compare and select, and the
        /// sign (and, or): 3n + 15; plus 2 for the tiny-input check.
        /// </summary>
        public static int Cost(int degree, bool specialPath) => 3 * degree + 15 + (specialPath ? 2 : 0);

        /// <summary>
        /// Free coefficients of piece 0 (C2, C3, ...): all n - 1 up to 8 for float, 13 for double (odd degree 27 on
        /// [0, 0.875], relative error about 2^-67); beyond that the odd piece is far more accurate than the centred ones
        /// need, and the Remez exchange in double-double cannot resolve it, so its higher coefficients are 0.
        /// </summary>
        public static int OddPieceTerms(int degree, ElementKind element) => Math.Min(degree - 1, element == ElementKind.Float32 ? 8 : 13);

        /// <summary>The three pieces of a degree-<paramref name="degree"/> program (n &gt;= 3).</summary>
        public static IReadOnlyList<ErfPiece> Layout(int degree, ElementKind element)
        {
            if (degree < 3) throw new FitException("erf pieces need degree 3 or more (C1, C2 and one more coefficient).");
            var bounds = new[] { 0.0, Split1, Split2(element), Limit(element) };
            var pieces = new List<ErfPiece>();
            pieces.Add(new ErfPiece(0, 0.0, Split1, 0.0, new FitProblem(
                "erf(a) = C1·a + a·R(a²)", TargetFunctions.Erf(), 0.0, Split1,
                new[] { new FixedTerm(1, TwoOverSqrtPi(element)) }, FitProblem.Powers(1, OddPieceTerms(degree, element), 2), ErrorMeasure.Relative)));
            for (int k = 1; k < Pieces; k++)
            {
                double low = bounds[k], high = bounds[k + 1];
                double center = Center(low, high, element);
                double c0 = ErfRounded(center, element);
                pieces.Add(new ErfPiece(k, low, high, center, new FitProblem(
                    $"erf(c + t) = C0 + C1·t + ... (c = {Format(center, element)})", TargetFunctions.ErfShifted(center),
                    low - center, high - center, new[] { new FixedTerm(0, c0) }, FitProblem.Powers(1, degree), ErrorMeasure.Relative)));
            }
            return pieces;
        }

        /// <summary>
        /// A machine number near the middle of [low, high] (moved into [high/2, 2·low] so that a - c is exact) whose erf
        /// is closest to a machine number: of 4096 candidates spaced about 2^-16 apart in relative terms (deterministic),
        /// the one with the smallest |erf(c) - round(erf(c))| in ULPs.
        /// </summary>
        public static double Center(double low, double high, ElementKind element)
        {
            bool single = element == ElementKind.Float32;
            double target = Math.Clamp(0.5 * (low + high), high / 2, 2 * low);
            using var input = new MpfrFloat(64);
            using var value = new MpfrFloat(192);
            using var rounded = new MpfrFloat(192);
            double best = Round(target, element);
            double bestDistance = double.PositiveInfinity;
            for (int i = -2048; i < 2048; i++)
            {
                double c = single
                    ? BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits((float)target) + i * 101)
                    : BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(target) + i * 101L * (1L << 29));
                if (c < high / 2 || c > 2 * low) continue;
                input.Set(c);
                MpfrNative.mpfr_erf(value.Handle, input.Handle, MpfrRounding.ToNearest);
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

        private static double ErfRounded(double x, ElementKind element)
        {
            using var input = new MpfrFloat(64);
            using var value = new MpfrFloat(192);
            input.Set(x);
            MpfrNative.mpfr_erf(value.Handle, input.Handle, MpfrRounding.ToNearest);
            return element == ElementKind.Float32 ? value.ToSingle() : value.ToDouble();
        }

        private static double Round(double x, ElementKind element) => element == ElementKind.Float32 ? (float)x : x;

        public static string Format(double x, ElementKind element) =>
            element == ElementKind.Float32 ? HexFloatText.Format((float)x) : HexFloatText.Format(x);

        /// <summary>The constants besides the coefficients, as the catalog entry lists them first.</summary>
        public static IReadOnlyList<(string Name, string HexFloat)> LayoutConstants(bool specialPath, ElementKind element)
        {
            var constants = new List<(string, string)>
            {
                ("Split1", Format(Split1, element)),
                ("Split2", Format(Split2(element), element)),
                ("Limit", Format(Limit(element), element)),
            };
            if (specialPath) constants.Add(("Tiny", Format(Tiny(element), element)));
            return constants;
        }
    }
}
