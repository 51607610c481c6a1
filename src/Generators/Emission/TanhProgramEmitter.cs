using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// tanh for float, odd, computed on |x| with the sign put back at the end, with no special path: |x| is clamped to
    /// ClampHigh, where tanh already rounds to 1, so 2^k stays normal and infinities give ±1. Two families:
    /// <see cref="KernelAlgorithm.TanhExpM1Quotient"/> and its plain variant compute -m/(2 + m) with m = e^-2|x| - 1 for
    /// every input (see <see cref="EmitExpM1Path"/>, <see cref="EmitExpM1ShortPath"/>); the odd-polynomial programs compute |x| + |x|³·P(x²) below PolyLimit and
    /// (1 - t)/(1 + t) with t = e^-2|x| above it, both for every lane, selected per lane (NaN, for which every comparison
    /// is false, goes through the polynomial and comes out as x quieted).
    /// </summary>
    /// <remarks>
    /// Above PolyLimit t &lt;= e^-2·PolyLimit, so 1 - t does not cancel much and the error of t is damped by
    /// 2t/((1 - t)(1 + t)) &lt; 1 in the result. <see cref="KernelAlgorithm.TanhExpQuotient"/> carries t, 1 - t and 1 + t in
    /// two floats and corrects the quotient (<see cref="ExpQuotientSteps"/>); <see cref="KernelAlgorithm.TanhExpQuotientShort"/>
    /// divides the rounded values. The exp core's coefficients are E2, E3, ...; the odd polynomial's are C0, C1, ...
    /// for tanh(x) = x + x³·(C0 + C1·x² + ...).
    /// </remarks>
    internal sealed class TanhProgramEmitter : ProgramEmitter
    {
        private readonly ProgramConstants _c;

        public TanhProgramEmitter(CatalogEntry entry)
            : base(entry) => _c = new ProgramConstants(entry);

        private bool CarriesLowParts => Entry.Algorithm == KernelAlgorithm.TanhExpQuotient;

        public override void EmitConstants(SourceWriter w, ElementTypeNames t) => _c.Emit(
            w,
            t,
            ("Shifter", 1.5 * (1 << 23) + 127, "1.5*2^23 + 127: adding it rounds to an integer k and leaves k + bias in the low bits"),
            ("One", 1.0, "1"),
            ("MinusTwo", -2.0, "-2"),
            ("Two", 2.0, "2"),
            ("NegativeZero", -0.0, "-0: the sign bit alone"));

        public override void EmitScalar(SourceWriter w, ElementTypeNames t) => EmitPath(w, new KernelOps(t, 0));

        public override void EmitVector(SourceWriter w, ElementTypeNames t, int bits) => EmitPath(w, new KernelOps(t, bits));

        private void EmitPath(SourceWriter w, KernelOps o)
        {
            if (Entry.Algorithm == KernelAlgorithm.TanhExpM1Quotient)
            {
                EmitExpM1Path(w, o);
                return;
            }
            if (Entry.Algorithm == KernelAlgorithm.TanhExpM1QuotientShort)
            {
                EmitExpM1ShortPath(w, o);
                return;
            }
            w.WriteLine(KernelOps.AggressiveInlining);
            using (o.OpenMethod(w, o.FunctionName, isPublic: true))
            {
                w.WriteLine($"{o.Float} ax = {o.Abs("x")};");
                w.WriteLine($"{o.Float} clamped = {o.Select(o.GreaterThan("ax", o.Const("ClampHigh")), o.Const("ClampHigh"), "ax")};");
                w.WriteLine($"{o.Float} a = clamped * {o.Const("MinusTwo")};");
                ExpQuotientSteps.EmitExp(w, o, "a", _c.Coefficients("E", 2), CarriesLowParts);
                ExpQuotientSteps.EmitOnePlus(w, o, CarriesLowParts);
                w.WriteLine($"{o.Float} nh = {o.Const("One")} - th;");
                string large;
                if (CarriesLowParts)
                {
                    // Fast2Sum of 1 and -th (th <= 1): nh + nl = 1 - th - tl.
                    w.WriteLine($"{o.Float} nl = (({o.Const("One")} - nh) - th) - tl;");
                    ExpQuotientSteps.EmitCorrectedQuotient(w, o, "nh", "nl");
                    large = "q";
                }
                else
                {
                    large = "nh / dh";
                }
                w.WriteLine($"{o.Float} s = ax * ax;");
                w.WriteLine($"{o.Float} small = {o.MulAdd("ax * s", PolynomialSchemes.Horner(o, _c.Coefficients(0), "s"), "ax")};");
                // NaN lanes fail the comparison and take the polynomial, whose NaN is |x| quieted whichever operand it
                // came from, so the result is x quieted on every path.
                w.WriteLine($"{o.Float} magnitude = {o.Select(o.GreaterThan("ax", o.Const("PolyLimit")), large, "small")};");
                w.WriteLine($"return {o.BitwiseOr("magnitude", o.BitwiseAnd("x", o.Const("NegativeZero")))};");
            }
        }

        /// <summary>
        /// <see cref="KernelAlgorithm.TanhExpM1Quotient"/>: m = e^a - 1 for a = -2|x| as (2^k - 1) + 2^k·(v + vlo), where
        /// v + vlo = r + r²·P(r) + e exactly (Fast2Sum, |r²·P + e| &lt; |r|) and 2^k - 1 is split exactly (Fast2Sum of -1
        /// and 2^k); m is then mh + ml (Fast2Sum: |2^k - 1| &gt;= |2^k·v| unless k = 0, where 2^k - 1 = 0 and the sum is
        /// exact anyway), 2 + m is dh + dl, and |x| gives |m/(2 + m)|. NaN goes through the arithmetic and comes out as x
        /// quieted (a NaN's sign is its own, and the sign bit put back is x's).
        /// </summary>
        private void EmitExpM1Path(SourceWriter w, KernelOps o)
        {
            w.WriteLine(KernelOps.AggressiveInlining);
            using (o.OpenMethod(w, o.FunctionName, isPublic: true))
            {
                EmitExpM1Reduction(w, o);
                w.WriteLine($"{o.Float} e = {o.MulAdd("kf", o.Const("NegLn2Lo"), "rh - r")};");
                w.WriteLine($"{o.Float} r2 = r * r;");
                w.WriteLine($"{o.Float} p = {PolynomialSchemes.Horner(o, _c.Coefficients(2), "r")};");
                w.WriteLine($"{o.Float} tail = {o.MulAdd("r2", "p", "e")};");
                w.WriteLine($"{o.Float} v = r + tail;");
                w.WriteLine($"{o.Float} vlo = tail - (v - r);");
                w.WriteLine($"{o.Float} scale = {o.AsFloat(o.ShiftLeft(o.AsInt("z"), 23))};");
                w.WriteLine($"{o.Float} sm1 = scale - {o.Const("One")};");
                w.WriteLine($"{o.Float} sm1lo = scale - (sm1 + {o.Const("One")});");
                w.WriteLine($"{o.Float} sv = scale * v;");
                w.WriteLine($"{o.Float} mh = sm1 + sv;");
                w.WriteLine($"{o.Float} ml = ((sv - (mh - sm1)) + scale * vlo) + sm1lo;");
                w.WriteLine($"{o.Float} dh = {o.Const("Two")} + mh;");
                w.WriteLine($"{o.Float} dl = (mh - (dh - {o.Const("Two")})) + ml;");
                ExpQuotientSteps.EmitCorrectedQuotient(w, o, "mh", "ml");
                w.WriteLine($"return {o.BitwiseOr(o.Abs("q"), o.BitwiseAnd("x", o.Const("NegativeZero")))};");
            }
        }

        /// <summary>
        /// The reduction both e^r - 1 programs start with: a = -2·min(|x|, ClampHigh), k = round(a/ln2) by the shifter
        /// (z keeps k + bias in its low bits), r = a - k·ln2 with Ln2Hi exact (rh) and Ln2Lo rounded.
        /// </summary>
        private static void EmitExpM1Reduction(SourceWriter w, KernelOps o)
        {
            w.WriteLine($"{o.Float} ax = {o.Abs("x")};");
            w.WriteLine($"{o.Float} clamped = {o.Select(o.GreaterThan("ax", o.Const("ClampHigh")), o.Const("ClampHigh"), "ax")};");
            w.WriteLine($"{o.Float} a = clamped * {o.Const("MinusTwo")};");
            w.WriteLine($"{o.Float} z = {o.MulAdd("a", o.Const("InvLn2"), o.Const("Shifter"))};");
            w.WriteLine($"{o.Float} kf = z - {o.Const("Shifter")};");
            w.WriteLine($"{o.Float} rh = {o.MulAdd("kf", o.Const("NegLn2Hi"), "a")};");
            w.WriteLine($"{o.Float} r = {o.MulAdd("kf", o.Const("NegLn2Lo"), "rh")};");
        }

        /// <summary>
        /// <see cref="KernelAlgorithm.TanhExpM1QuotientShort"/>: m = (2^k - 1) + 2^k·(r + r²·P(r)) in one fused
        /// multiply-add (k = 0 leaves r = -2|x| exact, so small |x| keeps its relative accuracy), then |m/(2 + m)|.
        /// </summary>
        private void EmitExpM1ShortPath(SourceWriter w, KernelOps o)
        {
            w.WriteLine(KernelOps.AggressiveInlining);
            using (o.OpenMethod(w, o.FunctionName, isPublic: true))
            {
                EmitExpM1Reduction(w, o);
                w.WriteLine($"{o.Float} p = {PolynomialSchemes.Horner(o, _c.Coefficients(2), "r")};");
                w.WriteLine($"{o.Float} v = {o.MulAdd("r * r", "p", "r")};");
                w.WriteLine($"{o.Float} scale = {o.AsFloat(o.ShiftLeft(o.AsInt("z"), 23))};");
                w.WriteLine($"{o.Float} m = {o.MulAdd("scale", "v", "scale - " + o.Const("One"))};");
                w.WriteLine($"{o.Float} q = m / ({o.Const("Two")} + m);");
                w.WriteLine($"return {o.BitwiseOr(o.Abs("q"), o.BitwiseAnd("x", o.Const("NegativeZero")))};");
            }
        }
    }
}
