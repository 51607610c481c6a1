using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Generators.Programs.Pieces;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// 10^x: x = k·log10(2) + r with k = round(x·log2(10)) by the round-to-integer shifter, r Cody-Waite style with
    /// log10(2) = Hi + Lo (k·Hi exact), 10^r = 1 + r·P(r) on |r| &lt;= log10(2)/2, and the result scaled by 2^k from the
    /// shifter's bits.
    /// </summary>
    /// <remarks>
    /// The short program rounds 1 + r·P(r) once, in one fused multiply-add. The carried one also keeps that rounding's
    /// error (1 - hi is exact, Sterbenz) and the reduction's, e·ln10 to first order, and adds both before the last
    /// rounding. Fast path, special path (clamp, two-factor scaling, NaN) and the bounded variant are exp's
    /// (<see cref="ExpAlgorithm"/>).
    /// </remarks>
    internal sealed class Exp10Algorithm : AlgorithmDescriptor
    {
        private readonly bool _carried;

        private Exp10Algorithm(KernelAlgorithm algorithm, bool carried)
            : base(algorithm) => _carried = carried;

        public static readonly Exp10Algorithm CodyWaite = new Exp10Algorithm(KernelAlgorithm.Exp10CodyWaite, carried: true);

        public static readonly Exp10Algorithm CodyWaiteShort = new Exp10Algorithm(KernelAlgorithm.Exp10CodyWaiteShort, carried: false);

        public override string Description => _carried ? "Cody-Waite reduction by log10(2), rounding errors carried" : "Cody-Waite reduction by log10(2)";

        /// <summary>
        /// log2(10), and log10(2) = Hi + Lo with Hi short enough that k·Hi is exact (11 significant bits for float, |k| &lt; 2^8;
        /// 32 for double, |k| &lt; 2^11); the carried program also needs ln 10.
        /// </summary>
        public IReadOnlyList<(string Name, string HexFloat)> Reduction(ElementKind element)
        {
            var constants = element == ElementKind.Float32
                ? new List<(string, string)> { ("Log2Of10", "0x1.a934fp1"), ("NegLog10Of2Hi", "-0x1.344p-2"), ("NegLog10Of2Lo", "-0x1.3509f8p-18") }
                : new List<(string, string)> { ("Log2Of10", "0x1.a934f0979a371p1"), ("NegLog10Of2Hi", "-0x1.34413508p-2"), ("NegLog10Of2Lo", "-0x1.f79fef311f12bp-34") };
            if (_carried) constants.Add(("Ln10", element == ElementKind.Float32 ? "0x1.26bb1cp1" : "0x1.26bb1bbb55516p1"));
            return constants;
        }

        /// <summary>
        /// |x| &lt;= FastLimit keeps 2^k normal; above ClampHigh 10^x is certainly infinite (float: from 38.532, double: from
        /// 308.255), below ClampLow certainly 0 (float: below -45.155, double: below -323.607).
        /// </summary>
        public static IReadOnlyList<(string Name, string HexFloat)> SpecialLimits(ElementKind element) => element == ElementKind.Float32
            ? new[] { ("FastLimit", "0x1.2cp5"), ("ClampHigh", "0x1.38p5"), ("ClampLow", "-0x1.7p5") }
            : new[] { ("FastLimit", "0x1.33p8"), ("ClampHigh", "0x1.36p8"), ("ClampLow", "-0x1.4ap8") };

        public override bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax) => function == MathFunctionId.Exp10;

        public override IEnumerable<int> Degrees(ElementKind element) => element == ElementKind.Float32 ? Enumerable.Range(3, 10) : Enumerable.Range(8, 10);

        public override (double Min, double Max)? DomainWithoutSpecialPath(ElementKind element) =>
            element == ElementKind.Float32 ? (-37.5, 37.5) : (-307.0, 307.0);

        /// <summary>Degree n: 10^r = 1 + r·(C1 + C2·r + ... + Cn·r^(n-1)) on |r| &lt;= log10(2)/2 (widened as exp's), relative error.</summary>
        public override FitLayout Layout(FitQuery query, IFitNumerics numerics)
        {
            const double half = 0.15051499783199060 * (1 + 1e-4);
            IReadOnlyList<int> powers = FitLayout.Powers(1, query.Degree);
            var core = new CoreFit("10^r = 1 + r·P(r)", CoreTarget.Exp10, -half, half, new[] { new FixedTerm(0, 1.0) }, powers, FitLayout.Names("C", powers));
            double limit = query.IsSingle ? 37.5 : 307.0;
            return FitLayout.Sequential(new[] { core }, Reduction(query.Element),
                query.SpecialPath ? SpecialLimits(query.Element) : Enumerable.Empty<(string, string)>(),
                new SampleRange(-limit, limit, -limit, limit));
        }

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
            Value xc = FloatBitsPieces.ClampAbove(special, x, special.Constant("ClampHigh")).Named("xc");
            xc = FloatBitsPieces.ClampBelow(special, xc, special.Constant("ClampLow")).Named("xc");
            var (zc, yc) = Core(special, xc, entry.Scheme);
            Value scaled = PowerOfTwo.ScaleInTwoSteps(special, yc, zc).Named("scaled");
            return program.Build(fastBlock, guardBlock, special.Return(FloatBitsPieces.KeepNaN(special, x, scaled)));
        }

        /// <summary>z (x·log2(10) plus the shifter) and y ≈ 10^r.</summary>
        private (Value Z, Value Y) Core(BlockBuilder b, Value x, EvaluationScheme scheme)
        {
            Value one = b.Constant("One");
            ExpReduction reduction = ExpReduction.Reduce(b, x, inverse: "Log2Of10", negHi: "NegLog10Of2Hi", negLo: "NegLog10Of2Lo");
            Value r = reduction.R;
            Value p = Polynomials.Evaluate(b, scheme, Polynomials.Coefficients(b, "C", 1), r, "rp").Named("p");
            if (!_carried) return (reduction.Z, b.Fma(r, p, one).Named("y"));
            Value hi = b.Fma(r, p, one).Named("hi");
            Value lo = b.Fma(r, p, one - hi).Named("lo");
            Value e = reduction.Error(b);
            return (reduction.Z, (hi + b.Fma(e, b.Constant("Ln10"), lo)).Named("y"));
        }
    }
}
