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
    /// special path: the Payne-Hanek reduction of <see cref="PayneHanek"/> in double, rounded to float hi and lo and fed
    /// to the same cores; lanes within FastLimit keep the fast reduction, so mixing lanes is safe. The short program drops
    /// rl: r = |x| - k·Hi - k·Mid - k·Lo by three fused multiply-adds, sin = r + r³·S(r²) and cos = 1 + r²·(-1/2 + r²·C(r²)).
    /// </remarks>
    internal sealed class SinCosAlgorithm : AlgorithmDescriptor
    {
        private readonly bool _carried;

        private SinCosAlgorithm(KernelAlgorithm algorithm, bool carried)
            : base(algorithm) => _carried = carried;

        public static readonly SinCosAlgorithm Quadrant = new SinCosAlgorithm(KernelAlgorithm.SinCosQuadrant, carried: true);

        public static readonly SinCosAlgorithm QuadrantShort = new SinCosAlgorithm(KernelAlgorithm.SinCosQuadrantShort, carried: false);

        public override string Description => _carried
            ? "quadrant reduction: Cody-Waite with carried rounding error, Payne-Hanek beyond 2^18"
            : "quadrant reduction: Cody-Waite, Payne-Hanek beyond 2^18";

        public override KernelProgram Build(CatalogEntry entry)
        {
            if (entry.Element != ElementKind.Float32) throw new NotSupportedException(entry.Id + ": SinCosQuadrant is written for float32");
            if (entry.Function != MathFunctionId.Sin && entry.Function != MathFunctionId.Cos) throw new NotSupportedException(entry.Id + ": SinCosQuadrant computes sin or cos");
            bool isCos = entry.Function == MathFunctionId.Cos;
            var program = new ProgramBuilder(entry);
            program.Define("Shifter", 1.5 * (1 << 23), "1.5*2^23: adding it rounds to an integer k and leaves k in the low bits");
            program.Define("One", 1.0, "1");
            if (_carried) program.Define("Half", 0.5, "1/2");
            else program.Define("NegHalf", -0.5, "-1/2: the fixed r² term of the cos core");

            BlockBuilder fast = program.Block();
            var reduced = FastReduction(fast, fast.Input);
            ProgramBlock fastBlock = fast.Return(Cores(fast, fast.Input, reduced.Z, reduced.R, reduced.Rl, isCos));
            if (!program.Has("FastLimit")) return program.Build(fastBlock);

            program.Define("PositiveInfinity", double.PositiveInfinity, "+Inf");
            program.Define("NaN", double.NaN, "sin and cos of an infinity");
            PayneHanek.Define(program);
            BlockBuilder guard = program.Block();
            ProgramBlock guardBlock = guard.Return(FloatBitsPieces.AbsAtMost(guard, guard.Input, guard.Constant("FastLimit")));

            BlockBuilder b = program.Block();
            Value x = b.Input;
            var near = FastReduction(b, x);
            var (qLo, rhLo, rlLo) = PayneHanek.Reduce(b, b.WidenLower(near.A), "Lo");
            var (qHi, rhHi, rlHi) = PayneHanek.Reduce(b, b.WidenUpper(near.A), "Hi");
            Value rLarge = b.Narrow(rhLo, rhHi).Named("rLarge");
            Value inFastRange = b.LessThanOrEqual(near.A, b.Constant("FastLimit")).Named("fast");
            Value z = b.Select(inFastRange, near.Z, b.Narrow(qLo, qHi) + b.Constant("Shifter")).Named("zAll");
            Value r = b.Select(inFastRange, near.R, rLarge).Named("rAll");
            Value? rl = null;
            if (_carried)
            {
                Value rlLarge = b.Narrow((rhLo - b.WidenLower(rLarge)) + rlLo, (rhHi - b.WidenUpper(rLarge)) + rlHi).Named("rlLarge");
                rl = b.Select(inFastRange, near.Rl!.Value, rlLarge).Named("rlAll");
            }
            Value y = Cores(b, x, z, r, rl, isCos);
            y = b.Select(b.Equal(near.A, b.Constant("PositiveInfinity")), b.Constant("NaN"), y).Named("yAll");
            return program.Build(fastBlock, guardBlock, b.Return(FloatBitsPieces.KeepNaN(b, x, y)));
        }

        /// <summary>|x| up to which the float fast reduction keeps its accuracy (measured exhaustively per binade; 2^19 reaches 1.1 ULP).</summary>
        public const double FastLimit = 262144.0;

        public const string FastLimitHex = "0x1p18";

        /// <summary>
        /// π/4 widened by the shifter's slack at the fast limit: k = round(|x|·TwoOverPi) with TwoOverPi within 2^-25.2 of
        /// 2/π moves |x|·2/π - k past 1/2 by at most 2^18·2^-25.2·2/π = 2^-7.9, so |r| &lt;= π/4·(1 + 2^-6.9).
        /// </summary>
        private static readonly double ReducedHalfInterval = Math.PI / 4 * (1 + Math.Pow(2, -6.5));

        /// <summary>
        /// The float32 reduction: 2/π for k, and π/2 = Hi + Mid + Lo with Hi the float nearest π/2 (so |x| - k·Hi is exact
        /// under fusion) and Mid, Lo the next 24-bit parts (π/2 to 72 bits, error 2^-76.7); the carried program also needs
        /// +Mid for its TwoProduct.
        /// </summary>
        public IReadOnlyList<(string Name, string HexFloat)> Reduction()
        {
            var constants = new List<(string, string)> { ("TwoOverPi", "0x1.45f306p-1"), ("NegPiO2Hi", "-0x1.921fb6p0") };
            if (_carried) constants.Add(("PiO2Mid", "-0x1.777a5cp-25"));
            constants.Add(("NegPiO2Mid", "0x1.777a5cp-25"));
            constants.Add(("NegPiO2Lo", "0x1.ee59dap-50"));
            return constants;
        }

        public override bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax) =>
            function is MathFunctionId.Sin or MathFunctionId.Cos && element == ElementKind.Float32;

        /// <summary>The sin core's odd degree; the cos core has one more.</summary>
        public override IEnumerable<int> Degrees(ElementKind element) => Enumerable.Range(1, 6).Select(i => 2 * i + 1);

        public override (double Min, double Max)? DomainWithoutSpecialPath(ElementKind element) => (-FastLimit, FastLimit);

        /// <summary>
        /// Two cores, sin r = r + r³·P(r²) and cos r = 1 - r²/2 + r⁴·Q(r²), on [0, b] with odd and even powers, named by
        /// their power: C3, C5, ..., Cd, then C4, C6, ..., C(d+1).
        /// </summary>
        public override FitLayout Layout(FitQuery query, IFitNumerics numerics)
        {
            if (query.Degree < 3 || query.Degree % 2 == 0) throw new NotSupportedException("SinCosQuadrant takes an odd sin degree of at least 3, not " + query.Degree);
            int count = (query.Degree - 1) / 2;
            IReadOnlyList<int> sinPowers = FitLayout.Powers(3, count, 2), cosPowers = FitLayout.Powers(4, count, 2);
            var cores = new[]
            {
                new CoreFit("sin(r) = r + r³·P(r²)", CoreTarget.Sin, 0, ReducedHalfInterval, new[] { new FixedTerm(1, 1.0) }, sinPowers, FitLayout.Names("C", sinPowers)),
                new CoreFit("cos(r) = 1 - r²/2 + r⁴·Q(r²)", CoreTarget.Cos, 0, ReducedHalfInterval, new[] { new FixedTerm(0, 1.0), new FixedTerm(2, -0.5) }, cosPowers, FitLayout.Names("C", cosPowers)),
            };
            return FitLayout.Sequential(cores, Reduction(), query.SpecialPath ? new[] { ("FastLimit", FastLimitHex) } : Enumerable.Empty<(string, string)>(),
                new SampleRange(-FastLimit, FastLimit, -8.0, 8.0));
        }

        /// <summary>a = |x|, z (shifter plus k) and |x| - k·π/2 = r + rl (r alone for the short program).</summary>
        private (Value A, Value Z, Value R, Value? Rl) FastReduction(BlockBuilder b, Value x)
        {
            Value a = b.Abs(x).Named("a");
            Value z = b.Fma(a, b.Constant("TwoOverPi"), b.Constant("Shifter")).Named("z");
            Value kf = (z - b.Constant("Shifter")).Named("kf");
            if (!_carried)
            {
                Value rShort = b.Fma(kf, b.Constant("NegPiO2Lo"), b.Fma(kf, b.Constant("NegPiO2Mid"), b.Fma(kf, b.Constant("NegPiO2Hi"), a))).Named("r");
                return (a, z, rShort, null);
            }
            // Exact: a and kf·PiO2Hi are multiples of 2^-24 (kf = 0 below π/4) and |a - kf·PiO2Hi| < 1 for kf < 2^22, so
            // the difference fits 24 bits. p + pe = kf·PiO2Mid exactly (TwoProduct). (rh - r) - p is Fast2Sum's error
            // term, exact when |rh| >= |p|; for every float below 2^18 it gives the same results as a full TwoSum.
            // (Computing it as fma(kf, -PiO2Mid, rh - r) instead is not exact: at |x| = 3π, 8 ULP.)
            Value rh = b.Fma(kf, b.Constant("NegPiO2Hi"), a).Named("rh");
            Value p = (kf * b.Constant("PiO2Mid")).Named("p");
            Value pe = b.Fma(kf, b.Constant("NegPiO2Mid"), p).Named("pe");
            Value r = (rh - p).Named("r");
            Value rl = b.Fma(kf, b.Constant("NegPiO2Lo"), ((rh - r) - p) + pe).Named("rl");
            return (a, z, r, rl);
        }

        /// <summary>y from z (k in its low bits), r, rl and x.</summary>
        private Value Cores(BlockBuilder b, Value x, Value z, Value r, Value? rl, bool isCos)
        {
            Value one = b.Constant("One");
            Value r2 = (r * r).Named("r2");
            Value sinCore, cosCore;
            if (!_carried)
            {
                sinCore = b.Fma(r * r2, Polynomials.Horner(b, Polynomials.Coefficients(b, "C", 3, 2), r2), r).Named("sinCore");
                cosCore = b.Fma(r2, b.Fma(r2, Polynomials.Horner(b, Polynomials.Coefficients(b, "C", 4, 2), r2), b.Constant("NegHalf")), one).Named("cosCore");
            }
            else
            {
                sinCore = (r + b.Fma(r * r2, Polynomials.Horner(b, Polynomials.Coefficients(b, "C", 3, 2), r2), rl!.Value)).Named("sinCore");
                Value h = (b.Constant("Half") * r2).Named("h");
                Value w = (one - h).Named("w");
                cosCore = (w + b.Fma(r2 * r2, Polynomials.Horner(b, Polynomials.Coefficients(b, "C", 4, 2), r2), ((one - w) - h) - r * rl.Value)).Named("cosCore");
            }
            Value iz = b.BitCast(z).Named("iz");
            // Odd quadrants take the other core; quadrants 2 and 3 (cos: 1 and 2) negate.
            Value even = b.Equal(iz & b.Int(1), b.Int(0)).Named("even");
            Value y = b.Select(even, isCos ? cosCore : sinCore, isCos ? sinCore : cosCore).Named("y");
            Value quadrantSign = isCos ? (iz << 30) + b.Int(1 << 30) : (iz << 30) ^ b.BitCast(x);
            Value sign = (quadrantSign & b.Int(unchecked((int)0x80000000))).Named("sign");
            return b.BitCast(b.BitCast(y) ^ sign);
        }
    }
}
