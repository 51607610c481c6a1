using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Pieces;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// Sigmoid 1/(1 + e^-x): t = e^-|x| in (0, 1] by the exp reduction, then 1/(1 + t) for x &gt;= 0 and t/(1 + t) for
    /// x &lt; 0, so neither branch cancels; both are computed and selected per lane.
    /// </summary>
    /// <remarks>
    /// The carried program keeps t and 1 + t in two floats and corrects the quotient once
    /// (<see cref="TwoFloat.CorrectedQuotient"/>): a plain chain rounds 1 + t, which alone costs up to one ULP of a result
    /// near 1. The short program is that plain chain. The fast path covers |x| &lt;= FastLimit, where 2^k stays normal;
    /// the special path gives 1 above it, e^x rounded once (exp's two-factor scaling, to subnormal or 0) below it, since
    /// sigmoid(x) = e^x·(1 - e^x + ...) differs from e^x by far less than an ULP there, NaN quieted, and the fast path's own
    /// bits to the other lanes.
    /// </remarks>
    internal sealed class SigmoidAlgorithm : AlgorithmDescriptor
    {
        private readonly bool _carried;

        private SigmoidAlgorithm(KernelAlgorithm algorithm, bool carried)
            : base(algorithm) => _carried = carried;

        public static readonly SigmoidAlgorithm ExpQuotient = new SigmoidAlgorithm(KernelAlgorithm.SigmoidExpQuotient, carried: true);

        public static readonly SigmoidAlgorithm ExpQuotientShort = new SigmoidAlgorithm(KernelAlgorithm.SigmoidExpQuotientShort, carried: false);

        public override string Description => _carried
            ? "Cody-Waite reduction, two-float 1 + e^-|x| and corrected quotient"
            : "Cody-Waite reduction, plain quotient";

        public override KernelProgram Build(CatalogEntry entry)
        {
            var program = new ProgramBuilder(entry);
            int mantissaBits = program.IsSingle ? 23 : 52;
            int bias = program.IsSingle ? 127 : 1023;
            program.Define("Shifter", 1.5 * System.Math.Pow(2, mantissaBits) + bias, $"1.5*2^{mantissaBits} + {bias}: adding it rounds to an integer k and leaves k + bias in the low bits");
            program.Define("One", 1.0, "1");
            program.Define("Zero", 0.0, "0");
            program.Define("NegativeZero", -0.0, "-0: the sign bit alone");

            BlockBuilder fast = program.Block();
            ProgramBlock fastBlock = fast.Return(FastBody(fast, fast.Input));

            BlockBuilder guard = program.Block();
            ProgramBlock guardBlock = guard.Return(FloatBitsPieces.AbsAtMost(guard, guard.Input, guard.Constant("FastLimit")));

            BlockBuilder b = program.Block();
            Value x = b.Input;
            Value inRange = FastBody(b, x).Named("inRange");
            // e^x below -FastLimit, as exp's special path computes it; comparisons are false for NaN.
            Value xc = FloatBitsPieces.ClampBelow(b, x, b.Constant("ClampLow")).Named("xc");
            ExpReduction reduction = ExpReduction.Reduce(b, xc);
            Value r = reduction.R;
            Value e = reduction.Error(b);
            Value p = Polynomials.Horner(b, Polynomials.Coefficients(b, "C", 2), r).Named("pTiny");
            Value y = ((r + b.Fma(r * r, p, e)) + b.Constant("One")).Named("yTiny");
            Value tiny = PowerOfTwo.ScaleInTwoSteps(b, y, reduction.Z).Named("tiny");
            Value saturated = b.Select(b.GreaterThan(x, b.Constant("Zero")), b.Constant("One"), tiny);
            Value result = b.Select(b.GreaterThan(b.Abs(x), b.Constant("FastLimit")), saturated, inRange).Named("result");
            return program.Build(fastBlock, guardBlock, b.Return(FloatBitsPieces.KeepNaN(b, x, result)));
        }

        /// <summary>
        /// The special path's limits: |x| &lt;= FastLimit keeps 2^k normal (float 87.5, double 708); below ClampLow e^x is 0
        /// (float -110, double -760).
        /// </summary>
        public static IReadOnlyList<(string Name, string HexFloat)> SpecialLimits(ElementKind element) => element == ElementKind.Float32
            ? new[] { ("FastLimit", "0x1.5ep6"), ("ClampLow", "-0x1.b8p6") }
            : new[] { ("FastLimit", "0x1.62p9"), ("ClampLow", "-0x1.7cp9") };

        public override bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax) => function == MathFunctionId.Sigmoid;

        public override IEnumerable<int> Degrees(ElementKind element) => element == ElementKind.Float32 ? Enumerable.Range(2, 13) : Enumerable.Range(8, 9);

        /// <summary>The only polynomial is the exp core: exp's problem, judged on the whole sigmoid fast path.</summary>
        public override FitLayout Layout(FitQuery query, IFitNumerics numerics) => FitLayout.Sequential(
            new[] { ExpAlgorithm.ExpCore(query.Degree) },
            ExpAlgorithm.Reduction(query.Element),
            SpecialLimits(query.Element),
            query.IsSingle ? new SampleRange(-87.5, 87.5, -20.0, 20.0) : new SampleRange(-708.0, 708.0, -40.0, 40.0));

        private Value FastBody(BlockBuilder b, Value x)
        {
            // -|x| in one operation: the sign bit set.
            Value a = (x | b.Constant("NegativeZero")).Named("a");
            var (th, tl) = ExpQuotientSteps.Exp(b, a, Polynomials.Coefficients(b, "C", 2), _carried);
            var (dh, dl) = ExpQuotientSteps.OnePlus(b, th, tl);
            Value negative = b.LessThan(x, b.Constant("Zero"));
            Value nh = b.Select(negative, th, b.Constant("One")).Named("nh");
            if (!_carried) return nh / dh;
            Value nl = b.Select(negative, tl!.Value, b.Constant("Zero")).Named("nl");
            return TwoFloat.CorrectedQuotient(b, nh, nl, dh, dl!.Value);
        }
    }
}
