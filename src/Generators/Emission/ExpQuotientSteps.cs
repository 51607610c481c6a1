using System.Collections.Generic;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// The steps sigmoid and tanh share: t = e^a for a &lt;= 0 by the exp family's reduction, 1 + t, and the quotient
    /// N/(1 + t), each either plain (one rounding per step) or carried in two floats so that the quotient is rounded
    /// about once.
    /// </summary>
    /// <remarks>
    /// Carried form: the core 1 + v (v = r + r²·P(r) + e, as in exp) is rounded to y and its rounding error
    /// v - (y - 1) is kept (Fast2Sum: |v| &lt; 1), so t = th + tl with th = y·2^k and tl = (v - (y - 1))·2^k, both exact
    /// products while 2^k is normal. 1 + t is then dh + dl with dh = 1 + th and dl = (th - (dh - 1)) + tl (Fast2Sum:
    /// th &lt;= 1). The quotient q0 = N·(1/dh) is corrected once by its residual, N - q0·D computed with fused
    /// multiply-adds and multiplied by 1/dh: the residual is about one ULP of q0, so the reciprocal's rounding is
    /// negligible in the correction and the result is rounded essentially once.
    /// </remarks>
    internal static class ExpQuotientSteps
    {
        /// <summary>
        /// Writes th (and tl when <paramref name="carryLow"/>) for t = e^<paramref name="a"/>, a &lt;= 0 and
        /// 2^round(a/ln2) normal; the core polynomial's coefficients are <paramref name="coefficients"/> (of r², r³, ...).
        /// </summary>
        public static void EmitExp(SourceWriter w, KernelOps o, string a, IReadOnlyList<string> coefficients, bool carryLow)
        {
            w.WriteLine($"{o.Float} z = {o.MulAdd(a, o.Const("InvLn2"), o.Const("Shifter"))};");
            w.WriteLine($"{o.Float} kf = z - {o.Const("Shifter")};");
            w.WriteLine($"{o.Float} rh = {o.MulAdd("kf", o.Const("NegLn2Hi"), a)};");
            w.WriteLine($"{o.Float} r = {o.MulAdd("kf", o.Const("NegLn2Lo"), "rh")};");
            w.WriteLine($"{o.Float} e = {o.MulAdd("kf", o.Const("NegLn2Lo"), "rh - r")};");
            w.WriteLine($"{o.Float} r2 = r * r;");
            w.WriteLine($"{o.Float} p = {PolynomialSchemes.Horner(o, coefficients, "r")};");
            w.WriteLine($"{o.Float} v = r + {o.MulAdd("r2", "p", "e")};");
            w.WriteLine($"{o.Float} y = v + {o.Const("One")};");
            w.WriteLine($"{o.Float} scale = {o.AsFloat(o.ShiftLeft(o.AsInt("z"), 23))};");
            w.WriteLine($"{o.Float} th = y * scale;");
            if (carryLow)
            {
                w.WriteLine($"{o.Float} tl = (v - (y - {o.Const("One")})) * scale;");
            }
        }

        /// <summary>Writes dh = 1 + th and, when <paramref name="carryLow"/>, dl with dh + dl = 1 + th + tl.</summary>
        public static void EmitOnePlus(SourceWriter w, KernelOps o, bool carryLow)
        {
            w.WriteLine($"{o.Float} dh = {o.Const("One")} + th;");
            if (carryLow)
            {
                w.WriteLine($"{o.Float} dl = (th - (dh - {o.Const("One")})) + tl;");
            }
        }

        /// <summary>Writes q = (nh + nl)/(dh + dl), corrected once by its residual.</summary>
        public static void EmitCorrectedQuotient(SourceWriter w, KernelOps o, string nh, string nl)
        {
            w.WriteLine($"{o.Float} inv = {o.Const("One")} / dh;");
            w.WriteLine($"{o.Float} q0 = {nh} * inv;");
            w.WriteLine($"{o.Float} nq0 = -q0;");
            w.WriteLine($"{o.Float} residual = {o.MulAdd("nq0", "dh", nh)};");
            w.WriteLine($"residual = {o.MulAdd("nq0", "dl", "residual + " + nl)};");
            w.WriteLine($"{o.Float} q = {o.MulAdd("residual", "inv", "q0")};");
        }
    }
}
