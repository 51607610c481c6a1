using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Generators.Programs.Pieces;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// ln(1 + x) with full relative accuracy near 0: u = 1 + x rounded only chooses k (u = 2^k·m, m in [sqrt(1/2), sqrt(2))
    /// from the bits, as for ln); f = (1 + x)·2^-k - 1 is then formed from x itself in one fused multiply-add,
    /// x·2^-k + (2^-k - 1), both products and the difference exact, so f rounds once and for |x| small (k = 0) f = x
    /// exactly. ln(1 + x) = k·ln2 + ln(1 + f), the core the one of ln: a polynomial in f for float, the atanh series in
    /// s = f/(2 + f) for double.
    /// </summary>
    /// <remarks>
    /// The carried programs also recover f's rounding error δ exactly (TwoSum of x·2^-k and 2^-k - 1) and add δ/(1 + f) to
    /// first order (δ·(1 - f) for float, δ·(1 - 2s) for double). The fast path takes -1 &lt; x &lt; 2^(emax - 1) (one
    /// unsigned comparison of the bits of u - 1, so 2^-k stays normal); the special path maps -1 to -Inf, below it and NaN
    /// to NaN, +Inf to itself, and takes huge x as ln x (1/x is far below its ULP): its bits split like ln's, f exact.
    /// </remarks>
    internal sealed class Log1PAlgorithm : AlgorithmDescriptor
    {
        private readonly bool _atanh;
        private readonly bool _carried;

        private Log1PAlgorithm(KernelAlgorithm algorithm, bool atanh, bool carried)
            : base(algorithm)
        {
            _atanh = atanh;
            _carried = carried;
        }

        public static readonly Log1PAlgorithm ExponentSplit = new Log1PAlgorithm(KernelAlgorithm.Log1PExponentSplit, atanh: false, carried: true);

        public static readonly Log1PAlgorithm ExponentSplitShort = new Log1PAlgorithm(KernelAlgorithm.Log1PExponentSplitShort, atanh: false, carried: false);

        public static readonly Log1PAlgorithm AtanhSeries = new Log1PAlgorithm(KernelAlgorithm.Log1PAtanhSeries, atanh: true, carried: true);

        public override string Description => (_atanh, _carried) switch
        {
            (true, _) => "exponent split of 1 + x, f from x in one fused multiply-add with its error carried, atanh series",
            (false, true) => "exponent split of 1 + x, f from x in one fused multiply-add with its error carried",
            _ => "exponent split of 1 + x, f from x in one fused multiply-add",
        };

        private static readonly double Sqrt2 = Math.Sqrt(2);

        /// <summary>f lies in [sqrt(1/2) - 1, sqrt(2) - 1] up to the rounding of u (2^-24 of m): widened for it.</summary>
        private const double Widening = 1 + 1e-6;

        public override bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax) =>
            function == MathFunctionId.Log1P && (element == ElementKind.Float64) == _atanh;

        public override IEnumerable<int> Degrees(ElementKind element) => _atanh
            ? Enumerable.Range(0, 11).Select(i => 5 + 2 * i)
            : Enumerable.Range(4, 11);

        /// <summary>The ln2 constants, as ln's programs spell them.</summary>
        public IReadOnlyList<(string Name, string HexFloat)> Reduction(ElementKind element) => _atanh
            ? LogAlgorithm.AtanhSeries.Reduction(element)
            : LogAlgorithm.ExponentSplit.Reduction(element);

        public override FitLayout Layout(FitQuery query, IFitNumerics numerics)
        {
            CoreFit core;
            if (_atanh)
            {
                IReadOnlyList<int> powers = FitLayout.Powers(3, (query.Degree - 1) / 2, step: 2);
                core = new CoreFit("ln(1+f) = 2·atanh(s) = 2s + s³·P(s²)", CoreTarget.TwoAtanh, 0, (3 - 2 * Sqrt2) * Widening, new[] { new FixedTerm(1, 2.0) },
                    powers, FitLayout.Names("C", FitLayout.Powers(1, powers.Count)));
            }
            else
            {
                IReadOnlyList<int> powers = FitLayout.Powers(2, query.Degree - 1);
                core = new CoreFit("ln(1+f) = f + f²·P(f)", CoreTarget.Log1P, (1 / Sqrt2 - 1) * Widening, (Sqrt2 - 1) * Widening, new[] { new FixedTerm(1, 1.0) }, powers, FitLayout.Names("C", powers));
            }
            double max = query.IsSingle ? Math.Pow(2, 126) : Math.Pow(2, 1022);
            // From the float above -1 (ln(1 + x) = -Inf at -1 itself).
            double low = query.IsSingle ? -1 + Math.Pow(2, -24) : -1 + Math.Pow(2, -53);
            return FitLayout.Sequential(new[] { core }, Reduction(query.Element), Enumerable.Empty<(string, string)>(), new SampleRange(low, max, -0.5, 2.0));
        }

        public override KernelProgram Build(CatalogEntry entry)
        {
            var program = new ProgramBuilder(entry);
            bool single = program.IsSingle;
            program.Define("One", 1.0, "1");
            program.Define("Half", 0.5, "1/2");
            program.Define("Two", 2.0, "2");
            program.Define("MinusOne", -1.0, "-1: ln(1 + x) is -Inf there and NaN below");
            program.Define("MinusTwo", -2.0, "-2");
            program.Define("Huge", single ? Math.Pow(2, 126) : Math.Pow(2, 1022), single ? "0x1p126: from here on 2^-k would not be normal" : "0x1p1022: from here on 2^-k would not be normal");
            program.Define("PositiveInfinity", double.PositiveInfinity, "ln(1 + Inf)");
            program.Define("NegativeInfinity", double.NegativeInfinity, "ln(1 - 1)");
            program.Define("NaN", double.NaN, "ln of a negative number");
            program.Define("Zero", 0.0, "0");

            BlockBuilder fast = program.Block();
            var (fastF, fastDelta, fastK) = FromX(fast, fast.Input);
            // ln(1 + x) has the sign of x; or-ing it in restores -0 for x = -0, which the sums turn into +0.
            ProgramBlock fastBlock = fast.Return(FloatBitsPieces.OrSignOf(fast, fast.Input, Tail(fast, fastF, fastDelta, fastK, entry.Scheme)));

            // u - 1 as unsigned bits is below bits(Huge) - 1 exactly when 0 < u < Huge: -1 < x < Huge - 1, not NaN.
            BlockBuilder guard = program.Block();
            Value u = guard.Input + guard.Constant("One");
            long hugeBits = single ? FloatBits.Of((float)program["Huge"]) : FloatBits.Of(program["Huge"]);
            ProgramBlock guardBlock = guard.Return(guard.UnsignedLessThan(guard.BitCast(u) - guard.Int(1), guard.Int(hugeBits - 1)));

            BlockBuilder b = program.Block();
            Value x = b.Input;
            var (f, delta, k) = FromX(b, x);
            // Huge x: ln(1 + x) = ln x to far below an ULP; x's own bits give k and f = m - 1 exactly (Sterbenz).
            var (hugeF, hugeK) = SplitBits(b, b.BitCast(x).Named("ixHuge"));
            Value huge = b.GreaterThanOrEqual(x, b.Constant("Huge")).Named("huge");
            Value fAll = b.Select(huge, hugeF, f).Named("fAll");
            Value kAll = b.Select(huge, hugeK, k).Named("kAll");
            // Huge inputs have no rounding error in f.
            Value? deltaAll = delta is Value d ? b.Select(huge, b.Constant("Zero"), d).Named("deltaAll") : (Value?)null;
            Value y = FloatBitsPieces.OrSignOf(b, x, Tail(b, fAll, deltaAll, kAll, entry.Scheme));
            y = b.Select(b.Equal(x, b.Constant("MinusOne")), b.Constant("NegativeInfinity"), y).Named("yAll");
            y = b.Select(b.LessThan(x, b.Constant("MinusOne")), b.Constant("NaN"), y).Named("yAll");
            y = b.Select(b.Equal(x, b.Constant("PositiveInfinity")), x, y).Named("yAll");
            return program.Build(fastBlock, guardBlock, b.Return(FloatBitsPieces.KeepNaN(b, x, y)));
        }

        /// <summary>f = (1 + x)·2^-k - 1 rounded once, its rounding error δ (carried programs), and k as an integer.</summary>
        private (Value F, Value? Delta, Value K) FromX(BlockBuilder b, Value x)
        {
            int p = PowerOfTwo.MantissaBits(b);
            int bias = PowerOfTwo.ExponentBias(b);
            Value one = b.Constant("One");
            Value u = (x + one).Named("u");
            Value tmp = (b.BitCast(u) - b.Int(b.Program.IsSingle ? 0x3F3504F3 : 0x3FE6A09E667F3BCD)).Named("tmp");
            Value k = (tmp >> p).Named("k");
            // 2^-k from its bits: normal for every k the fast path meets.
            Value scale = b.BitCast((b.Int(bias) - k) << p).Named("scale");
            Value sm1 = (scale - one).Named("sm1");
            Value f = b.Fma(x, scale, sm1).Named("f");
            if (!_carried) return (f, null, k);
            // TwoSum of a = x·2^-k (exact) and sm1 = 2^-k - 1 (exact), whose rounded sum is f.
            Value a = (x * scale).Named("xs");
            Value bv = (f - a).Named("bv");
            Value delta = ((a - (f - bv)) + (sm1 - bv)).Named("delta");
            return (f, delta, k);
        }

        /// <summary>The bits of a positive normal x split as ln's are: k and f = m - 1, exact.</summary>
        private static (Value F, Value K) SplitBits(BlockBuilder b, Value bits)
        {
            int p = PowerOfTwo.MantissaBits(b);
            Value tmp = (bits - b.Int(b.Program.IsSingle ? 0x3F3504F3 : 0x3FE6A09E667F3BCD)).Named("tmpHuge");
            Value k = (tmp >> p).Named("kHuge");
            Value f = (b.BitCast(bits - (k << p)) - b.Constant("One")).Named("fHuge");
            return (f, k);
        }

        /// <summary>k·ln2 + ln(1 + f + δ), δ to first order.</summary>
        private Value Tail(BlockBuilder b, Value f, Value? delta, Value k, EvaluationScheme scheme)
        {
            Value kf = b.ToFloat(k).Named("kf");
            if (!_atanh)
            {
                Value f2 = (f * f).Named("f2");
                Value poly = Polynomials.Evaluate(b, scheme, Polynomials.Coefficients(b, "C", 2), f, "fp").Named("p");
                // δ/(1 + f) = δ·(1 - f + ...): the next term, δ·f², is below 2^-28 of the result.
                Value small = delta is Value d ? b.Fma(f2, poly, b.Fma(-d, f, d)) : f2 * poly;
                return b.Fma(kf, b.Constant("Ln2"), f + small).Named("y");
            }
            Value s = (f / (f + b.Constant("Two"))).Named("s");
            Value z = (s * s).Named("z");
            Value r = (z * Polynomials.Evaluate(b, scheme, Polynomials.Coefficients(b, "C", 1), z, "z")).Named("r");
            Value hfsq = (b.Constant("Half") * f * f).Named("hfsq");
            // 1/(1 + f) = (1 - s)/(1 + s) = 1 - 2s + ...: δ·(1 - 2s), the next term δ·2s² far below the result's ULP.
            Value low = b.Fma(kf, b.Constant("Ln2Lo"), delta is Value dd ? b.Fma(dd * b.Constant("MinusTwo"), s, dd) : b.Constant("Zero"));
            return b.Fma(kf, b.Constant("Ln2Hi"), f - (hfsq - b.Fma(s, hfsq + r, low))).Named("y");
        }
    }
}
