using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Pieces;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// erf x: odd, so the program works on a = |x| and gives the result the sign of x. [0, Limit] is cut into pieces at
    /// Split1 &lt; Split2 &lt; ...; every lane selects its piece's coefficients, then one polynomial is evaluated.
    /// </summary>
    /// <remarks>
    /// Piece 0 ([0, Split1]) is odd: erf a ≈ C1·a + a·R(a²), R(s) = C2 + C3·s + ..., where C1 is 2/√π rounded to float
    /// and C2 carries most of its rounding error (so tiny and subnormal inputs get C1·a rounded once, within 1 ULP).
    /// Piece k &gt; 0 is a polynomial in t = a - Center_k (exact, Sterbenz), erf a ≈ C0 + t·q with q = C1 + t·R(t), so the
    /// large constant term is added in the last fused multiply-add and the correction rounds once, at its own size.
    /// Both are one chain: t = a - Center (0 for piece 0), r = R(u) with u = t² or t, q = t·r + (0 or C1), and
    /// y = t·(C1 or q) + (q or C0), the pieces differing only in constants and in three selections. Above Limit the float
    /// result is 1. NaN flows through the arithmetic, ±Inf select 1, ±0 stay ±0.
    /// <para>
    /// The special path is for 0 &lt; |x| &lt; Tiny only: there a·C2 falls below the subnormal grid, so the fast path would
    /// lose the low part of 2/√π (up to 1.0001 ULP). The special path scales a by 2^64 (double: 2^128), forms C1·a + C2·a once,
    /// and scales back (exact for normal results, a second rounding only on the subnormal grid). Its other lanes get the
    /// fast path's bits. One unsigned comparison of the doubled bits sends 0, NaN and infinities to the fast path too.
    /// </para>
    /// </remarks>
    internal sealed class ErfAlgorithm : AlgorithmDescriptor
    {
        public static readonly ErfAlgorithm Instance = new ErfAlgorithm();

        private ErfAlgorithm()
            : base(KernelAlgorithm.ErfPiecewise)
        {
        }

        public override string Description => "three pieces on |x|, odd near 0, coefficients selected per lane";

        private static string Name(int piece, string what) => "P" + piece.ToString(CultureInfo.InvariantCulture) + what;

        public override KernelProgram Build(CatalogEntry entry)
        {
            var program = new ProgramBuilder(entry);
            program.Define("One", 1.0, "1: erf a for a above Limit, rounded to float");
            program.Define("Zero", 0.0, "0: piece 0 has no constant term in q");
            int pieces = 0;
            while (program.Has(Name(pieces, "Center"))) pieces++;
            int degree = 0;
            while (program.Has(Name(0, "C" + (degree + 1).ToString(CultureInfo.InvariantCulture)))) degree++;
            bool hasSpecialPath = program.Has("Tiny");
            int tinyExponent = program.IsSingle ? 64 : 128;
            if (hasSpecialPath)
            {
                string e = tinyExponent.ToString(CultureInfo.InvariantCulture);
                program.Define("TinyScale", System.Math.Pow(2, tinyExponent), $"2^{e}: below Tiny, a·2^{e}·C2 is a normal number");
                program.Define("TinyUnscale", System.Math.Pow(2, -tinyExponent), $"2^-{e}");
            }

            BlockBuilder fast = program.Block();
            ProgramBlock fastBlock = fast.Return(FastBody(fast, fast.Input, pieces, degree));
            if (!hasSpecialPath) return program.Build(fastBlock);

            // (bits(x)·2 - 2) as unsigned is at least (bits(Tiny)·2 - 2) exactly when |x| >= Tiny, x is ±0 (wraps to the
            // top), infinite or NaN: the doubling drops the sign.
            BlockBuilder guard = program.Block();
            long tinyBits = program.IsSingle ? FloatBits.Of((float)program["Tiny"]) : FloatBits.Of(program["Tiny"]);
            Value doubled = (guard.BitCast(guard.Input) << 1) - guard.Int(2);
            ProgramBlock guardBlock = guard.Return(guard.UnsignedGreaterThanOrEqual(doubled, guard.Int((tinyBits << 1) - 2)));

            BlockBuilder special = program.Block();
            Value x = special.Input;
            Value a = special.Abs(x).Named("a");
            Value big = (a * special.Constant("TinyScale")).Named("big");
            Value tiny = (special.Fma(special.Constant("P0C1"), big, big * special.Constant("P0C2")) * special.Constant("TinyUnscale")).Named("tiny");
            tiny = FloatBitsPieces.OrSignOf(special, x, tiny).Named("tiny");
            Value inRange = FastBody(special, x, pieces, degree);
            return program.Build(fastBlock, guardBlock, special.Return(special.Select(special.LessThan(a, special.Constant("Tiny")), tiny, inRange)));
        }

        private static Value FastBody(BlockBuilder b, Value x, int pieces, int degree)
        {
            Value a = b.Abs(x).Named("a");
            var below = new Value[pieces];
            for (int k = 1; k < pieces; k++)
            {
                string i = k.ToString(CultureInfo.InvariantCulture);
                below[k] = b.LessThan(a, b.Constant("Split" + i)).Named("below" + i);
            }
            // The selections do not depend on the polynomial, so they overlap with it. Piece 0 has no C0, and its C1 is
            // the multiplier of the last step rather than the constant term of q.
            Value center = Selected(b, below, 0, pieces, "Center").Named("center");
            Value c0 = Selected(b, below, 1, pieces, "C0").Named("c0");
            Value c1 = b.Select(below[1], b.Constant("Zero"), Selected(b, below, 1, pieces, "C1")).Named("c1");
            var c = new Value[degree + 1];
            for (int j = 2; j <= degree; j++)
            {
                string name = j.ToString(CultureInfo.InvariantCulture);
                c[j] = Selected(b, below, 0, pieces, "C" + name).Named("c" + name);
            }
            Value t = (a - center).Named("t");
            Value u = b.Select(below[1], t * t, t).Named("u");
            Value r = c[degree];
            for (int j = degree - 1; j >= 2; j--) r = b.Fma(r, u, c[j]);
            r = r.Named("r");
            Value q = b.Fma(t, r, c1).Named("q");
            // Piece 0: C1·a exact inside the fused multiply-add plus the small a·R(a²); others: C0 + t·q, one rounding.
            Value y = b.Fma(t, b.Select(below[1], b.Constant("P0C1"), q), b.Select(below[1], q, c0)).Named("y");
            // Comparisons are false for NaN, which keeps its value; infinities get 1.
            y = b.Select(b.GreaterThan(a, b.Constant("Limit")), b.Constant("One"), y).Named("y");
            return FloatBitsPieces.OrSignOf(b, x, y);
        }

        /// <summary>
        /// The constant <paramref name="what"/> of the lane's piece among pieces <paramref name="first"/>.. (piece k where
        /// a &lt; Split(k+1), else the last).
        /// </summary>
        private static Value Selected(BlockBuilder b, IReadOnlyList<Value> below, int first, int pieces, string what)
        {
            Value value = b.Constant(Name(pieces - 1, what));
            for (int k = pieces - 2; k >= first; k--) value = b.Select(below[k + 1], b.Constant(Name(k, what)), value);
            return value;
        }
    }
}
