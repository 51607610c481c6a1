using System.Globalization;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// A Payne-Hanek reduction of a float argument, branch-free and table-free so that every vector width runs it:
    /// |x|·2/π mod 4 to about 100 fractional bits, computed in double on the widened lanes.
    /// </summary>
    /// <remarks>
    /// 2/π is cut into chunks of at most 24 significant bits (exact doubles at decreasing scales), so each product of a
    /// float with a chunk is exact in double. Each product is reduced mod 4 exactly (p - 4·floor(p/4): the floor and the
    /// multiple of 4 are exact, and the difference keeps a subset of p's bits); a product whose last bit weighs 4 or more
    /// vanishes. The reduced terms are summed with TwoSum into a double-double s, k = round(s), and (s - k)·π/2 gives the
    /// reduced argument as a double-double, which the caller rounds to float hi and lo. Ten chunks cover 2/π down to
    /// 2^-249: for |x| &lt; 2^128 (last bit at most 2^104) that leaves more than 100 bits below the binary point, far
    /// beyond what the closest float to a multiple of π/2 needs. The result is k mod 4 (0, 1, 2 or 3) in double.
    /// </remarks>
    internal static class TrigLargeReductionEmitter
    {
        /// <summary>2/π truncated chunk by chunk to 24 bits (Sollya: c = round(r, 24, RZ); r = r - c).</summary>
        private static readonly string[] TwoOverPiChunks =
        {
            "0x1.45f306p-1", "0x1.b9391p-26", "0x1.529fc2p-52", "0x1.d5f47cp-78", "0x1.4d377p-102",
            "0x1.b6c52ap-129", "0x1.327886p-153", "0x1.2083fcp-177", "0x1.458eaep-202", "0x1.7aef14p-226",
        };

        /// <summary>Double constants of the reduction and the double MulAdd helpers it calls.</summary>
        public static void EmitConstants(SourceWriter w)
        {
            for (int i = 0; i < TwoOverPiChunks.Length; i++)
            {
                w.WriteLine($"private const double TwoOverPiChunk{i.ToString(CultureInfo.InvariantCulture)} = {Literal(TwoOverPiChunks[i])}; // {TwoOverPiChunks[i]}");
            }
            w.WriteLine($"private const double PiOver2Hi = {Literal("0x1.921fb54442d18p0")}; // π/2 rounded to double");
            w.WriteLine($"private const double PiOver2Lo = {Literal("0x1.1a62633145c07p-54")}; // π/2 - PiOver2Hi rounded to double");
            w.WriteLine($"private const double DoubleShifter = {Literal("0x1.8p52")}; // 1.5*2^52: adding it rounds to an integer");
            w.WriteLine("private const double Quarter = 0.25;");
            w.WriteLine("private const double MinusFour = -4.0;");
            w.WriteLine("private const double DoubleZero = 0.0;");
            w.WriteLine();
            FusedMultiplyAddEmitter.Emit(w, ElementTypeNames.For(ElementKind.Float64));
        }

        /// <summary>
        /// Writes <c>private static D ReduceLarge(D a, out D rh, out D rl)</c> for the double path <paramref name="d"/>:
        /// returns k mod 4 and |x| - k·π/2 = rh + rl for a = |x|.
        /// </summary>
        public static void EmitMethod(SourceWriter w, KernelOps d)
        {
            string f = d.Float;
            using (w.OpenBlock($"private static {f} ReduceLarge({f} a, out {f} rh, out {f} rl)"))
            {
                w.WriteLine($"{f} p = a * {d.Const("TwoOverPiChunk0")};");
                w.WriteLine($"{f} hi = {ReducedModFour(d, "p")};");
                w.WriteLine($"{f} lo = {d.Const("DoubleZero")};");
                w.WriteLine($"{f} t, s, v;");
                for (int i = 1; i < TwoOverPiChunks.Length; i++)
                {
                    w.WriteLine($"p = a * {d.Const("TwoOverPiChunk" + i.ToString(CultureInfo.InvariantCulture))};");
                    w.WriteLine($"t = {ReducedModFour(d, "p")};");
                    // TwoSum: hi + t = s + error exactly, whatever their magnitudes.
                    w.WriteLine("s = hi + t;");
                    w.WriteLine("v = s - hi;");
                    w.WriteLine("lo = lo + ((hi - (s - v)) + (t - v));");
                    w.WriteLine("hi = s;");
                }
                w.WriteLine($"{f} k = (hi + {d.Const("DoubleShifter")}) - {d.Const("DoubleShifter")};");
                w.WriteLine($"{f} fraction = hi - k;");
                w.WriteLine($"{f} fh = fraction + lo;");
                w.WriteLine("v = fh - fraction;");
                w.WriteLine($"{f} fl = (fraction - (fh - v)) + (lo - v);");
                w.WriteLine($"rh = fh * {d.Const("PiOver2Hi")};");
                w.WriteLine($"rl = {d.MulAdd("fh", d.Const("PiOver2Hi"), "-rh")} + {d.MulAdd("fh", d.Const("PiOver2Lo"), "fl * " + d.Const("PiOver2Hi"))};");
                w.WriteLine($"return {ReducedModFour(d, "k")};");
            }
        }

        /// <summary>p - 4·floor(p/4), exact.</summary>
        private static string ReducedModFour(KernelOps d, string p) => d.MulAdd(d.Floor($"{p} * {d.Const("Quarter")}"), d.Const("MinusFour"), p);

        private static string Literal(string hex) => HexFloat.ToCSharpLiteral(HexFloat.Parse(hex), false);
    }
}
