using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Fitting;
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

        /// <summary>End of the odd piece: where its last step, C1·a + a·R(a²), starts adding corrections whose roundings approach half an ULP.</summary>
        public const double Split1 = 0.875;

        public const int Pieces = 3;

        public static double Split2(ElementKind element) => element == ElementKind.Float32 ? 2.25 : 3.0;

        /// <summary>3.92 as a float (erf rounds to 1 from 3.9192 on), 5.93 for double (from 5.9216 on).</summary>
        public static double Limit(ElementKind element) => element == ElementKind.Float32 ? (float)3.92 : 5.93;

        /// <summary>Below this |x| the special path forms C1·a + C2·a scaled up (a·C2 would be subnormal): 2^-100 or 2^-960.</summary>
        public static double Tiny(ElementKind element) => Math.Pow(2, element == ElementKind.Float32 ? -100 : -960);

        /// <summary>2/√π rounded to the format: piece 0's fixed linear coefficient.</summary>
        public static double TwoOverSqrtPi(ElementKind element) => element == ElementKind.Float32 ? (float)1.1283791670955126 : 1.1283791670955126;

        /// <summary>
        /// Free coefficients of piece 0 (C2, C3, ...): all n - 1 up to 8 for float, 13 for double (odd degree 27 on
        /// [0, 0.875], relative error about 2^-67); beyond that the odd piece is far more accurate than the centred ones
        /// need, and the Remez exchange in double-double cannot resolve it, so its higher coefficients are 0.
        /// </summary>
        public static int OddPieceTerms(int degree, ElementKind element) => Math.Min(degree - 1, element == ElementKind.Float32 ? 8 : 13);

        public override bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax) => function == MathFunctionId.Erf;

        public override IEnumerable<int> Degrees(ElementKind element) => element == ElementKind.Float32 ? Enumerable.Range(3, 12) : Enumerable.Range(16, 15);

        /// <summary>
        /// Three pieces: [0, 0.875) odd, erf a = C1·a + a·R(a²) with C1 = 2/√π rounded held fixed (the free C2 then carries
        /// its rounding error, which tiny inputs need); [0.875, Split2) and [Split2, Limit] as C0 + C1·t + ... in
        /// t = a - centre, with C0 = erf(centre) rounded held fixed. Each centre is a machine number near the middle of its
        /// piece whose erf lies within a small fraction of an ULP of its rounding, so the fixed C0 costs the fit nothing (a
        /// plainly rounded C0 cost the float degree-9 fit 2 bits); every centre keeps c/2 &lt;= a &lt;= 2c over its piece, so
        /// t = a - c is exact (Sterbenz). A lane's result depends on its own piece's coefficients only, so each piece is
        /// polished on its own inputs. Three pieces rather than more: each piece costs a selection per coefficient, so for
        /// float three pieces of degree 9 (cost 45) beat four, which need degree 8 (degree 7 leaves pieces at 2^-24.4,
        /// sollya remez); double needs three of degree 23.
        /// </summary>
        public override FitLayout Layout(FitQuery query, IFitNumerics numerics)
        {
            if (query.Degree < 3) throw new NotSupportedException("erf pieces need degree 3 or more (C1, C2 and one more coefficient).");
            ElementKind element = query.Element;
            string Hex(double value) => HexFloats.Format(value, element);
            var bounds = new[] { 0.0, Split1, Split2(element), Limit(element) };
            var cores = new List<CoreFit>();
            var slots = new List<LayoutSlot>
            {
                LayoutSlot.Fixed("Split1", Hex(Split1)),
                LayoutSlot.Fixed("Split2", Hex(Split2(element))),
                LayoutSlot.Fixed("Limit", Hex(Limit(element))),
            };
            if (query.SpecialPath) slots.Add(LayoutSlot.Fixed("Tiny", Hex(Tiny(element))));
            for (int k = 0; k < Pieces; k++)
            {
                string p = "P" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
                double low = bounds[k], high = bounds[k + 1];
                if (k == 0)
                {
                    IReadOnlyList<int> odd = FitLayout.Powers(1, OddPieceTerms(query.Degree, element), 2);
                    var names = FitLayout.Names(p + "C", FitLayout.Powers(2, odd.Count));
                    cores.Add(new CoreFit("erf(a) = C1·a + a·R(a²)", CoreTarget.Function, 0.0, Split1, new[] { new FixedTerm(1, TwoOverSqrtPi(element)) }, odd, names,
                        PolishRange: new SampleRange(Tiny(element), Split1, 0.0, Split1)));
                    slots.Add(LayoutSlot.Fixed(p + "Center", Hex(0.0)));
                    slots.Add(LayoutSlot.Fixed(p + "C1", Hex(TwoOverSqrtPi(element))));
                    for (int j = 0; j < names.Count; j++) slots.Add(LayoutSlot.Fitted(names[j], 0, j));
                    // The chain is as long as the centred pieces': the odd piece's terms beyond its free ones are 0.
                    for (int j = names.Count + 2; j <= query.Degree; j++) slots.Add(LayoutSlot.Fixed(p + "C" + j.ToString(System.Globalization.CultureInfo.InvariantCulture), Hex(0.0)));
                    continue;
                }
                double center = numerics.NearlyExactCenter(MathFunctionId.Erf, low, high, element);
                double c0 = numerics.Rounded(MathFunctionId.Erf, center, element);
                IReadOnlyList<int> powers = FitLayout.Powers(1, query.Degree);
                var coefficientNames = FitLayout.Names(p + "C", powers);
                cores.Add(new CoreFit($"erf(c + t) = C0 + C1·t + ... (c = {Hex(center)})", CoreTarget.FunctionAroundCenter, low - center, high - center,
                    new[] { new FixedTerm(0, c0) }, powers, coefficientNames, center, new SampleRange(low, high, low, high)));
                slots.Add(LayoutSlot.Fixed(p + "Center", Hex(center)));
                slots.Add(LayoutSlot.Fixed(p + "C0", Hex(c0)));
                for (int j = 0; j < coefficientNames.Count; j++) slots.Add(LayoutSlot.Fitted(coefficientNames[j], cores.Count - 1, j));
            }
            return new FitLayout(cores, slots, new SampleRange(0.0, Limit(element), 0.0, Limit(element)));
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
