using System;
using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// sin x and cos x for float: |x| = k·π/2 + r with |r| &lt;= π/4 (plus the shifter's slack), k mod 4 choosing the sin
    /// or the cos core and the sign. sin is odd and cos even, so the program reduces |x| and sin gives the result x's
    /// sign: every result is exactly odd or even, and sin(±0) = ±0.
    /// </summary>
    /// <remarks>
    /// Fast path (|x| &lt;= FastLimit): k by the round-to-integer shifter, then π/2 = Hi + Mid + Lo (float parts).
    /// |x| - k·Hi is exact (fused, and the result fits 24 bits); k·Mid is split exactly into p + pe (TwoProduct); r =
    /// rh - p rounds once and its error is recovered Fast2Sum-style; rl carries that error, pe and k·Lo.
    /// The cores use r + rl to first order: sin = r + (r³·S(r²) + rl) and cos = w + (r⁴·C(r²) + ((1 - w) - r²/2 - r·rl))
    /// with w = 1 - r²/2 rounded, its rounding error recovered exactly. Beyond FastLimit, infinities and NaN take the
    /// special path: the Payne-Hanek reduction of <see cref="TrigLargeReductionEmitter"/> in double, rounded to float hi
    /// and lo and fed to the same cores; lanes within FastLimit keep the fast reduction, so mixing lanes is safe.
    /// <see cref="KernelAlgorithm.SinCosQuadrantShort"/> drops rl: r = |x| - k·Hi - k·Mid - k·Lo by three fused
    /// multiply-adds, sin = r + r³·S(r²) and cos = 1 + r²·(-1/2 + r²·C(r²)).
    /// </remarks>
    internal sealed class TrigProgramEmitter : ProgramEmitter
    {
        private readonly ProgramConstants _c;

        public TrigProgramEmitter(CatalogEntry entry)
            : base(entry)
        {
            if (entry.Element != ElementKind.Float32) throw new NotSupportedException(entry.Id + ": SinCosQuadrant is written for float32");
            if (entry.Function != MathFunctionId.Sin && entry.Function != MathFunctionId.Cos) throw new NotSupportedException(entry.Id + ": SinCosQuadrant computes sin or cos");
            _c = new ProgramConstants(entry);
        }

        private bool IsCos => Entry.Function == MathFunctionId.Cos;

        private bool CarriesReductionError => Entry.Algorithm == KernelAlgorithm.SinCosQuadrant;

        /// <summary>Entries bounded within FastLimit (no FastLimit constant) have no special path and no range check.</summary>
        private bool HasSpecialPath => _c.Has("FastLimit");

        public override string? FastPathCondition(int bits, string x) =>
            HasSpecialPath ? new KernelOps(ElementTypeNames.For(Entry.Element), bits).AllAbsAtMost(x, "FastLimit") : null;

        public override void EmitConstants(SourceWriter w, ElementTypeNames t)
        {
            _c.Emit(
                w,
                t,
                ("Shifter", 1.5 * (1 << 23), "1.5*2^23: adding it rounds to an integer k and leaves k in the low bits"),
                ("One", 1.0, "1"),
                CarriesReductionError ? ("Half", 0.5, "1/2") : ("NegHalf", -0.5, "-1/2: the fixed r² term of the cos core"));
            if (HasSpecialPath)
            {
                w.WriteLine();
                TrigLargeReductionEmitter.EmitConstants(w);
            }
        }

        public override void EmitScalar(SourceWriter w, ElementTypeNames t) => EmitPaths(w, new KernelOps(t, 0));

        public override void EmitVector(SourceWriter w, ElementTypeNames t, int bits) => EmitPaths(w, new KernelOps(t, bits));

        private void EmitPaths(SourceWriter w, KernelOps o)
        {
            using (OpenFastPath(w, o, HasSpecialPath ? o.AllAbsAtMost("x", "FastLimit") : null))
            {
                EmitFastReduction(w, o);
                EmitCores(w, o);
                w.WriteLine("return y;");
            }
            if (!HasSpecialPath)
            {
                return;
            }
            var d = new KernelOps(ElementTypeNames.For(ElementKind.Float64), o.Bits);
            w.WriteLine();
            TrigLargeReductionEmitter.EmitMethod(w, d);
            w.WriteLine();
            using (OpenSpecialPath(w, o))
            {
                if (o.IsScalar)
                {
                    w.WriteLine("if (float.IsNaN(x)) return x + x;");
                    w.WriteLine("if (float.IsInfinity(x)) return float.NaN;");
                    w.WriteLine($"float a = {o.Abs("x")};");
                    w.WriteLine("double q = ReduceLarge((double)a, out double rhWide, out double rlWide);");
                    w.WriteLine("float r = (float)rhWide;");
                    if (CarriesReductionError) w.WriteLine("float rl = (float)((rhWide - r) + rlWide);");
                    w.WriteLine("float z = (float)q + Shifter;");
                    EmitCores(w, o);
                    w.WriteLine("return y;");
                    return;
                }
                string vc = ElementTypeNames.VectorClass(o.Bits);
                EmitFastReduction(w, o);
                w.WriteLine($"{d.Float} qLo = ReduceLarge({o.WidenLower("a")}, out {d.Float} rhLo, out {d.Float} rlLo);");
                w.WriteLine($"{d.Float} qHi = ReduceLarge({o.WidenUpper("a")}, out {d.Float} rhHi, out {d.Float} rlHi);");
                w.WriteLine($"{o.Float} rLarge = {o.Narrow("rhLo", "rhHi")};");
                if (CarriesReductionError) w.WriteLine($"{o.Float} rlLarge = {o.Narrow($"(rhLo - {o.WidenLower("rLarge")}) + rlLo", $"(rhHi - {o.WidenUpper("rLarge")}) + rlHi")};");
                w.WriteLine($"{o.Float} fast = {vc}.LessThanOrEqual(a, {o.Const("FastLimit")});");
                w.WriteLine($"z = {o.Select("fast", "z", o.Narrow("qLo", "qHi") + " + " + o.Const("Shifter"))};");
                w.WriteLine($"r = {o.Select("fast", "r", "rLarge")};");
                if (CarriesReductionError) w.WriteLine($"rl = {o.Select("fast", "rl", "rlLarge")};");
                EmitCores(w, o);
                w.WriteLine($"y = {o.Select($"{vc}.Equals(a, {o.Const("float.PositiveInfinity")})", o.Const("float.NaN"), "y")};");
                w.WriteLine($"return {o.KeepNaN("x", "y")};");
            }
        }

        /// <summary>Writes a = |x|, z (shifter plus k) and |x| - k·π/2 = r + rl (r alone for the short program).</summary>
        private void EmitFastReduction(SourceWriter w, KernelOps o)
        {
            w.WriteLine($"{o.Float} a = {o.Abs("x")};");
            w.WriteLine($"{o.Float} z = {o.MulAdd("a", o.Const("TwoOverPi"), o.Const("Shifter"))};");
            w.WriteLine($"{o.Float} kf = z - {o.Const("Shifter")};");
            if (!CarriesReductionError)
            {
                w.WriteLine($"{o.Float} r = {o.MulAdd("kf", o.Const("NegPiO2Lo"), o.MulAdd("kf", o.Const("NegPiO2Mid"), o.MulAdd("kf", o.Const("NegPiO2Hi"), "a")))};");
                return;
            }
            // Exact: a and kf·PiO2Hi are multiples of 2^-24 (kf = 0 below π/4) and |a - kf·PiO2Hi| < 1 for kf < 2^22, so
            // the difference fits 24 bits. p + pe = kf·PiO2Mid exactly (TwoProduct). (rh - r) - p is Fast2Sum's error
            // term, exact when |rh| >= |p|; for every float below 2^18 it gives the same results as a full TwoSum.
            // (Computing it as fma(kf, -PiO2Mid, rh - r) instead is not exact: at |x| = 3π, 8 ULP.)
            w.WriteLine($"{o.Float} rh = {o.MulAdd("kf", o.Const("NegPiO2Hi"), "a")};");
            w.WriteLine($"{o.Float} p = kf * {o.Const("PiO2Mid")};");
            w.WriteLine($"{o.Float} pe = {o.MulAdd("kf", o.Const("NegPiO2Mid"), "p")};");
            w.WriteLine($"{o.Float} r = rh - p;");
            w.WriteLine($"{o.Float} rl = {o.MulAdd("kf", o.Const("NegPiO2Lo"), "((rh - r) - p) + pe")};");
        }

        /// <summary>Writes y from z (k in its low bits), r, rl and x.</summary>
        private void EmitCores(SourceWriter w, KernelOps o)
        {
            w.WriteLine($"{o.Float} r2 = r * r;");
            if (!CarriesReductionError)
            {
                w.WriteLine($"{o.Float} sinCore = {o.MulAdd("r * r2", PolynomialSchemes.Horner(o, Coefficients(3), "r2"), "r")};");
                w.WriteLine($"{o.Float} cosCore = {o.MulAdd("r2", o.MulAdd("r2", PolynomialSchemes.Horner(o, Coefficients(4), "r2"), o.Const("NegHalf")), o.Const("One"))};");
            }
            else
            {
                w.WriteLine($"{o.Float} sinCore = r + {o.MulAdd("r * r2", PolynomialSchemes.Horner(o, Coefficients(3), "r2"), "rl")};");
                w.WriteLine($"{o.Float} h = {o.Const("Half")} * r2;");
                w.WriteLine($"{o.Float} w = {o.Const("One")} - h;");
                w.WriteLine($"{o.Float} cosCore = w + {o.MulAdd("r2 * r2", PolynomialSchemes.Horner(o, Coefficients(4), "r2"), $"(({o.Const("One")} - w) - h) - r * rl")};");
            }
            w.WriteLine($"{o.Int} iz = {o.AsInt("z")};");
            // Odd quadrants take the other core; quadrants 2 and 3 (cos: 1 and 2) negate.
            string whenOdd = IsCos ? "sinCore" : "cosCore";
            string whenEven = IsCos ? "cosCore" : "sinCore";
            if (o.IsScalar)
            {
                w.WriteLine($"float y = (iz & 1) != 0 ? {whenOdd} : {whenEven};");
            }
            else
            {
                string vc = ElementTypeNames.VectorClass(o.Bits);
                w.WriteLine($"{o.Float} y = {vc}.ConditionalSelect({o.AsFloat(o.ShiftRightArithmetic(o.ShiftLeft("iz", 31), 31))}, {whenOdd}, {whenEven});");
            }
            string quadrantSign = IsCos ? $"{o.ShiftLeft("iz", 30)} + {o.IntConst(1 << 30)}" : $"{o.ShiftLeft("iz", 30)} ^ {o.AsInt("x")}";
            w.WriteLine($"{o.Int} sign = ({quadrantSign}) & {o.IntConst(unchecked((int)0x80000000))};");
            w.WriteLine($"y = {o.AsFloat(o.AsInt("y") + " ^ sign")};");
        }

        /// <summary>C{first}, C{first+2}, ...: the core's coefficients, named by their power of r.</summary>
        private IReadOnlyList<string> Coefficients(int first)
        {
            var names = new List<string>();
            for (int i = first; _c.Has("C" + i.ToString(CultureInfo.InvariantCulture)); i += 2) names.Add("C" + i.ToString(CultureInfo.InvariantCulture));
            return names;
        }
    }
}
