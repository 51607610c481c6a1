using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Sigmoid 1/(1 + e^-x) for float: t = e^-|x| in (0, 1] by the exp reduction, then 1/(1 + t) for x &gt;= 0 and
    /// t/(1 + t) for x &lt; 0, so neither branch cancels; both are computed and selected per lane.
    /// </summary>
    /// <remarks>
    /// <see cref="KernelAlgorithm.SigmoidExpQuotient"/> carries t and 1 + t in two floats and corrects the quotient once
    /// (<see cref="ExpQuotientSteps"/>): a plain chain rounds 1 + t, which alone costs up to one ULP of a result near 1.
    /// <see cref="KernelAlgorithm.SigmoidExpQuotientShort"/> is that plain chain. The fast path covers |x| &lt;= FastLimit,
    /// where 2^k stays normal; the special path gives 1 above it, e^x rounded once (exp's two-factor scaling, to subnormal
    /// or 0) below it, since sigmoid(x) = e^x·(1 - e^x + ...) differs from e^x by far less than an ULP there, NaN quieted,
    /// and the fast path's own bits to the other lanes.
    /// </remarks>
    internal sealed class SigmoidProgramEmitter : ProgramEmitter
    {
        private readonly ProgramConstants _c;

        public SigmoidProgramEmitter(CatalogEntry entry)
            : base(entry) => _c = new ProgramConstants(entry);

        private bool CarriesLowParts => Entry.Algorithm == KernelAlgorithm.SigmoidExpQuotient;

        public override string? FastPathCondition(int bits, string x) =>
            new KernelOps(ElementTypeNames.For(Entry.Element), bits).AllAbsAtMost(x, "FastLimit");

        public override void EmitConstants(SourceWriter w, ElementTypeNames t) => _c.Emit(
            w,
            t,
            ("Shifter", 1.5 * (1 << 23) + 127, "1.5*2^23 + 127: adding it rounds to an integer k and leaves k + bias in the low bits"),
            ("One", 1.0, "1"),
            ("Zero", 0.0, "0"),
            ("NegativeZero", -0.0, "-0: the sign bit alone"));

        public override void EmitScalar(SourceWriter w, ElementTypeNames t) => EmitPaths(w, new KernelOps(t, 0));

        public override void EmitVector(SourceWriter w, ElementTypeNames t, int bits) => EmitPaths(w, new KernelOps(t, bits));

        private void EmitPaths(SourceWriter w, KernelOps o)
        {
            string fast = FastName(o);
            using (OpenFastPath(w, o, o.AllAbsAtMost("x", "FastLimit")))
            {
                // -|x| in one operation: the sign bit set.
                w.WriteLine($"{o.Float} a = {o.BitwiseOr("x", o.Const("NegativeZero"))};");
                ExpQuotientSteps.EmitExp(w, o, "a", _c.Coefficients(2), CarriesLowParts);
                ExpQuotientSteps.EmitOnePlus(w, o, CarriesLowParts);
                string negative = o.LessThan("x", o.Const("Zero"));
                w.WriteLine($"{o.Float} nh = {o.Select(negative, "th", o.Const("One"))};");
                if (CarriesLowParts)
                {
                    w.WriteLine($"{o.Float} nl = {o.Select(negative, "tl", o.Const("Zero"))};");
                    ExpQuotientSteps.EmitCorrectedQuotient(w, o, "nh", "nl");
                    w.WriteLine("return q;");
                }
                else
                {
                    w.WriteLine("return nh / dh;");
                }
            }
            w.WriteLine();
            using (OpenSpecialPath(w, o))
            {
                w.WriteLine($"{o.Float} inRange = {fast}(x);");
                // e^x below -FastLimit, as exp's special path computes it; comparisons are false for NaN.
                w.WriteLine($"{o.Float} xc = {o.Select(o.LessThan("x", o.Const("ClampLow")), o.Const("ClampLow"), "x")};");
                w.WriteLine($"{o.Float} z = {o.MulAdd("xc", o.Const("InvLn2"), o.Const("Shifter"))};");
                w.WriteLine($"{o.Float} kf = z - {o.Const("Shifter")};");
                w.WriteLine($"{o.Float} rh = {o.MulAdd("kf", o.Const("NegLn2Hi"), "xc")};");
                w.WriteLine($"{o.Float} r = {o.MulAdd("kf", o.Const("NegLn2Lo"), "rh")};");
                w.WriteLine($"{o.Float} e = {o.MulAdd("kf", o.Const("NegLn2Lo"), "rh - r")};");
                w.WriteLine($"{o.Float} p = {PolynomialSchemes.Horner(o, _c.Coefficients(2), "r")};");
                w.WriteLine($"{o.Float} y = (r + {o.MulAdd("r * r", "p", "e")}) + {o.Const("One")};");
                w.WriteLine($"{o.Int} k = {o.AsInt("z")} - {o.AsInt(o.Const("Shifter"))};");
                w.WriteLine($"{o.Int} k1 = {o.ShiftRightArithmetic("k", 1)};");
                w.WriteLine($"{o.Int} k2 = k - k1;");
                string bias = o.IntConst(127);
                w.WriteLine($"{o.Float} tiny = (y * {o.AsFloat(o.ShiftLeft("k1 + " + bias, 23))}) * {o.AsFloat(o.ShiftLeft("k2 + " + bias, 23))};");
                string saturated = o.Select(o.GreaterThan("x", o.Const("Zero")), o.Const("One"), "tiny");
                w.WriteLine($"{o.Float} result = {o.Select(o.GreaterThan(o.Abs("x"), o.Const("FastLimit")), saturated, "inRange")};");
                w.WriteLine($"return {o.KeepNaN("x", "result")};");
            }
        }
    }
}
