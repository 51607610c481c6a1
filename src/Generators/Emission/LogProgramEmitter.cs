using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// ln x and log2 x: x = 2^k·m with m in [sqrt(1/2), sqrt(2)) taken from the bits (subtracting the bits of sqrt(1/2)
    /// moves the binade boundary there), f = m - 1 exactly (Sterbenz), and a polynomial in f or, for double, in
    /// s = f/(2 + f).
    /// </summary>
    /// <remarks>
    /// The fast path takes positive normal finite inputs, detected with one unsigned comparison of the bits. The
    /// special path scales subnormals by 2^p (exact) and corrects k, and maps 0 to -Inf, negatives to NaN, +Inf to
    /// +Inf and NaN to itself (quieted); for normal lanes it computes exactly what the fast path does.
    /// </remarks>
    internal sealed class LogProgramEmitter : ProgramEmitter
    {
        private readonly ProgramConstants _c;

        public LogProgramEmitter(CatalogEntry entry)
            : base(entry) => _c = new ProgramConstants(entry);

        private bool IsBase2 => Entry.Algorithm == KernelAlgorithm.Log2ExponentSplit || Entry.Algorithm == KernelAlgorithm.Log2AtanhSeries;

        private bool UsesAtanhSeries => Entry.Algorithm == KernelAlgorithm.LogAtanhSeries || Entry.Algorithm == KernelAlgorithm.Log2AtanhSeries;

        private static int MantissaBits(ElementTypeNames t) => t.IsSingle ? 23 : 52;

        public override string? FastPathCondition(int bits, string x) => FastTest(new KernelOps(ElementTypeNames.For(Entry.Element), bits), x);

        /// <summary>One unsigned comparison of the bits accepts exactly the positive normal finite inputs.</summary>
        private static string FastTest(KernelOps o, string x)
        {
            var t = o.Types;
            string minNormalBits = t.IsSingle ? "0x00800000" : "0x0010000000000000L";
            string normalSpan = t.IsSingle ? "0x7F000000u" : "0x7FE0000000000000UL";
            if (o.IsScalar)
            {
                return $"({(t.IsSingle ? "uint" : "ulong")})({o.AsInt(x)} - {minNormalBits}) < {normalSpan}";
            }
            string vc = ElementTypeNames.VectorClass(o.Bits);
            return $"{vc}.LessThanAll({vc}.{(t.IsSingle ? "AsUInt32" : "AsUInt64")}({o.AsInt(x)} - {vc}.Create({minNormalBits})), {vc}.Create({normalSpan}))";
        }

        public override void EmitConstants(SourceWriter w, ElementTypeNames t)
        {
            int p = MantissaBits(t);
            _c.Emit(
                w,
                t,
                ("One", 1.0, "1"),
                ("Half", 0.5, "1/2"),
                ("Two", 2.0, "2"),
                ("MinNormal", t.IsSingle ? 1.1754943508222875e-38 : 2.2250738585072014e-308, t.IsSingle ? "0x1p-126" : "0x1p-1022"),
                ("SubnormalScale", System.Math.Pow(2, p), $"0x1p{p}: makes a subnormal normal, exactly"));
        }

        public override void EmitScalar(SourceWriter w, ElementTypeNames t) => EmitPaths(w, new KernelOps(t, 0));

        public override void EmitVector(SourceWriter w, ElementTypeNames t, int bits) => EmitPaths(w, new KernelOps(t, bits));

        private void EmitPaths(SourceWriter w, KernelOps o)
        {
            var t = o.Types;
            int p = MantissaBits(t);
            string vc = ElementTypeNames.VectorClass(o.Bits);
            using (OpenFastPath(w, o, FastTest(o, "x")))
            {
                w.WriteLine($"{o.Int} ix = {o.AsInt("x")};");
                EmitCore(w, o, "ix", kAdjustment: null);
                w.WriteLine("return y;");
            }
            w.WriteLine();
            using (OpenSpecialPath(w, o))
            {
                string s = t.Scalar;
                if (o.IsScalar)
                {
                    w.WriteLine($"if ({s}.IsNaN(x)) return x + x;");
                    w.WriteLine($"if (x == 0) return {s}.NegativeInfinity;");
                    w.WriteLine($"if (x < 0) return {s}.NaN;");
                    w.WriteLine($"if ({s}.IsPositiveInfinity(x)) return x;");
                    w.WriteLine($"{o.Int} ix = {o.AsInt("x * SubnormalScale")};");
                    EmitCore(w, o, "ix", kAdjustment: (-p).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    w.WriteLine("return y;");
                    return;
                }
                string intMask = t.IsSingle ? "AsInt32" : "AsInt64";
                w.WriteLine($"{o.Float} subnormal = {vc}.LessThan(x, {o.Const("MinNormal")});");
                w.WriteLine($"{o.Int} ix = {o.AsInt(o.Select("subnormal", "x * " + o.Const("SubnormalScale"), "x"))};");
                w.WriteLine($"{o.Int} kAdjust = {vc}.ConditionalSelect({vc}.{intMask}(subnormal), {o.IntConst(-p)}, {o.IntConst(0)});");
                EmitCore(w, o, "ix", kAdjustment: "kAdjust");
                w.WriteLine($"y = {vc}.ConditionalSelect({vc}.Equals(x, {vc}<{s}>.Zero), {vc}.Create({s}.NegativeInfinity), y);");
                w.WriteLine($"y = {vc}.ConditionalSelect({vc}.LessThan(x, {vc}<{s}>.Zero), {vc}.Create({s}.NaN), y);");
                w.WriteLine($"y = {vc}.ConditionalSelect({vc}.Equals(x, {vc}.Create({s}.PositiveInfinity)), x, y);");
                w.WriteLine($"return {o.KeepNaN("x", "y")};");
            }
        }

        /// <summary>Writes y = log(x) from the bits of x (and an exponent correction for pre-scaled subnormals).</summary>
        private void EmitCore(SourceWriter w, KernelOps o, string bits, string? kAdjustment)
        {
            var t = o.Types;
            int p = MantissaBits(t);
            long offset = t.IsSingle ? 0x3F3504F3 : 0x3FE6A09E667F3BCD; // bits of sqrt(1/2)
            w.WriteLine($"{o.Int} tmp = {bits} - {o.IntConst(offset)};");
            w.WriteLine($"{o.Int} k = {o.ShiftRightArithmetic("tmp", p)};");
            w.WriteLine($"{o.Float} f = {o.AsFloat(bits + " - " + o.ShiftLeft("k", p))} - {o.Const("One")};");
            w.WriteLine($"{o.Float} kf = {o.IntToFloat(kAdjustment is null ? "k" : "k + " + kAdjustment)};");
            if (!UsesAtanhSeries)
            {
                w.WriteLine($"{o.Float} f2 = f * f;");
                w.WriteLine($"{o.Float} p = {PolynomialSchemes.Evaluate(w, o, Entry.Scheme, _c.Coefficients(2), "f", "fp")};");
                if (IsBase2)
                {
                    w.WriteLine($"{o.Float} t = {o.MulAdd("f", o.Const("InvLn2Lo"), "f2 * p")};");
                    w.WriteLine($"{o.Float} y = kf + {o.MulAdd("f", o.Const("InvLn2Hi"), "t")};");
                }
                else
                {
                    w.WriteLine($"{o.Float} y = {o.MulAdd("kf", o.Const("Ln2"), "f + f2 * p")};");
                }
                return;
            }
            // s = f/(2+f) makes ln(1+f) = 2·atanh(s), an odd series in s with |s| <= 0.1716: few terms for double.
            w.WriteLine($"{o.Float} s = f / (f + {o.Const("Two")});");
            w.WriteLine($"{o.Float} z = s * s;");
            w.WriteLine($"{o.Float} r = z * {PolynomialSchemes.Evaluate(w, o, Entry.Scheme, _c.Coefficients(1), "z", "z")};");
            w.WriteLine($"{o.Float} hfsq = {o.Const("Half")} * f * f;");
            if (IsBase2)
            {
                // ln(1+f) = hi + lo with hi = f - hfsq; scale both by 1/ln2 = InvLn2Hi + InvLn2Lo.
                w.WriteLine($"{o.Float} hi = f - hfsq;");
                w.WriteLine($"{o.Float} lo = {o.MulAdd("s", "hfsq + r", "(f - hi) - hfsq")};");
                w.WriteLine($"{o.Float} tail = {o.MulAdd("lo", o.Const("InvLn2Hi"), "(lo + hi) * " + o.Const("InvLn2Lo"))};");
                w.WriteLine($"{o.Float} y = kf + {o.MulAdd("hi", o.Const("InvLn2Hi"), "tail")};");
            }
            else
            {
                w.WriteLine($"{o.Float} y = {o.MulAdd("kf", o.Const("Ln2Hi"), "f - (hfsq - " + o.MulAdd("s", "hfsq + r", "kf * " + o.Const("Ln2Lo")) + ")")};");
            }
        }
    }
}
