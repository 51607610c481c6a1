using System.Globalization;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Building;

namespace NumericKernels.Generators.Programs.Pieces
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
    internal static class PayneHanek
    {
        /// <summary>2/π truncated chunk by chunk to 24 bits (Sollya: c = round(r, 24, RZ); r = r - c).</summary>
        private static readonly string[] TwoOverPiChunks =
        {
            "0x1.45f306p-1", "0x1.b9391p-26", "0x1.529fc2p-52", "0x1.d5f47cp-78", "0x1.4d377p-102",
            "0x1.b6c52ap-129", "0x1.327886p-153", "0x1.2083fcp-177", "0x1.458eaep-202", "0x1.7aef14p-226",
        };

        /// <summary>The double constants of the reduction.</summary>
        public static void Define(ProgramBuilder program)
        {
            for (int i = 0; i < TwoOverPiChunks.Length; i++)
            {
                program.Define("TwoOverPiChunk" + i.ToString(CultureInfo.InvariantCulture), LaneType.Float64, HexFloat.Parse(TwoOverPiChunks[i]), TwoOverPiChunks[i]);
            }
            program.Define("PiOver2Hi", LaneType.Float64, HexFloat.Parse("0x1.921fb54442d18p0"), "π/2 rounded to double");
            program.Define("PiOver2Lo", LaneType.Float64, HexFloat.Parse("0x1.1a62633145c07p-54"), "π/2 - PiOver2Hi rounded to double");
            program.Define("DoubleShifter", LaneType.Float64, HexFloat.Parse("0x1.8p52"), "1.5*2^52: adding it rounds to an integer");
            program.Define("Quarter", LaneType.Float64, 0.25, "1/4");
            program.Define("MinusFour", LaneType.Float64, -4.0, "-4");
            program.Define("DoubleZero", LaneType.Float64, 0.0, "0");
        }

        /// <summary>For a = |x| widened to double: k mod 4, and |x| - k·π/2 = rh + rl.</summary>
        public static (Value Quadrant, Value Rh, Value Rl) Reduce(BlockBuilder b, Value a, string suffix)
        {
            Value p = a * b.Constant("TwoOverPiChunk0");
            Value hi = ReducedModFour(b, p);
            Value lo = b.Constant("DoubleZero");
            for (int i = 1; i < TwoOverPiChunks.Length; i++)
            {
                p = a * b.Constant("TwoOverPiChunk" + i.ToString(CultureInfo.InvariantCulture));
                Value t = ReducedModFour(b, p).Named("t" + suffix);
                // TwoSum: hi + t = s + error exactly, whatever their magnitudes.
                Value s = (hi + t).Named("s" + suffix);
                Value v = (s - hi).Named("v" + suffix);
                lo = (lo + ((hi - (s - v)) + (t - v))).Named("lo" + suffix);
                hi = s;
            }
            Value k = ((hi + b.Constant("DoubleShifter")) - b.Constant("DoubleShifter")).Named("k" + suffix);
            Value fraction = (hi - k).Named("fraction" + suffix);
            Value fh = (fraction + lo).Named("fh" + suffix);
            Value w = (fh - fraction).Named("w" + suffix);
            Value fl = ((fraction - (fh - w)) + (lo - w)).Named("fl" + suffix);
            Value rh = (fh * b.Constant("PiOver2Hi")).Named("rh" + suffix);
            Value rl = (b.Fma(fh, b.Constant("PiOver2Hi"), -rh) + b.Fma(fh, b.Constant("PiOver2Lo"), fl * b.Constant("PiOver2Hi"))).Named("rl" + suffix);
            return (ReducedModFour(b, k), rh, rl);
        }

        /// <summary>p - 4·floor(p/4), exact.</summary>
        private static Value ReducedModFour(BlockBuilder b, Value p) => b.Fma(b.Floor(p * b.Constant("Quarter")), b.Constant("MinusFour"), p);
    }
}
