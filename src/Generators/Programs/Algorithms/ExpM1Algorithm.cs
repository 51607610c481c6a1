using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Generators.Programs.Pieces;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// e^x - 1 with full relative accuracy near 0: m = (2^k - 1) + 2^k·(e^r - 1) with r the exp reduction of x and the core
    /// e^r - 1 = r + r²·P(r) fitted for relative error, so that for |x| &lt; ln2/2 (k = 0, r = x exactly) the result is the
    /// core itself and never the cancelling e^x - 1. The sign bit of x is or-ed into the result: e^x - 1 has the sign of
    /// x, and the sums alone would turn -0 into +0.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The carried program keeps v = r + r²·P(r) + e as v + vlo (Fast2Sum) and adds 2^k·v to 2^k - 1 as mh + ml
    /// (Fast2Sum: |2^k - 1| &gt;= |2^k·v| unless k = 0, where the sum is exact), so the result is rounded once. Its fast
    /// path takes FastLow &lt;= x &lt;= FastHigh, where |k| &lt;= p + 1 and 2^k - 1 is exact. The special path gives -1 + e^x,
    /// rounded once, below FastLow (from where the result is -1 or the float above it); above FastHigh the same two-float
    /// sum with 2^k - 1 split by TwoSum up to CorrectionLimit; and beyond it e^x alone (the -1 is below 2^-10 ULP) as
    /// 2^k2·(2^k1·(1 + v)), one rounding, +Inf past the overflow threshold.
    /// </para>
    /// <para>
    /// The short program computes m = (2^k - 1) + 2^k·(r + r²·P(r)) in one fused multiply-add, with x clamped below at
    /// ClampLow (where the result has rounded to -1) and a fast path up to FastLimit (2^k normal); above it the special
    /// path computes e^x alone as above.
    /// </para>
    /// </remarks>
    internal sealed class ExpM1Algorithm : AlgorithmDescriptor
    {
        private readonly bool _carried;

        private ExpM1Algorithm(KernelAlgorithm algorithm, bool carried)
            : base(algorithm) => _carried = carried;

        public static readonly ExpM1Algorithm CodyWaite = new ExpM1Algorithm(KernelAlgorithm.ExpM1CodyWaite, carried: true);

        public static readonly ExpM1Algorithm CodyWaiteShort = new ExpM1Algorithm(KernelAlgorithm.ExpM1CodyWaiteShort, carried: false);

        public override string Description => _carried
            ? "Cody-Waite reduction, (2^k - 1) + 2^k·(e^r - 1) in two floats"
            : "Cody-Waite reduction, (2^k - 1) + 2^k·(e^r - 1) in one fused multiply-add";

        /// <summary>
        /// The carried program: FastLow and FastHigh keep |k| &lt;= 24 (double: 53), where 2^k - 1 is exact; above
        /// CorrectionLimit (float 25, double 45) the -1 is below 2^-10 of an ULP; ClampLow (float -30, double -60) keeps 2^k
        /// normal where -1 + e^x has long rounded to -1; from ClampHigh on e^x overflows (float 88.73, double 709.79). The
        /// short program: below ClampLow the result has rounded to -1 (float: e^x &lt; 2^-25 from -17.33; double: &lt; 2^-54
        /// from -37.43); up to FastLimit 2^k is normal.
        /// </summary>
        public IReadOnlyList<(string Name, string HexFloat)> Limits(ElementKind element) => (_carried, element == ElementKind.Float32) switch
        {
            (true, true) => new[] { ("FastLow", "-0x1.08p4"), ("FastHigh", "0x1.08p4"), ("CorrectionLimit", "0x1.9p4"), ("ClampLow", "-0x1.ep4"), ("ClampHigh", "0x1.64p6") },
            (true, false) => new[] { ("FastLow", "-0x1.2p5"), ("FastHigh", "0x1.2p5"), ("CorrectionLimit", "0x1.68p5"), ("ClampLow", "-0x1.ep5"), ("ClampHigh", "0x1.63p9") },
            (false, true) => new[] { ("ClampLow", "-0x1.2p4"), ("FastLimit", "0x1.6p6"), ("ClampHigh", "0x1.64p6") },
            _ => new[] { ("ClampLow", "-0x1.4p5"), ("FastLimit", "0x1.628p9"), ("ClampHigh", "0x1.63p9") },
        };

        public override bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax) => function == MathFunctionId.ExpM1;

        public override IEnumerable<int> Degrees(ElementKind element) => element == ElementKind.Float32 ? Enumerable.Range(3, 10) : Enumerable.Range(8, 10);

        /// <summary>Degree n: e^r - 1 = r + r²·(C2 + ... + Cn·r^(n-2)) on |r| &lt;= ln2/2 (widened), relative error.</summary>
        public override FitLayout Layout(FitQuery query, IFitNumerics numerics)
        {
            IReadOnlyList<int> powers = FitLayout.Powers(2, query.Degree - 1);
            var core = new CoreFit("expm1(r) = r + r²·P(r)", CoreTarget.ExpM1, -ExpAlgorithm.ReducedHalfInterval, ExpAlgorithm.ReducedHalfInterval,
                new[] { new FixedTerm(1, 1.0) }, powers, FitLayout.Names("C", powers));
            var leading = ExpAlgorithm.Reduction(query.Element).Concat(Limits(query.Element));
            // Bit patterns over the fast path and beyond (every binade of tiny |x| included), values where k changes often.
            double high = query.IsSingle ? 88.0 : 709.0;
            double low = query.IsSingle ? -18.0 : -40.0;
            return FitLayout.Sequential(new[] { core }, leading, Enumerable.Empty<(string, string)>(), new SampleRange(low, high, -5.0, 5.0));
        }

        public override KernelProgram Build(CatalogEntry entry)
        {
            var program = new ProgramBuilder(entry);
            int p = program.IsSingle ? 23 : 52;
            int bias = program.IsSingle ? 127 : 1023;
            program.Define("Shifter", 1.5 * System.Math.Pow(2, p) + bias, $"1.5*2^{p} + {bias}: adding it rounds to an integer k and leaves k + bias in the low bits");
            program.Define("One", 1.0, "1");
            program.Define("MinusOne", -1.0, "-1");

            BlockBuilder fast = program.Block();
            ProgramBlock fastBlock = fast.Return(FastBody(fast, fast.Input));

            // Comparisons are false for NaN, which takes the special path with the infinities and everything beyond the limits.
            BlockBuilder guard = program.Block();
            Value g = guard.Input;
            // The carried program's fast path is symmetric (FastLow = -FastHigh): |x| <= FastHigh.
            ProgramBlock guardBlock = guard.Return(_carried
                ? FloatBitsPieces.AbsAtMost(guard, g, guard.Constant("FastHigh"))
                : guard.LessThanOrEqual(g, guard.Constant("FastLimit")));

            BlockBuilder b = program.Block();
            Value x = b.Input;
            Value inRange = FastBody(b, x).Named("inRange");
            Value large = Large(b, x);
            Value result;
            if (_carried)
            {
                // Below FastLow: -1 + e^x rounded once (e^x from the core, 2^k normal down to ClampLow).
                Value xLow = FloatBitsPieces.ClampBelow(b, x, b.Constant("ClampLow")).Named("xLow");
                ExpReduction low = ExpReduction.Reduce(b, xLow);
                Value expLow = (Core(b, low) + b.Constant("One")) * PowerOfTwo.FromShifterBits(b, low.Z);
                Value minusOne = (b.Constant("MinusOne") + expLow).Named("minusOne");
                // Above FastHigh and up to CorrectionLimit: the two-float sum with 2^k - 1 split by TwoSum.
                Value xMid = FloatBitsPieces.ClampAbove(b, x, b.Constant("CorrectionLimit")).Named("xMid");
                ExpReduction mid = ExpReduction.Reduce(b, xMid);
                var (mh, ml) = ExpQuotientSteps.ExpM1(b, mid, Polynomials.Coefficients(b, "C", 2), positiveK: true);
                Value twoFloat = (mh + ml).Named("twoFloat");
                Value aboveFast = b.Select(b.LessThanOrEqual(x, b.Constant("CorrectionLimit")), twoFloat, large);
                Value outside = b.Select(b.LessThan(x, b.Constant("FastLow")), minusOne, aboveFast);
                result = b.Select(FloatBitsPieces.AbsAtMost(b, x, b.Constant("FastHigh")), inRange, outside).Named("result");
            }
            else
            {
                result = b.Select(b.LessThanOrEqual(x, b.Constant("FastLimit")), inRange, large).Named("result");
            }
            return program.Build(fastBlock, guardBlock, b.Return(FloatBitsPieces.KeepNaN(b, x, result)));
        }

        private Value FastBody(BlockBuilder b, Value x)
        {
            var coefficients = Polynomials.Coefficients(b, "C", 2);
            if (!_carried)
            {
                Value xc = FloatBitsPieces.ClampBelow(b, x, b.Constant("ClampLow")).Named("xc");
                return FloatBitsPieces.OrSignOf(b, x, ExpQuotientSteps.ExpM1Short(b, ExpReduction.Reduce(b, xc), coefficients));
            }
            ExpReduction reduction = ExpReduction.Reduce(b, x);
            Value r = reduction.R;
            Value tail = b.Fma(r * r, Polynomials.Horner(b, coefficients, r).Named("p"), reduction.Error(b)).Named("tail");
            Value v = (r + tail).Named("v");
            Value vlo = (tail - (v - r)).Named("vlo");
            Value scale = PowerOfTwo.FromShifterBits(b, reduction.Z).Named("scale");
            // 2^k - 1 is exact for the fast path's k, and 2^k·v is exact (a power of two times a float), so each fused
            // multiply-add below rounds only its sum: mh = (2^k - 1) + 2^k·v, and 2^k·v + ((2^k - 1) - mh) its error
            // (Fast2Sum), without 2^k·v ever being formed on its own.
            Value sm1 = (scale - b.Constant("One")).Named("sm1");
            Value mh = b.Fma(scale, v, sm1).Named("mh");
            Value ml = b.Fma(scale, vlo, b.Fma(scale, v, sm1 - mh)).Named("ml");
            return FloatBitsPieces.OrSignOf(b, x, mh + ml);
        }

        /// <summary>e^x for x beyond the fast path, -1 neglected: 2^k2·(2^k1·(1 + v)), one rounding (x clamped at ClampHigh).</summary>
        private Value Large(BlockBuilder b, Value x)
        {
            Value xc = FloatBitsPieces.ClampAbove(b, x, b.Constant("ClampHigh")).Named("xHigh");
            ExpReduction reduction = ExpReduction.Reduce(b, xc);
            Value v = Core(b, reduction).Named("vLarge");
            int mantissa = PowerOfTwo.MantissaBits(b);
            Value k = (b.BitCast(reduction.Z) - b.BitCast(b.Constant("Shifter"))).Named("k");
            Value k1 = (k >> 1).Named("k1");
            Value s1 = b.BitCast((k1 + b.Int(PowerOfTwo.ExponentBias(b))) << mantissa).Named("s1");
            Value s2 = b.BitCast(((k - k1) + b.Int(PowerOfTwo.ExponentBias(b))) << mantissa).Named("s2");
            return (b.Fma(v, s1, s1) * s2).Named("large");
        }

        /// <summary>v ≈ e^r - 1 rounded to the format (r + (r²·P(r) + e) carried, r + r²·P(r) short).</summary>
        private Value Core(BlockBuilder b, ExpReduction reduction)
        {
            Value r = reduction.R;
            Value p = Polynomials.Horner(b, Polynomials.Coefficients(b, "C", 2), r);
            return _carried ? r + b.Fma(r * r, p, reduction.Error(b)) : b.Fma(r * r, p, r);
        }
    }
}
