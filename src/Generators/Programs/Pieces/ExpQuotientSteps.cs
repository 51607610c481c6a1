using System.Collections.Generic;
using NumericKernels.Generators.Programs.Building;

namespace NumericKernels.Generators.Programs.Pieces
{
    /// <summary>
    /// The steps sigmoid and tanh share: t = e^a for a &lt;= 0 by the exp family's reduction, 1 + t, and e^a - 1, each
    /// either plain (one rounding per step) or carried in two floats so that a quotient of them is rounded about once.
    /// </summary>
    /// <remarks>
    /// Carried form: the core 1 + v (v = r + r²·P(r) + e, as in exp) is rounded to y and its rounding error
    /// v - (y - 1) is kept (Fast2Sum: |v| &lt; 1), so t = th + tl with th = y·2^k and tl = (v - (y - 1))·2^k, both exact
    /// products while 2^k is normal. 1 + t is then dh + dl with dh = 1 + th and dl = (th - (dh - 1)) + tl (Fast2Sum:
    /// th &lt;= 1).
    /// </remarks>
    internal static class ExpQuotientSteps
    {
        /// <summary>
        /// th (and tl when <paramref name="carryLow"/>) for t = e^<paramref name="a"/>, a &lt;= 0 and 2^round(a/ln2) normal;
        /// the core polynomial's coefficients are <paramref name="coefficients"/> (of r², r³, ...).
        /// </summary>
        public static (Value Th, Value? Tl) Exp(BlockBuilder b, Value a, IReadOnlyList<Value> coefficients, bool carryLow)
        {
            Value one = b.Constant("One");
            ExpReduction reduction = ExpReduction.Reduce(b, a);
            Value r = reduction.R;
            Value e = reduction.Error(b);
            Value r2 = (r * r).Named("r2");
            Value p = Polynomials.Horner(b, coefficients, r).Named("p");
            Value v = (r + b.Fma(r2, p, e)).Named("v");
            Value y = (v + one).Named("y");
            Value scale = PowerOfTwo.FromShifterBits(b, reduction.Z).Named("scale");
            Value th = (y * scale).Named("th");
            if (!carryLow) return (th, null);
            return (th, ((v - (y - one)) * scale).Named("tl"));
        }

        /// <summary>dh = 1 + th and, with a low part, dl such that dh + dl = 1 + th + tl.</summary>
        public static (Value Dh, Value? Dl) OnePlus(BlockBuilder b, Value th, Value? tl)
        {
            Value one = b.Constant("One");
            Value dh = (one + th).Named("dh");
            if (tl is not Value low) return (dh, null);
            return (dh, ((th - (dh - one)) + low).Named("dl"));
        }

        /// <summary>
        /// m = e^a - 1 = (2^k - 1) + 2^k·(v + vlo) in two floats mh + ml, where v + vlo = r + r²·P(r) + e exactly (Fast2Sum,
        /// |r²·P + e| &lt; |r|) and 2^k - 1 is split exactly (Fast2Sum of -1 and 2^k); m is then mh + ml (Fast2Sum:
        /// |2^k - 1| &gt;= |2^k·v| unless k = 0, where 2^k - 1 = 0 and the sum is exact anyway). P is fitted for the relative
        /// error of e^r - 1, so m keeps its relative accuracy where it is small (k = 0: r = a exactly).
        /// </summary>
        /// <remarks>
        /// 2^k - 1 = sm1 + sm1lo: for k &lt;= 0 (tanh's a = -2|x|) Fast2Sum of -1 and 2^k, whose larger operand is -1; with
        /// <paramref name="positiveK"/> k may be positive too (e^x - 1), where 2^k is the larger one and 2^k - 1 no longer
        /// fits the format from k = 25 (float) on, so the error is taken by a full TwoSum.
        /// </remarks>
        public static (Value Mh, Value Ml) ExpM1(BlockBuilder b, ExpReduction reduction, IReadOnlyList<Value> coefficients, bool positiveK = false)
        {
            Value one = b.Constant("One");
            Value r = reduction.R;
            Value e = reduction.Error(b);
            Value r2 = (r * r).Named("r2");
            Value p = Polynomials.Horner(b, coefficients, r).Named("p");
            Value tail = b.Fma(r2, p, e).Named("tail");
            Value v = (r + tail).Named("v");
            Value vlo = (tail - (v - r)).Named("vlo");
            Value scale = PowerOfTwo.FromShifterBits(b, reduction.Z).Named("scale");
            Value sm1 = (scale - one).Named("sm1");
            Value sm1lo;
            if (positiveK)
            {
                Value back = (sm1 - scale).Named("back");
                sm1lo = ((scale - (sm1 - back)) + (b.Constant("MinusOne") - back)).Named("sm1lo");
            }
            else
            {
                sm1lo = (scale - (sm1 + one)).Named("sm1lo");
            }
            Value sv = (scale * v).Named("sv");
            Value mh = (sm1 + sv).Named("mh");
            Value ml = (((sv - (mh - sm1)) + scale * vlo) + sm1lo).Named("ml");
            return (mh, ml);
        }

        /// <summary>m = e^a - 1 = (2^k - 1) + 2^k·(r + r²·P(r)) in one fused multiply-add (k = 0 leaves r = a exact).</summary>
        public static Value ExpM1Short(BlockBuilder b, ExpReduction reduction, IReadOnlyList<Value> coefficients)
        {
            Value r = reduction.R;
            Value p = Polynomials.Horner(b, coefficients, r).Named("p");
            Value v = b.Fma(r * r, p, r).Named("v");
            Value scale = PowerOfTwo.FromShifterBits(b, reduction.Z).Named("scale");
            return b.Fma(scale, v, scale - b.Constant("One")).Named("m");
        }
    }
}
