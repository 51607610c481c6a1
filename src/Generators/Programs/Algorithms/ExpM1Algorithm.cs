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
    /// core itself and never the cancelling e^x - 1.
    /// </summary>
    /// <remarks>
    /// The carried program keeps m in two floats (<see cref="ExpQuotientSteps.ExpM1"/>) and rounds mh + ml once; the short
    /// one computes m in one fused multiply-add. x is clamped below at ClampLow, where the result has already rounded to -1,
    /// so 2^k stays normal there. The fast path covers x &lt;= FastLimit (2^k normal); above it, for NaN and +Inf the
    /// special path computes e^x (the -1 is far below its ULP) as 2^k1·((1 + v)·2^k2), one rounding, to +Inf past the
    /// overflow threshold, and gives other lanes the fast path's bits.
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
        /// Below ClampLow e^x - 1 rounds to -1 (float: e^x &lt; 2^-25 from -17.33; double: &lt; 2^-54 from -37.43); up to
        /// FastLimit 2^k is normal; from ClampHigh on e^x overflows (float 88.73, double 709.79).
        /// </summary>
        public static IReadOnlyList<(string Name, string HexFloat)> Limits(ElementKind element) => element == ElementKind.Float32
            ? new[] { ("ClampLow", "-0x1.2p4"), ("FastLimit", "0x1.6p6"), ("ClampHigh", "0x1.64p6") }
            : new[] { ("ClampLow", "-0x1.4p5"), ("FastLimit", "0x1.628p9"), ("ClampHigh", "0x1.63p9") };

        public override bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax) => function == MathFunctionId.ExpM1;

        public override IEnumerable<int> Degrees(ElementKind element) => element == ElementKind.Float32 ? Enumerable.Range(3, 10) : Enumerable.Range(8, 10);

        /// <summary>Degree n: e^r - 1 = r + r²·(C2 + ... + Cn·r^(n-2)) on |r| &lt;= ln2/2 (widened), relative error.</summary>
        public override FitLayout Layout(FitQuery query, IFitNumerics numerics)
        {
            IReadOnlyList<int> powers = FitLayout.Powers(2, query.Degree - 1);
            var core = new CoreFit("expm1(r) = r + r²·P(r)", CoreTarget.ExpM1, -ExpAlgorithm.ReducedHalfInterval, ExpAlgorithm.ReducedHalfInterval,
                new[] { new FixedTerm(1, 1.0) }, powers, FitLayout.Names("C", powers));
            var leading = ExpAlgorithm.Reduction(query.Element).Concat(Limits(query.Element));
            // Bit patterns over the fast path (every binade of tiny |x| included), values where k changes often.
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

            // Comparisons are false for NaN, which takes the special path with +Inf and everything above FastLimit.
            BlockBuilder guard = program.Block();
            ProgramBlock guardBlock = guard.Return(guard.LessThanOrEqual(guard.Input, guard.Constant("FastLimit")));

            BlockBuilder b = program.Block();
            Value x = b.Input;
            Value inRange = FastBody(b, x).Named("inRange");
            Value xc = FloatBitsPieces.ClampAbove(b, x, b.Constant("ClampHigh")).Named("xc");
            ExpReduction reduction = ExpReduction.Reduce(b, xc);
            Value v = Core(b, reduction).Named("vLarge");
            int mantissa = PowerOfTwo.MantissaBits(b);
            Value k = (b.BitCast(reduction.Z) - b.BitCast(b.Constant("Shifter"))).Named("k");
            Value k1 = (k >> 1).Named("k1");
            Value s1 = b.BitCast((k1 + b.Int(PowerOfTwo.ExponentBias(b))) << mantissa).Named("s1");
            Value s2 = b.BitCast(((k - k1) + b.Int(PowerOfTwo.ExponentBias(b))) << mantissa).Named("s2");
            Value large = (b.Fma(v, s1, s1) * s2).Named("large");
            Value result = b.Select(b.LessThanOrEqual(x, b.Constant("FastLimit")), inRange, large).Named("result");
            return program.Build(fastBlock, guardBlock, b.Return(FloatBitsPieces.KeepNaN(b, x, result)));
        }

        /// <summary>
        /// m, with the sign bit of x or-ed in: e^x - 1 has the sign of x, and the arithmetic alone would turn -0 into +0
        /// (r + r²·P(r) adds a +0).
        /// </summary>
        private Value FastBody(BlockBuilder b, Value x)
        {
            Value xc = FloatBitsPieces.ClampBelow(b, x, b.Constant("ClampLow")).Named("xc");
            ExpReduction reduction = ExpReduction.Reduce(b, xc);
            var coefficients = Polynomials.Coefficients(b, "C", 2);
            if (!_carried) return FloatBitsPieces.OrSignOf(b, x, ExpQuotientSteps.ExpM1Short(b, reduction, coefficients));
            var (mh, ml) = ExpQuotientSteps.ExpM1(b, reduction, coefficients, positiveK: true);
            return FloatBitsPieces.OrSignOf(b, x, mh + ml);
        }

        /// <summary>v ≈ e^r - 1 as the fast path forms it (r + (r²·P(r) + e) carried, r + r²·P(r) short).</summary>
        private Value Core(BlockBuilder b, ExpReduction reduction)
        {
            Value r = reduction.R;
            Value p = Polynomials.Horner(b, Polynomials.Coefficients(b, "C", 2), r).Named("pLarge");
            return _carried ? r + b.Fma(r * r, p, reduction.Error(b)) : b.Fma(r * r, p, r);
        }
    }
}
