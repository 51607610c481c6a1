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
    /// <param name="Center">The float subtracted from a (0 for piece 0).</param>
    /// <param name="Problem">What the piece's free coefficients approximate.</param>
    internal sealed record ErfPiece(int Index, double Low, double High, float Center, FitProblem Problem);

    /// <summary>
    /// The layout nk-search fit uses for <see cref="KernelAlgorithm.ErfPiecewise"/> on float32: where the pieces split,
    /// their centres, the core problem of each and the program's cost (ErfProgramEmitter is the program).
    /// </summary>
    /// <remarks>
    /// Three pieces: [0, 0.875) odd, erf a = C1·a + a·R(a²) with C1 = 2/√π rounded to float held fixed (the free C2 then
    /// carries its rounding error, which tiny inputs need); [0.875, 2.25) and [2.25, Limit] as C0 + C1·t + ... in
    /// t = a - centre, with C0 = erf(centre) rounded held fixed. Each centre is a float near the middle of its piece whose
    /// erf lies within a small fraction of a float ULP of its rounding, so the fixed C0 costs the fit nothing (a plainly
    /// rounded C0 cost the degree-9 fit 2 bits). Split1 is where piece 0's last step, C1·a + a·R(a²), starts adding
    /// corrections large enough that their roundings approach half an ULP; Limit is the float above which erf rounds to 1.
    /// Every piece is centred so that c/2 &lt;= a &lt;= 2c over it: t = a - c is exact (Sterbenz).
    /// </remarks>
    internal static class ErfPiecewiseShape
    {
        public const double Split1 = 0.875;

        public const double Split2 = 2.25;

        /// <summary>3.92 as a float: erf a rounds to 1 from 3.9192 on.</summary>
        public static readonly float Limit = 3.92f;

        /// <summary>Below this |x| the special path forms C1·a + C2·a scaled by 2^64 (a·C2 would be subnormal).</summary>
        public const double Tiny = 7.888609052210118e-31; // 2^-100

        public const int Pieces = 3;

        /// <summary>2/√π rounded to float: piece 0's fixed linear coefficient.</summary>
        public static readonly float TwoOverSqrtPi = (float)1.1283791670955126;

        /// <summary>
        /// Operations of one fast-path evaluation with coefficients C0..C<paramref name="degree"/>: abs, two compares,
        /// two selections for each of the centre and C2..Cn, one for C0, two for C1, t, t², the u selection, the Horner
        /// chain (n - 2), q, two operand selections, the last fused multiply-add, the Limit compare and select, and the
        /// sign (and, or): 3n + 15; plus 2 for the tiny-input check.
        /// </summary>
        public static int Cost(int degree, bool specialPath) => 3 * degree + 15 + (specialPath ? 2 : 0);

        /// <summary>The three pieces of a degree-<paramref name="degree"/> program (n &gt;= 3).</summary>
        public static IReadOnlyList<ErfPiece> Layout(int degree)
        {
            if (degree < 3) throw new FitException("erf pieces need degree 3 or more (C1, C2 and one more coefficient).");
            var bounds = new[] { 0.0, Split1, Split2, (double)Limit };
            var pieces = new List<ErfPiece>();
            pieces.Add(new ErfPiece(0, 0.0, Split1, 0f, new FitProblem(
                "erf(a) = C1·a + a·R(a²)", TargetFunctions.Erf(), 0.0, Split1,
                new[] { new FixedTerm(1, TwoOverSqrtPi) }, FitProblem.Powers(1, degree - 1, 2), ErrorMeasure.Relative)));
            for (int k = 1; k < Pieces; k++)
            {
                double low = bounds[k], high = bounds[k + 1];
                float center = Center(low, high);
                float c0 = ErfRounded(center);
                pieces.Add(new ErfPiece(k, low, high, center, new FitProblem(
                    $"erf(c + t) = C0 + C1·t + ... (c = {HexFloatText.Format(center)})", TargetFunctions.ErfShifted(center),
                    low - center, high - center, new[] { new FixedTerm(0, c0) }, FitProblem.Powers(1, degree), ErrorMeasure.Relative)));
            }
            return pieces;
        }

        /// <summary>
        /// A float near the middle of [low, high] whose erf is closest to a float: of 4096 floats spaced 101 ULPs apart
        /// around the middle (deterministic), the one with the smallest |erf(c) - float(erf(c))| in ULPs.
        /// </summary>
        public static float Center(double low, double high)
        {
            float middle = (float)(0.5 * (low + high));
            using var input = new MpfrFloat(64);
            using var value = new MpfrFloat(128);
            using var rounded = new MpfrFloat(128);
            float best = middle;
            double bestDistance = double.PositiveInfinity;
            for (int i = -2048; i < 2048; i++)
            {
                float c = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(middle) + i * 101);
                if (c < high / 2 || c > 2 * low) continue;
                input.Set(c);
                MpfrNative.mpfr_erf(value.Handle, input.Handle, MpfrRounding.ToNearest);
                float nearest = value.ToSingle();
                rounded.Set(nearest);
                rounded.Subtract(value, rounded);
                double distance = Math.Abs(Math.ScaleB(rounded.ToDouble(), 23 - Math.ILogB(nearest)));
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = c;
                }
            }
            return best;
        }

        private static float ErfRounded(float x)
        {
            using var input = new MpfrFloat(64);
            using var value = new MpfrFloat(128);
            input.Set(x);
            MpfrNative.mpfr_erf(value.Handle, input.Handle, MpfrRounding.ToNearest);
            return value.ToSingle();
        }

        /// <summary>The constants besides the coefficients, as the catalog entry lists them first.</summary>
        public static IReadOnlyList<(string Name, string HexFloat)> LayoutConstants(bool specialPath)
        {
            var constants = new List<(string, string)>
            {
                ("Split1", HexFloatText.Format((float)Split1)),
                ("Split2", HexFloatText.Format((float)Split2)),
                ("Limit", HexFloatText.Format(Limit)),
            };
            if (specialPath) constants.Add(("Tiny", HexFloatText.Format((float)Tiny)));
            return constants;
        }
    }
}
