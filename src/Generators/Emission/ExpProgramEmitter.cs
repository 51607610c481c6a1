using System.Collections.Generic;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// e^x and 2^x: x = k·b + r with k an integer found by the round-to-integer shifter, a polynomial for the core on
    /// |r| &lt;= b/2, and the result scaled by 2^k built from the shifter's bits.
    /// </summary>
    /// <remarks>
    /// Adding the shifter 1.5·2^p + bias (p = 23 or 52) rounds x/b to an integer k in the low mantissa bits, already
    /// biased, so shifting those bits into the exponent field gives 2^k with one integer shift. The fast path covers
    /// inputs whose 2^k is a normal number; it multiplies once, so a subnormal result is rounded once, from the
    /// polynomial's value. Larger |x|, infinities and NaN take the special path: x is clamped to where the result is
    /// certainly 0 or infinity, 2^k is applied as two factors so the first product stays exact and the second rounds
    /// once (including to subnormal, 0 or infinity), and NaN is passed through quieted. The fast path's lanes get the
    /// same bits on the special path, so mixing them in one vector is safe.
    /// </remarks>
    internal sealed class ExpProgramEmitter : ProgramEmitter
    {
        private readonly ProgramConstants _c;

        public ExpProgramEmitter(CatalogEntry entry)
            : base(entry) => _c = new ProgramConstants(entry);

        private bool IsBase2 => Entry.Algorithm == KernelAlgorithm.Exp2Rounded;

        /// <summary>
        /// Entries whose domain keeps 2^k normal (no FastLimit constant) have no special path: no range check, no
        /// branch, and the result is unspecified outside the domain, as the contract allows.
        /// </summary>
        private bool HasSpecialPath => _c.Has("FastLimit");

        public override string? FastPathCondition(int bits, string x) =>
            HasSpecialPath ? new KernelOps(ElementTypeNames.For(Entry.Element), bits).AllAbsAtMost(x, "FastLimit") : null;

        private bool CarriesReductionError => Entry.Algorithm == KernelAlgorithm.ExpCodyWaite;

        private static int MantissaBits(ElementTypeNames t) => t.IsSingle ? 23 : 52;

        private static int ExponentBias(ElementTypeNames t) => t.IsSingle ? 127 : 1023;

        public override void EmitConstants(SourceWriter w, ElementTypeNames t)
        {
            int p = MantissaBits(t);
            double shifter = 1.5 * System.Math.Pow(2, p) + ExponentBias(t);
            _c.Emit(
                w,
                t,
                ("Shifter", shifter, $"1.5*2^{p} + {ExponentBias(t)}: adding it rounds to an integer k and leaves k + bias in the low bits"),
                ("One", 1.0, "1"));
        }

        public override void EmitScalar(SourceWriter w, ElementTypeNames t) => EmitPaths(w, new KernelOps(t, 0));

        public override void EmitVector(SourceWriter w, ElementTypeNames t, int bits) => EmitPaths(w, new KernelOps(t, bits));

        private void EmitPaths(SourceWriter w, KernelOps o)
        {
            using (OpenFastPath(w, o, HasSpecialPath ? o.AllAbsAtMost("x", "FastLimit") : null))
            {
                EmitCore(w, o, "x");
                w.WriteLine($"return y * {o.AsFloat(o.ShiftLeft(o.AsInt("z"), MantissaBits(o.Types)))};");
            }
            if (!HasSpecialPath)
            {
                return;
            }
            w.WriteLine();
            using (OpenSpecialPath(w, o))
            {
                // Comparisons are false for NaN, so NaN survives the clamp and is restored quiet at the end.
                w.WriteLine($"{o.Float} xc = {o.Select(o.GreaterThan("x", o.Const("ClampHigh")), o.Const("ClampHigh"), "x")};");
                w.WriteLine($"xc = {o.Select(o.LessThan("xc", o.Const("ClampLow")), o.Const("ClampLow"), "xc")};");
                EmitCore(w, o, "xc");
                int p = MantissaBits(o.Types);
                w.WriteLine($"{o.Int} k = {o.AsInt("z")} - {o.AsInt(o.Const("Shifter"))};");
                w.WriteLine($"{o.Int} k1 = {o.ShiftRightArithmetic("k", 1)};");
                w.WriteLine($"{o.Int} k2 = k - k1;");
                string bias = o.IntConst(ExponentBias(o.Types));
                w.WriteLine($"{o.Float} scaled = (y * {o.AsFloat(o.ShiftLeft("k1 + " + bias, p))}) * {o.AsFloat(o.ShiftLeft("k2 + " + bias, p))};");
                w.WriteLine($"return {o.KeepNaN("x", "scaled")};");
            }
        }

        /// <summary>Writes z (x/b plus the shifter) and y (the core result before scaling by 2^k).</summary>
        private void EmitCore(SourceWriter w, KernelOps o, string x)
        {
            if (IsBase2)
            {
                w.WriteLine($"{o.Float} z = {x} + {o.Const("Shifter")};");
                w.WriteLine($"{o.Float} r = {x} - (z - {o.Const("Shifter")});");
                w.WriteLine($"{o.Float} p = {PolynomialSchemes.Evaluate(w, o, Entry.Scheme, _c.Coefficients(1), "r", "r")};");
                w.WriteLine($"{o.Float} y = {o.MulAdd("r", "p", o.Const("One"))};");
                return;
            }
            w.WriteLine($"{o.Float} z = {o.MulAdd(x, o.Const("InvLn2"), o.Const("Shifter"))};");
            w.WriteLine($"{o.Float} kf = z - {o.Const("Shifter")};");
            // kf·Ln2Hi is exact and x - kf·Ln2Hi cancels exactly; only the Ln2Lo step rounds.
            w.WriteLine($"{o.Float} rh = {o.MulAdd("kf", o.Const("NegLn2Hi"), x)};");
            w.WriteLine($"{o.Float} r = {o.MulAdd("kf", o.Const("NegLn2Lo"), "rh")};");
            w.WriteLine($"{o.Float} r2 = r * r;");
            w.WriteLine($"{o.Float} p = {PolynomialSchemes.Evaluate(w, o, Entry.Scheme, _c.Coefficients(2), "r", "rp")};");
            if (CarriesReductionError)
            {
                // e corrects r to first order: rh - r is exact whenever they are within a factor of two, and where they are
                // not (|rh| tiny) the correction is far below the result's ULP anyway.
                w.WriteLine($"{o.Float} e = {o.MulAdd("kf", o.Const("NegLn2Lo"), "rh - r")};");
                w.WriteLine($"{o.Float} y = (r + {o.MulAdd("r2", "p", "e")}) + {o.Const("One")};");
            }
            else
            {
                w.WriteLine($"{o.Float} y = {o.MulAdd("r2", "p", "r")} + {o.Const("One")};");
            }
        }
    }
}
