using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Pieces;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// ln x and log2 x: x = 2^k·m with m in [sqrt(1/2), sqrt(2)) taken from the bits (subtracting the bits of sqrt(1/2)
    /// moves the binade boundary there), f = m - 1 exactly (Sterbenz), and a polynomial in f or, for double, in
    /// s = f/(2 + f).
    /// </summary>
    /// <remarks>
    /// The fast path takes positive normal finite inputs, detected with one unsigned comparison of the bits. The special
    /// path scales subnormals by 2^p (exact) and corrects k, and maps 0 to -Inf, negatives to NaN, +Inf to +Inf and NaN
    /// to itself (quieted); for normal lanes it computes exactly what the fast path does.
    /// </remarks>
    internal sealed class LogAlgorithm : AlgorithmDescriptor
    {
        private readonly LogBase _base;
        private readonly bool _atanh;

        private LogAlgorithm(KernelAlgorithm algorithm, LogBase logBase, bool atanh)
            : base(algorithm)
        {
            _base = logBase;
            _atanh = atanh;
        }

        private enum LogBase
        {
            E,
            Two,
            Ten,

            /// <summary>log10 with its k·log10(2) + log10(1 + f) sum compensated (Fast2Sum and the products' errors).</summary>
            TenCarried,
        }

        private bool IsBase2 => _base == LogBase.Two;

        private bool IsBase10 => _base is LogBase.Ten or LogBase.TenCarried;

        /// <summary>ln x = k·ln2 + (f + f²·P(f)).</summary>
        public static readonly LogAlgorithm ExponentSplit = new LogAlgorithm(KernelAlgorithm.LogExponentSplit, LogBase.E, atanh: false);

        /// <summary>log2 x = k + (f·Ahi + (f·Alo + f²·P(f))), 1/ln2 = Ahi + Alo.</summary>
        public static readonly LogAlgorithm Log2ExponentSplit = new LogAlgorithm(KernelAlgorithm.Log2ExponentSplit, LogBase.Two, atanh: false);

        /// <summary>ln(1 + f) = f - (f²/2 - s·(f²/2 + s²·P(s²))), s = f/(2 + f), ln2 split so k·ln2 adds exactly.</summary>
        public static readonly LogAlgorithm AtanhSeries = new LogAlgorithm(KernelAlgorithm.LogAtanhSeries, LogBase.E, atanh: true);

        /// <summary>The atanh series scaled by 1/ln2 carried in two parts.</summary>
        public static readonly LogAlgorithm Log2AtanhSeries = new LogAlgorithm(KernelAlgorithm.Log2AtanhSeries, LogBase.Two, atanh: true);

        /// <summary>log10 x = k·log10(2) + (f·Bhi + (f·Blo + f²·P(f))), 1/ln10 = Bhi + Blo, log10(2) = Hi + Lo.</summary>
        public static readonly LogAlgorithm Log10ExponentSplitShort = new LogAlgorithm(KernelAlgorithm.Log10ExponentSplitShort, LogBase.Ten, atanh: false);

        /// <summary>As the short program with the sum of k·log10(2) and f/ln10 compensated.</summary>
        public static readonly LogAlgorithm Log10ExponentSplit = new LogAlgorithm(KernelAlgorithm.Log10ExponentSplit, LogBase.TenCarried, atanh: false);

        /// <summary>log10 for double: ln(1 + f) = hi + lo by the atanh series, scaled by 1/ln10 in two parts, the sum compensated.</summary>
        public static readonly LogAlgorithm Log10AtanhSeries = new LogAlgorithm(KernelAlgorithm.Log10AtanhSeries, LogBase.TenCarried, atanh: true);

        public override string Description => (_atanh, _base) switch
        {
            (false, LogBase.E) => "exponent split",
            (false, LogBase.Two) => "exponent split, 1/ln2 in two parts",
            (false, LogBase.Ten) => "exponent split, 1/ln10 and log10(2) in two parts",
            (false, _) => "exponent split, 1/ln10 and log10(2) in two parts, compensated sum",
            (true, LogBase.E) => "exponent split, atanh series",
            (true, LogBase.Two) => "exponent split, atanh series, 1/ln2 in two parts",
            _ => "exponent split, atanh series, 1/ln10 and log10(2) in two parts, compensated sum",
        };

        public override KernelProgram Build(CatalogEntry entry)
        {
            var program = new ProgramBuilder(entry);
            bool single = program.IsSingle;
            int p = single ? 23 : 52;
            program.Define("One", 1.0, "1");
            program.Define("Half", 0.5, "1/2");
            program.Define("Two", 2.0, "2");
            program.Define("MinNormal", single ? 1.1754943508222875e-38 : 2.2250738585072014e-308, single ? "0x1p-126" : "0x1p-1022");
            program.Define("SubnormalScale", System.Math.Pow(2, p), $"0x1p{p}: makes a subnormal normal, exactly");
            program.Define("Zero", 0.0, "0");
            program.Define("NegativeInfinity", double.NegativeInfinity, "ln 0");
            program.Define("PositiveInfinity", double.PositiveInfinity, "ln +Inf");
            program.Define("NaN", double.NaN, "ln of a negative number");

            BlockBuilder fast = program.Block();
            ProgramBlock fastBlock = fast.Return(Core(fast, fast.BitCast(fast.Input).Named("ix"), null, entry.Scheme));

            // One unsigned comparison of the bits accepts exactly the positive normal finite inputs.
            BlockBuilder guard = program.Block();
            Value minNormalBits = guard.Int(single ? 0x00800000 : 0x0010000000000000L);
            Value normalSpan = guard.Int(single ? 0x7F000000 : 0x7FE0000000000000L);
            ProgramBlock guardBlock = guard.Return(guard.UnsignedLessThan(guard.BitCast(guard.Input) - minNormalBits, normalSpan));

            BlockBuilder special = program.Block();
            Value x = special.Input;
            Value subnormal = special.LessThan(x, special.Constant("MinNormal")).Named("subnormal");
            Value ix = special.BitCast(special.Select(subnormal, x * special.Constant("SubnormalScale"), x)).Named("ix");
            Value kAdjust = special.Select(subnormal, special.Int(-p), special.Int(0)).Named("kAdjust");
            Value y = Core(special, ix, kAdjust, entry.Scheme);
            y = special.Select(special.Equal(x, special.Constant("Zero")), special.Constant("NegativeInfinity"), y).Named("y");
            y = special.Select(special.LessThan(x, special.Constant("Zero")), special.Constant("NaN"), y).Named("y");
            y = special.Select(special.Equal(x, special.Constant("PositiveInfinity")), x, y).Named("y");
            return program.Build(fastBlock, guardBlock, special.Return(FloatBitsPieces.KeepNaN(special, x, y)));
        }

        /// <summary>The constants besides the coefficients, as the catalog's entries spell them.</summary>
        public IReadOnlyList<(string Name, string HexFloat)> Reduction(ElementKind element)
        {
            bool single = element == ElementKind.Float32;
            if (IsBase10)
            {
                // k·Log10Of2Hi is exact: Hi has 11 significant bits for float (|k| < 2^8 with subnormals' adjustment),
                // 32 for double (|k| < 2^11).
                return single
                    ? new[] { ("Log10Of2Hi", "0x1.344p-2"), ("Log10Of2Lo", "0x1.3509f8p-18"), ("InvLn10Hi", "0x1.bcb7b2p-2"), ("InvLn10Lo", "-0x1.5b235ep-27") }
                    : new[] { ("Log10Of2Hi", "0x1.34413508p-2"), ("Log10Of2Lo", "0x1.f79fef311f12bp-34"), ("InvLn10Hi", "0x1.bcb7b1526e50ep-2"), ("InvLn10Lo", "0x1.95355baaafad3p-57") };
            }
            if (IsBase2)
            {
                return single
                    ? new[] { ("InvLn2Hi", "0x1.715476p0"), ("InvLn2Lo", "0x1.4ae0cp-26") }
                    : new[] { ("InvLn2Hi", "0x1.71547652b82fep0"), ("InvLn2Lo", "0x1.777d0ffda0d24p-56") };
            }
            if (_atanh)
            {
                // k·Ln2Hi is exact (Ln2Hi on 32 bits, |k| < 2^11), Ln2Lo carries the rest.
                return single
                    ? new[] { ("Ln2Hi", "0x1.62e4p-1"), ("Ln2Lo", "0x1.7f7d1cp-20") }
                    : new[] { ("Ln2Hi", "0x1.62e42feep-1"), ("Ln2Lo", "0x1.a39ef35793c76p-33") };
            }
            return new[] { ("Ln2", single ? "0x1.62e43p-1" : "0x1.62e42fefa39efp-1") };
        }

        private static readonly double Sqrt2 = Math.Sqrt(2);

        /// <summary>s = f/(2 + f) for f in [sqrt(1/2) - 1, sqrt(2) - 1] lies in [-(3 - 2·sqrt 2), 3 - 2·sqrt 2], widened for the rounding of s.</summary>
        private static readonly double AtanhHalfInterval = (3 - 2 * Math.Sqrt(2)) * (1 + 1e-9);

        public override bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax) =>
            function == (IsBase10 ? MathFunctionId.Log10 : IsBase2 ? MathFunctionId.Log2 : MathFunctionId.Log) && (element == ElementKind.Float64) == _atanh;

        /// <summary>Exponent split: the degree in f; atanh series: the odd degree in s (2 to 12 coefficients of P(s²)).</summary>
        public override IEnumerable<int> Degrees(ElementKind element) => _atanh
            ? Enumerable.Range(0, 11).Select(i => 5 + 2 * i)
            : element == ElementKind.Float32 ? Enumerable.Range(2, 13) : Enumerable.Range(6, 11);

        public override FitLayout Layout(FitQuery query, IFitNumerics numerics)
        {
            CoreFit core;
            if (_atanh)
            {
                // Both atanh logs share the core: f - (hfsq - s·(hfsq + z·P(z))) equals 2s + s³·P(s²) exactly in real
                // arithmetic, so P is fitted to 2·atanh(s) with 2s fixed, in relative error, on [0, b] (it is odd). The
                // coefficients are named by the power of s² they multiply: C1 for s³, C2 for s⁵, ...
                IReadOnlyList<int> powers = FitLayout.Powers(3, (query.Degree - 1) / 2, step: 2);
                core = new CoreFit("ln(1+f) = 2·atanh(s) = 2s + s³·P(s²)", CoreTarget.TwoAtanh, 0, AtanhHalfInterval, new[] { new FixedTerm(1, 2.0) },
                    powers, FitLayout.Names("C", FitLayout.Powers(1, powers.Count)));
            }
            else
            {
                IReadOnlyList<int> powers = FitLayout.Powers(2, query.Degree - 1);
                var parts = Reduction(query.Element).Where(c => c.Name.StartsWith("InvLn", StringComparison.Ordinal)).Select(c => HexFloat.Parse(c.HexFloat)).ToArray();
                core = _base switch
                {
                    LogBase.Two => new CoreFit("log2(1+f) = f·(InvLn2Hi + InvLn2Lo) + f²·P(f)", CoreTarget.Log2OnePlus, 1 / Sqrt2 - 1, Sqrt2 - 1, new[] { new FixedTerm(1, parts) }, powers, FitLayout.Names("C", powers)),
                    LogBase.E => new CoreFit("ln(1+f) = f + f²·P(f)", CoreTarget.Log1P, 1 / Sqrt2 - 1, Sqrt2 - 1, new[] { new FixedTerm(1, 1.0) }, powers, FitLayout.Names("C", powers)),
                    _ => new CoreFit("log10(1+f) = f·(InvLn10Hi + InvLn10Lo) + f²·P(f)", CoreTarget.Log10OnePlus, 1 / Sqrt2 - 1, Sqrt2 - 1, new[] { new FixedTerm(1, parts) }, powers, FitLayout.Names("C", powers)),
                };
            }
            double minNormal = query.IsSingle ? Math.Pow(2, -126) : Math.Pow(2, -1022);
            double max = query.IsSingle ? float.MaxValue : double.MaxValue;
            return FitLayout.Sequential(new[] { core }, Reduction(query.Element), Enumerable.Empty<(string, string)>(), new SampleRange(minNormal, max, 0.5, 2.0));
        }

        /// <summary>
        /// log10 = k·Log10Of2Hi + hi·InvLn10Hi + low, summed so that only the last step rounds: kh = k·Log10Of2Hi is exact,
        /// the product hi·InvLn10Hi = ph + pl exactly (fused multiply-add), kh + ph = w + err by Fast2Sum (|kh| &gt;= 0.3 &gt;
        /// |ph| unless k = 0, where the sum is exact), and y = w + (low + (pl + err)).
        /// </summary>
        private static Value CompensatedBase10Sum(BlockBuilder b, Value kf, Value hi, Value low)
        {
            Value kh = (kf * b.Constant("Log10Of2Hi")).Named("kh");
            Value ph = (hi * b.Constant("InvLn10Hi")).Named("ph");
            Value pl = b.Fma(hi, b.Constant("InvLn10Hi"), -ph).Named("pl");
            Value w = (kh + ph).Named("w");
            Value err = (ph - (w - kh)).Named("err");
            return (w + (low + (pl + err))).Named("y");
        }

        /// <summary>log(x) from the bits of x (and an exponent correction for pre-scaled subnormals).</summary>
        private Value Core(BlockBuilder b, Value bits, Value? kAdjust, EvaluationScheme scheme)
        {
            bool single = b.Program.IsSingle;
            int p = single ? 23 : 52;
            Value one = b.Constant("One");
            // The bits of sqrt(1/2).
            Value tmp = (bits - b.Int(single ? 0x3F3504F3 : 0x3FE6A09E667F3BCD)).Named("tmp");
            Value k = (tmp >> p).Named("k");
            Value f = (b.BitCast(bits - (k << p)) - one).Named("f");
            Value kf = b.ToFloat(kAdjust is Value adjust ? k + adjust : k).Named("kf");
            if (!_atanh)
            {
                Value f2 = (f * f).Named("f2");
                Value poly = Polynomials.Evaluate(b, scheme, Polynomials.Coefficients(b, "C", 2), f, "fp").Named("p");
                if (IsBase2)
                {
                    Value t = b.Fma(f, b.Constant("InvLn2Lo"), f2 * poly).Named("t");
                    return (kf + b.Fma(f, b.Constant("InvLn2Hi"), t)).Named("y");
                }
                if (_base == LogBase.Ten)
                {
                    Value t = b.Fma(f, b.Constant("InvLn10Lo"), b.Fma(kf, b.Constant("Log10Of2Lo"), f2 * poly)).Named("t");
                    return b.Fma(kf, b.Constant("Log10Of2Hi"), b.Fma(f, b.Constant("InvLn10Hi"), t)).Named("y");
                }
                if (IsBase10)
                {
                    Value low = b.Fma(f, b.Constant("InvLn10Lo"), b.Fma(kf, b.Constant("Log10Of2Lo"), f2 * poly)).Named("low");
                    return CompensatedBase10Sum(b, kf, f, low);
                }
                return b.Fma(kf, b.Constant("Ln2"), f + f2 * poly).Named("y");
            }
            // s = f/(2+f) makes ln(1+f) = 2·atanh(s), an odd series in s with |s| <= 0.1716: few terms for double.
            Value s = (f / (f + b.Constant("Two"))).Named("s");
            Value z = (s * s).Named("z");
            Value r = (z * Polynomials.Evaluate(b, scheme, Polynomials.Coefficients(b, "C", 1), z, "z")).Named("r");
            Value hfsq = (b.Constant("Half") * f * f).Named("hfsq");
            if (IsBase10)
            {
                // ln(1+f) = hi + lo with hi = f - hfsq; hi/ln10 goes into the compensated sum, lo/ln10 with the low parts.
                Value hiE = (f - hfsq).Named("hi");
                Value loE = b.Fma(s, hfsq + r, (f - hiE) - hfsq).Named("lo");
                Value low = b.Fma(loE, b.Constant("InvLn10Hi"), b.Fma(loE + hiE, b.Constant("InvLn10Lo"), kf * b.Constant("Log10Of2Lo"))).Named("low");
                return CompensatedBase10Sum(b, kf, hiE, low);
            }
            if (IsBase2)
            {
                // ln(1+f) = hi + lo with hi = f - hfsq; scale both by 1/ln2 = InvLn2Hi + InvLn2Lo.
                Value hi = (f - hfsq).Named("hi");
                Value lo = b.Fma(s, hfsq + r, (f - hi) - hfsq).Named("lo");
                Value tail = b.Fma(lo, b.Constant("InvLn2Hi"), (lo + hi) * b.Constant("InvLn2Lo")).Named("tail");
                return (kf + b.Fma(hi, b.Constant("InvLn2Hi"), tail)).Named("y");
            }
            return b.Fma(kf, b.Constant("Ln2Hi"), f - (hfsq - b.Fma(s, hfsq + r, kf * b.Constant("Ln2Lo")))).Named("y");
        }
    }
}
