using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
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
    internal sealed class ErfProgramEmitter : ProgramEmitter
    {
        private readonly ProgramConstants _c;

        public ErfProgramEmitter(CatalogEntry entry)
            : base(entry) => _c = new ProgramConstants(entry);

        /// <summary>Pieces of the program: P0Center, P1Center, ... exist.</summary>
        private int PieceCount
        {
            get
            {
                int k = 0;
                while (_c.Has(Name(k, "Center"))) k++;
                return k;
            }
        }

        /// <summary>Highest coefficient index n: piece 0 has C1..Cn, the others C0..Cn.</summary>
        private int Degree
        {
            get
            {
                int n = 0;
                while (_c.Has(Name(0, "C" + (n + 1).ToString(CultureInfo.InvariantCulture)))) n++;
                return n;
            }
        }

        private static string Name(int piece, string what) => "P" + piece.ToString(CultureInfo.InvariantCulture) + what;

        /// <summary>Entries without a Tiny constant (bounded domains away from 0) have no special path.</summary>
        private bool HasSpecialPath => _c.Has("Tiny");

        /// <summary>
        /// 2^64 for float, 2^128 for double: scales tiny inputs (subnormals included) so that a·C2, C2 being about
        /// 2^-25 or 2^-54 of C1, is a normal number.
        /// </summary>
        private static int TinyScaleExponent(ElementTypeNames t) => t.IsSingle ? 64 : 128;

        public override string? FastPathCondition(int bits, string x) =>
            HasSpecialPath ? NotTiny(new KernelOps(ElementTypeNames.For(Entry.Element), bits), x) : null;

        /// <summary>
        /// (bits(x)·2 - 2) as unsigned is at least (bits(Tiny)·2 - 2) exactly when |x| &gt;= Tiny, x is ±0 (wraps to the
        /// top), infinite or NaN: the doubling drops the sign.
        /// </summary>
        private string NotTiny(KernelOps o, string x)
        {
            bool single = o.Types.IsSingle;
            string bound = single
                ? "0x" + unchecked((uint)((System.BitConverter.ToInt32(System.BitConverter.GetBytes((float)_c["Tiny"]), 0) << 1) - 2)).ToString("X8", CultureInfo.InvariantCulture) + "u"
                : "0x" + unchecked((ulong)((System.BitConverter.DoubleToInt64Bits(_c["Tiny"]) << 1) - 2)).ToString("X16", CultureInfo.InvariantCulture) + "UL";
            string unsigned = single ? "uint" : "ulong";
            if (o.IsScalar)
            {
                return $"({unsigned})({o.ShiftLeft(o.AsInt(x), 1)} - {o.IntConst(2)}) >= {bound}";
            }
            string vc = ElementTypeNames.VectorClass(o.Bits);
            return $"{vc}.GreaterThanOrEqualAll({vc}.{(single ? "AsUInt32" : "AsUInt64")}({o.ShiftLeft(o.AsInt(x), 1)} - {o.IntConst(2)}), {vc}.Create({bound}))";
        }

        public override void EmitConstants(SourceWriter w, ElementTypeNames t)
        {
            var derived = new List<(string, double, string)> { ("One", 1.0, "1: erf a for a above Limit, rounded to float") };
            if (HasSpecialPath)
            {
                int e = TinyScaleExponent(t);
                string p = e.ToString(CultureInfo.InvariantCulture);
                derived.Add(("TinyScale", System.Math.Pow(2, e), $"2^{p}: below Tiny, a·2^{p}·C2 is a normal number"));
                derived.Add(("TinyUnscale", System.Math.Pow(2, -e), $"2^-{p}"));
            }
            _c.Emit(w, t, derived.ToArray());
        }

        public override void EmitScalar(SourceWriter w, ElementTypeNames t) => EmitPaths(w, new KernelOps(t, 0));

        public override void EmitVector(SourceWriter w, ElementTypeNames t, int bits) => EmitPaths(w, new KernelOps(t, bits));

        private void EmitPaths(SourceWriter w, KernelOps o)
        {
            string fast = HasSpecialPath ? o.FunctionName + "Fast" : o.FunctionName;
            string special = o.FunctionName + "Special";
            if (HasSpecialPath)
            {
                w.WriteLine(KernelOps.AggressiveInlining);
                using (o.OpenMethod(w, o.FunctionName, isPublic: true))
                {
                    w.WriteLine($"return {NotTiny(o, "x")} ? {fast}(x) : {special}(x);");
                }
                w.WriteLine();
            }
            EmitFastPath(w, o, fast, isPublic: !HasSpecialPath);
            if (!HasSpecialPath)
            {
                return;
            }
            w.WriteLine();
            w.WriteLine("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
            using (o.OpenMethod(w, special, isPublic: false))
            {
                w.WriteLine($"{o.Float} a = {o.Abs("x")};");
                w.WriteLine($"{o.Float} big = a * {o.Const("TinyScale")};");
                w.WriteLine($"{o.Float} tiny = {o.MulAdd(o.Const("P0C1"), "big", "big * " + o.Const("P0C2"))} * {o.Const("TinyUnscale")};");
                w.WriteLine($"tiny = {SignOf("x", "tiny", o)};");
                w.WriteLine($"return {o.Select(o.LessThan("a", o.Const("Tiny")), "tiny", fast + "(x)")};");
            }
        }

        private static string SignOf(string x, string y, KernelOps o) =>
            o.AsFloat($"{o.AsInt(y)} | ({o.AsInt(x)} & {o.IntConst(o.Types.IsSingle ? unchecked((int)0x80000000) : long.MinValue)})");

        private void EmitFastPath(SourceWriter w, KernelOps o, string name, bool isPublic)
        {
            int pieces = PieceCount;
            int n = Degree;
            string mask = o.IsScalar ? "bool" : o.Float;
            w.WriteLine(KernelOps.AggressiveInlining);
            using (o.OpenMethod(w, name, isPublic))
            {
                w.WriteLine($"{o.Float} a = {o.Abs("x")};");
                for (int k = 1; k < pieces; k++)
                {
                    string i = k.ToString(CultureInfo.InvariantCulture);
                    w.WriteLine($"{mask} below{i} = {o.LessThan("a", o.Const("Split" + i))};");
                }
                // The selections do not depend on the polynomial, so they overlap with it. Piece 0 has no C0, and its
                // C1 is the multiplier of the last step rather than the constant term of q.
                w.WriteLine($"{o.Float} center = {Selected(o, 0, pieces, "Center")};");
                w.WriteLine($"{o.Float} c0 = {Selected(o, 1, pieces, "C0")};");
                w.WriteLine($"{o.Float} c1 = {o.Select("below1", Zero(o), "(" + Selected(o, 1, pieces, "C1") + ")")};");
                for (int j = 2; j <= n; j++)
                {
                    string c = "C" + j.ToString(CultureInfo.InvariantCulture);
                    w.WriteLine($"{o.Float} c{j.ToString(CultureInfo.InvariantCulture)} = {Selected(o, 0, pieces, c)};");
                }
                w.WriteLine($"{o.Float} t = a - center;");
                w.WriteLine($"{o.Float} u = {o.Select("below1", "t * t", "t")};");
                string r = "c" + n.ToString(CultureInfo.InvariantCulture);
                for (int j = n - 1; j >= 2; j--)
                {
                    r = o.MulAdd(r, "u", "c" + j.ToString(CultureInfo.InvariantCulture));
                }
                w.WriteLine($"{o.Float} r = {r};");
                w.WriteLine($"{o.Float} q = {o.MulAdd("t", "r", "c1")};");
                // Piece 0: C1·a exact inside the fused multiply-add plus the small a·R(a²); others: C0 + t·q, one rounding.
                string multiplier = o.Select("below1", o.Const("P0C1"), "q");
                string addend = o.Select("below1", "q", "c0");
                w.WriteLine($"{o.Float} y = {o.MulAdd("t", "(" + multiplier + ")", "(" + addend + ")")};");
                // Comparisons are false for NaN, which keeps its value; infinities get 1.
                w.WriteLine($"y = {o.Select(o.GreaterThan("a", o.Const("Limit")), o.Const("One"), "y")};");
                w.WriteLine($"return {SignOf("x", "y", o)};");
            }
        }

        private static string Zero(KernelOps o) => o.IsScalar
            ? (o.Types.IsSingle ? "0f" : "0d")
            : $"{ElementTypeNames.VectorClass(o.Bits)}<{o.Types.Scalar}>.Zero";

        /// <summary>
        /// The constant <paramref name="what"/> of the lane's piece among pieces <paramref name="first"/>.. (piece k where
        /// a &lt; Split(k+1), else the last).
        /// </summary>
        private static string Selected(KernelOps o, int first, int pieces, string what)
        {
            string value = o.Const(Name(pieces - 1, what));
            for (int k = pieces - 2; k >= first; k--)
            {
                string below = "below" + (k + 1).ToString(CultureInfo.InvariantCulture);
                value = o.Select(below, o.Const(Name(k, what)), k == pieces - 2 ? value : "(" + value + ")");
            }
            return value;
        }
    }
}
