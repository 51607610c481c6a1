using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Pieces;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// tanh, odd, computed on |x| with the sign put back at the end, with no special path: |x| is clamped to ClampHigh,
    /// where tanh already rounds to 1, so 2^k stays normal and infinities give ±1. NaN goes through the arithmetic and
    /// comes out as x quieted.
    /// </summary>
    /// <remarks>
    /// Through e^r - 1: tanh|x| = -m/(2 + m) with m = e^-2|x| - 1 (<see cref="ExpQuotientSteps.ExpM1"/>), carried in two
    /// floats with the quotient corrected once, or in one fused multiply-add with a plain quotient. With an odd polynomial:
    /// |x| + |x|³·P(x²) below PolyLimit and (1 - t)/(1 + t) with t = e^-2|x| above it, both for every lane, selected per
    /// lane; above PolyLimit 1 - t does not cancel much and the error of t is damped by 2t/((1 - t)(1 + t)) &lt; 1. The exp
    /// core's coefficients are then E2, E3, ... and the odd polynomial's C0, C1, ... for tanh(x) = x + x³·(C0 + C1·x² + ...).
    /// </remarks>
    internal sealed class TanhAlgorithm : AlgorithmDescriptor
    {
        private readonly bool _expM1;
        private readonly bool _carried;

        private TanhAlgorithm(KernelAlgorithm algorithm, bool expM1, bool carried)
            : base(algorithm)
        {
            _expM1 = expM1;
            _carried = carried;
        }

        public static readonly TanhAlgorithm ExpQuotient = new TanhAlgorithm(KernelAlgorithm.TanhExpQuotient, expM1: false, carried: true);

        public static readonly TanhAlgorithm ExpQuotientShort = new TanhAlgorithm(KernelAlgorithm.TanhExpQuotientShort, expM1: false, carried: false);

        public static readonly TanhAlgorithm ExpM1Quotient = new TanhAlgorithm(KernelAlgorithm.TanhExpM1Quotient, expM1: true, carried: true);

        public static readonly TanhAlgorithm ExpM1QuotientShort = new TanhAlgorithm(KernelAlgorithm.TanhExpM1QuotientShort, expM1: true, carried: false);

        public override string Description => (_expM1, _carried) switch
        {
            (true, true) => "Cody-Waite reduction, e^-2|x| - 1 in two floats, corrected quotient",
            (true, false) => "Cody-Waite reduction, e^-2|x| - 1 in one fused multiply-add, plain quotient",
            (false, true) => "odd polynomial on [0, 0.5625], two-float exp quotient above",
            _ => "odd polynomial on [0, 0.5625], plain exp quotient above",
        };

        /// <summary>Where the odd-polynomial programs switch from the polynomial to the exp quotient (0x1.2p-1).</summary>
        public const double PolyLimit = 0.5625;

        /// <summary>Where tanh has rounded to 1 in float (from |x| = 9.01 on): the clamp keeps 2^k normal and changes nothing.</summary>
        public const string ClampHighHex = "0x1.4p3";

        /// <summary>The same for double (tanh rounds to 1 from |x| = 19.06 on).</summary>
        public const string DoubleClampHighHex = "0x1.4p4";

        public override bool HasSpecialPath => false;

        /// <summary>The odd-polynomial programs are float only: they reuse exp.f32.u1's core.</summary>
        public override bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax) =>
            function == MathFunctionId.Tanh && (_expM1 || element == ElementKind.Float32);

        /// <summary>Through e^r - 1: the core's degree; with an odd polynomial: that polynomial's odd degree in x.</summary>
        public override IEnumerable<int> Degrees(ElementKind element) => !_expM1 ? Enumerable.Range(0, 7).Select(i => 5 + 2 * i)
            : element == ElementKind.Float32 ? Enumerable.Range(2, 13) : Enumerable.Range(8, 9);

        /// <summary>
        /// Through e^r - 1 the core is fitted for the relative error of e^r - 1, so that m = e^-2|x| - 1 stays accurate where
        /// it is small. The odd-polynomial programs keep exp.f32.u1's core as it is (E2..E6) and fit
        /// tanh(x) = x + x³·(C0 + C1·x² + ...) on [0, PolyLimit]. The sample takes bit patterns over [0, 10] and values over
        /// [0, 1.5], so the polynomial and the quotient near the switch are both measured.
        /// </summary>
        public override FitLayout Layout(FitQuery query, IFitNumerics numerics)
        {
            var sample = query.IsSingle ? new SampleRange(0.0, 10.0, 0.0, 1.5) : new SampleRange(0.0, 20.0, 0.0, 1.5);
            var leading = ExpAlgorithm.Reduction(query.Element).ToList();
            if (_expM1)
            {
                IReadOnlyList<int> powers = FitLayout.Powers(2, query.Degree - 1);
                var core = new CoreFit("expm1(r) = r + r²·P(r)", CoreTarget.ExpM1, -ExpAlgorithm.ReducedHalfInterval, ExpAlgorithm.ReducedHalfInterval,
                    new[] { new FixedTerm(1, 1.0) }, powers, FitLayout.Names("C", powers));
                leading.Add(("ClampHigh", query.IsSingle ? ClampHighHex : DoubleClampHighHex));
                return FitLayout.Sequential(new[] { core }, leading, Enumerable.Empty<(string, string)>(), sample);
            }
            IReadOnlyList<int> odd = FitLayout.Powers(3, (query.Degree - 1) / 2, step: 2);
            var oddCore = new CoreFit("tanh(x) = x + x³·P(x²)", CoreTarget.Tanh, 0.0, PolyLimit, new[] { new FixedTerm(1, 1.0) }, odd,
                FitLayout.Names("C", FitLayout.Powers(0, odd.Count)));
            CatalogEntry exp = KernelCatalog.Entries.Single(e => e.Id == "exp.f32.u1");
            leading.AddRange(exp.Constants.Where(c => c.Name.Length > 1 && c.Name[0] == 'C' && char.IsDigit(c.Name[1])).Select(c => ("E" + c.Name.Substring(1), c.HexFloat)));
            leading.Add(("PolyLimit", "0x1.2p-1"));
            leading.Add(("ClampHigh", ClampHighHex));
            return FitLayout.Sequential(new[] { oddCore }, leading, Enumerable.Empty<(string, string)>(), sample);
        }

        public override KernelProgram Build(CatalogEntry entry)
        {
            var program = new ProgramBuilder(entry);
            int mantissaBits = program.IsSingle ? 23 : 52;
            int bias = program.IsSingle ? 127 : 1023;
            program.Define("Shifter", 1.5 * System.Math.Pow(2, mantissaBits) + bias, $"1.5*2^{mantissaBits} + {bias}: adding it rounds to an integer k and leaves k + bias in the low bits");
            program.Define("One", 1.0, "1");
            program.Define("MinusTwo", -2.0, "-2");
            program.Define("Two", 2.0, "2");
            program.Define("NegativeZero", -0.0, "-0: the sign bit alone");

            BlockBuilder b = program.Block();
            Value x = b.Input;
            Value ax = b.Abs(x).Named("ax");
            Value clamped = FloatBitsPieces.ClampAbove(b, ax, b.Constant("ClampHigh")).Named("clamped");
            Value a = (clamped * b.Constant("MinusTwo")).Named("a");
            Value signOfX = x & b.Constant("NegativeZero");
            if (_expM1)
            {
                ExpReduction reduction = ExpReduction.Reduce(b, a);
                var coefficients = Polynomials.Coefficients(b, "C", 2);
                Value q;
                if (_carried)
                {
                    var (mh, ml) = ExpQuotientSteps.ExpM1(b, reduction, coefficients);
                    Value dh = (b.Constant("Two") + mh).Named("dh");
                    Value dl = ((mh - (dh - b.Constant("Two"))) + ml).Named("dl");
                    q = TwoFloat.CorrectedQuotient(b, mh, ml, dh, dl);
                }
                else
                {
                    Value m = ExpQuotientSteps.ExpM1Short(b, reduction, coefficients);
                    q = (m / (b.Constant("Two") + m)).Named("q");
                }
                return program.Build(b.Return(b.Abs(q) | signOfX));
            }
            var (th, tl) = ExpQuotientSteps.Exp(b, a, Polynomials.Coefficients(b, "E", 2), _carried);
            var (dhq, dlq) = ExpQuotientSteps.OnePlus(b, th, tl);
            Value one = b.Constant("One");
            Value nh = (one - th).Named("nh");
            Value large;
            if (_carried)
            {
                // Fast2Sum of 1 and -th (th <= 1): nh + nl = 1 - th - tl.
                Value nl = (((one - nh) - th) - tl!.Value).Named("nl");
                large = TwoFloat.CorrectedQuotient(b, nh, nl, dhq, dlq!.Value);
            }
            else
            {
                large = nh / dhq;
            }
            Value s = (ax * ax).Named("s");
            Value small = b.Fma(ax * s, Polynomials.Horner(b, Polynomials.Coefficients(b, "C", 0), s), ax).Named("small");
            // NaN lanes fail the comparison and take the polynomial, whose NaN is |x| quieted whichever operand it came
            // from, so the result is x quieted on every path.
            Value magnitude = b.Select(b.GreaterThan(ax, b.Constant("PolyLimit")), large, small).Named("magnitude");
            return program.Build(b.Return(magnitude | signOfX));
        }
    }
}
