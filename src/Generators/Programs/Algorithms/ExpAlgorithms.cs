using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Pieces;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// e^x and 2^x: x = k·b + r with k an integer found by the round-to-integer shifter, a polynomial for the core on
    /// |r| &lt;= b/2, and the result scaled by 2^k built from the shifter's bits.
    /// </summary>
    /// <remarks>
    /// The fast path covers inputs whose 2^k is a normal number; it multiplies once, so a subnormal result is rounded
    /// once, from the polynomial's value. Larger |x|, infinities and NaN take the special path: x is clamped to where the
    /// result is certainly 0 or infinity, 2^k is applied in two factors (<see cref="PowerOfTwo.ScaleInTwoSteps"/>), and NaN
    /// is passed through quieted; the fast path's lanes get the same bits there. Entries whose domain keeps 2^k normal
    /// carry no FastLimit and have no special path, no range check and no branch.
    /// </remarks>
    internal sealed class ExpAlgorithm : AlgorithmDescriptor
    {
        private readonly bool _base2;
        private readonly bool _carried;

        private ExpAlgorithm(KernelAlgorithm algorithm, bool base2, bool carried)
            : base(algorithm)
        {
            _base2 = base2;
            _carried = carried;
        }

        /// <summary>e^x = 2^k·(1 + (r + (r²·P(r) + e))), the rounding error e of r carried.</summary>
        public static readonly ExpAlgorithm CodyWaite = new ExpAlgorithm(KernelAlgorithm.ExpCodyWaite, base2: false, carried: true);

        /// <summary>e^x = 2^k·(1 + (r + r²·P(r))): one operation fewer, looser bound.</summary>
        public static readonly ExpAlgorithm CodyWaiteShort = new ExpAlgorithm(KernelAlgorithm.ExpCodyWaiteShort, base2: false, carried: false);

        /// <summary>2^x: k = round(x), r = x - k exactly, 2^x = 2^k·(1 + r·P(r)).</summary>
        public static readonly ExpAlgorithm Exp2Rounded = new ExpAlgorithm(KernelAlgorithm.Exp2Rounded, base2: true, carried: false);

        public override string Description => _base2 ? "exact integer reduction"
            : _carried ? "Cody-Waite reduction with carried rounding error" : "Cody-Waite reduction";

        public override KernelProgram Build(CatalogEntry entry)
        {
            var program = new ProgramBuilder(entry);
            int p = program.IsSingle ? 23 : 52;
            int bias = program.IsSingle ? 127 : 1023;
            program.Define("Shifter", 1.5 * System.Math.Pow(2, p) + bias, $"1.5*2^{p} + {bias}: adding it rounds to an integer k and leaves k + bias in the low bits");
            program.Define("One", 1.0, "1");

            BlockBuilder fast = program.Block();
            var (z, y) = Core(fast, fast.Input, entry.Scheme);
            ProgramBlock fastBlock = fast.Return(y * PowerOfTwo.FromShifterBits(fast, z));
            if (!program.Has("FastLimit")) return program.Build(fastBlock);

            BlockBuilder guard = program.Block();
            ProgramBlock guardBlock = guard.Return(FloatBitsPieces.AbsAtMost(guard, guard.Input, guard.Constant("FastLimit")));

            BlockBuilder special = program.Block();
            Value x = special.Input;
            // Comparisons are false for NaN, so NaN survives the clamp and is restored quiet at the end.
            Value xc = FloatBitsPieces.ClampAbove(special, x, special.Constant("ClampHigh")).Named("xc");
            xc = FloatBitsPieces.ClampBelow(special, xc, special.Constant("ClampLow")).Named("xc");
            var (zc, yc) = Core(special, xc, entry.Scheme);
            Value scaled = PowerOfTwo.ScaleInTwoSteps(special, yc, zc).Named("scaled");
            return program.Build(fastBlock, guardBlock, special.Return(FloatBitsPieces.KeepNaN(special, x, scaled)));
        }

        /// <summary>
        /// ln2 = Ln2Hi + Ln2Lo with Ln2Hi short enough that k·Ln2Hi is exact: 16 significant bits for float (|k| &lt; 2^8),
        /// 32 for double (|k| &lt; 2^21).
        /// </summary>
        public static IReadOnlyList<(string Name, string HexFloat)> Reduction(ElementKind element) => element == ElementKind.Float32
            ? new[] { ("InvLn2", "0x1.715476p0"), ("NegLn2Hi", "-0x1.62e4p-1"), ("NegLn2Lo", "-0x1.7f7d1cp-20") }
            : new[] { ("InvLn2", "0x1.71547652b82fep0"), ("NegLn2Hi", "-0x1.62e42feep-1"), ("NegLn2Lo", "-0x1.a39ef35793c76p-33") };

        /// <summary>
        /// The special path's limits: |x| &lt;= FastLimit keeps 2^k normal; beyond ClampHigh the result is certainly
        /// infinite and below ClampLow certainly 0, so clamping there changes nothing and keeps k in range.
        /// </summary>
        public static IReadOnlyList<(string Name, string HexFloat)> SpecialLimits(ElementKind element, bool base2) => (base2, element == ElementKind.Float32) switch
        {
            (false, true) => new[] { ("FastLimit", "0x1.5ep6"), ("ClampHigh", "0x1.9p6"), ("ClampLow", "-0x1.b8p6") },
            (false, false) => new[] { ("FastLimit", "0x1.62p9"), ("ClampHigh", "0x1.68p9"), ("ClampLow", "-0x1.7cp9") },
            (true, true) => new[] { ("FastLimit", "0x1.f8p6"), ("ClampHigh", "0x1.04p7"), ("ClampLow", "-0x1.4p7") },
            _ => new[] { ("FastLimit", "0x1.fep9"), ("ClampHigh", "0x1.018p10"), ("ClampLow", "-0x1.13p10") },
        };

        /// <summary>ln2/2 widened for k = round(x·InvLn2): the product's rounding moves r past ln2/2 by at most |x|·2^-24.</summary>
        public const double ReducedHalfInterval = 0.34657359027997264 * (1 + 1e-4);

        /// <summary>e^r = 1 + r + r²·P(r) on |r| &lt;= ln2/2, P of degree <paramref name="degree"/> - 2, relative error.</summary>
        public static CoreFit ExpCore(int degree)
        {
            IReadOnlyList<int> powers = FitLayout.Powers(2, degree - 1);
            return new CoreFit("exp(r) = 1 + r + r²·P(r)", CoreTarget.Exp, -ReducedHalfInterval, ReducedHalfInterval,
                new[] { new FixedTerm(0, 1.0), new FixedTerm(1, 1.0) }, powers, FitLayout.Names("C", powers));
        }

        public override bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax) =>
            function == (_base2 ? MathFunctionId.Exp2 : MathFunctionId.Exp);

        public override IEnumerable<int> Degrees(ElementKind element) => element == ElementKind.Float32 ? Enumerable.Range(2, 13) : Enumerable.Range(6, 11);

        public override (double Min, double Max)? DomainWithoutSpecialPath(ElementKind element) => (_base2, element == ElementKind.Float32) switch
        {
            (false, true) => (-87.5, 88.3),
            (false, false) => (-708.0, 709.0),
            (true, true) => (-126.0, 127.0),
            _ => (-1022.0, 1023.0),
        };

        /// <summary>Degree n: the core polynomial's highest power of r (e^r: C2..Cn; 2^r: C1..Cn of 1 + r·P(r)).</summary>
        public override FitLayout Layout(FitQuery query, IFitNumerics numerics)
        {
            CoreFit core = _base2
                ? new CoreFit("2^r = 1 + r·P(r)", CoreTarget.Exp2, -0.5, 0.5, new[] { new FixedTerm(0, 1.0) }, FitLayout.Powers(1, query.Degree), FitLayout.Names("C", FitLayout.Powers(1, query.Degree)))
                : ExpCore(query.Degree);
            double limit = (_base2, query.IsSingle) switch { (false, true) => 87.5, (false, false) => 708.0, (true, true) => 126.0, _ => 1020.0 };
            return FitLayout.Sequential(
                new[] { core },
                _base2 ? Enumerable.Empty<(string, string)>() : Reduction(query.Element),
                query.SpecialPath ? SpecialLimits(query.Element, _base2) : Enumerable.Empty<(string, string)>(),
                new SampleRange(-limit, limit, -limit, limit));
        }

        /// <summary>z (x/b plus the shifter) and y (the core result before scaling by 2^k).</summary>
        private (Value Z, Value Y) Core(BlockBuilder b, Value x, EvaluationScheme scheme)
        {
            Value one = b.Constant("One");
            if (_base2)
            {
                Value z2 = (x + b.Constant("Shifter")).Named("z");
                Value r2 = (x - (z2 - b.Constant("Shifter"))).Named("r");
                Value p2 = Polynomials.Evaluate(b, scheme, Polynomials.Coefficients(b, "C", 1), r2, "r").Named("p");
                return (z2, b.Fma(r2, p2, one).Named("y"));
            }
            ExpReduction reduction = ExpReduction.Reduce(b, x);
            Value r = reduction.R;
            Value rSquared = (r * r).Named("r2");
            Value p = Polynomials.Evaluate(b, scheme, Polynomials.Coefficients(b, "C", 2), r, "rp").Named("p");
            if (_carried)
            {
                Value e = reduction.Error(b);
                return (reduction.Z, ((r + b.Fma(rSquared, p, e)) + one).Named("y"));
            }
            return (reduction.Z, (b.Fma(rSquared, p, r) + one).Named("y"));
        }
    }
}
