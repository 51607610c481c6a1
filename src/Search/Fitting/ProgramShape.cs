using System;
using System.Collections.Generic;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// What a <see cref="KernelAlgorithm"/> needs from a fit: the core approximation problem (interval, fixed leading
    /// part, free powers), the reduction constants the emitter reads, where its fast path is, and its cost.
    /// </summary>
    /// <remarks>
    /// Cost counts the operations of one evaluation of the fast path as the emitter writes it: every add, sub, mul,
    /// fused multiply-add, shift, integer add and int-to-float conversion is 1; reinterpretations are free; the range
    /// check of a program with a special path is 2 (abs and compare, or sub and unsigned compare). With n the degree:
    /// ExpCodyWaiteShort n + 7, ExpCodyWaite n + 10, Exp2Rounded n + 5, LogExponentSplit n + 8, Log2ExponentSplit n + 9,
    /// DirectPolynomial n (Horner), ErfPiecewise 3n + 15 (three pieces, see ErfPiecewiseShape); the atanh series of
    /// degree n in s has m = (n - 1)/2 coefficients and costs m + 17 (LogAtanhSeries) or m + 21 (Log2AtanhSeries), the
    /// division counted as one operation like the rest. Estrin adds the multiplications forming its powers. This
    /// reproduces every catalog cost: 18 (exp.f32.u1), 16 (bounded), 14 (exp.f32.u4), 13 (exp2.f32.u1), 20 and 18
    /// (log.f32), 21 (log2.f32.u1), 8 (exp.f32.unit.direct8), 44 (erf.f32.u1), 26 (log.f64.u1), 30 (log2.f64.u1).
    /// </remarks>
    internal static partial class ProgramShape
    {
        /// <summary>ln2/2 widened for float k = round(x·InvLn2): the product's rounding moves r past ln2/2 by at most |x|·2^-24.</summary>
        private const double ExpHalfInterval = 0.34657359027997264 * (1 + 1e-4);

        private static readonly double Sqrt2 = Math.Sqrt(2);

        public static int Cost(KernelAlgorithm algorithm, int degree, bool specialPath)
        {
            int fast = algorithm switch
            {
                KernelAlgorithm.ExpCodyWaiteShort => degree + 7,
                KernelAlgorithm.ExpCodyWaite => degree + 10,
                KernelAlgorithm.Exp2Rounded => degree + 5,
                KernelAlgorithm.LogExponentSplit => degree + 8,
                KernelAlgorithm.Log2ExponentSplit => degree + 9,
                KernelAlgorithm.DirectPolynomial => degree,
                KernelAlgorithm.LogAtanhSeries => AtanhCoefficients(degree) + 17,
                KernelAlgorithm.Log2AtanhSeries => AtanhCoefficients(degree) + 21,
                KernelAlgorithm.ErfPiecewise => ErfPiecewiseShape.Cost(degree, specialPath: false),
                KernelAlgorithm.SinCosQuadrant => SinCosFastCost(degree),
                KernelAlgorithm.SinCosQuadrantShort => SinCosShortFastCost(degree),
                KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort
                    or KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort or KernelAlgorithm.TanhExpM1Quotient
                    or KernelAlgorithm.TanhExpM1QuotientShort => ExpQuotientShape.FastCost(algorithm, degree),
                _ => throw new NotSupportedException("nk-search fit has no cost model for " + algorithm),
            };
            return fast + (specialPath ? 2 : 0);
        }

        /// <summary>s = f/(2 + f) for f in [sqrt(1/2) - 1, sqrt(2) - 1] lies in [-(3 - 2·sqrt 2), 3 - 2·sqrt 2], widened for the rounding of s.</summary>
        private static readonly double AtanhHalfInterval = (3 - 2 * Math.Sqrt(2)) * (1 + 1e-9);

        /// <summary>Programs whose emitter evaluates its core through PolynomialSchemes.Evaluate, so Estrin applies.</summary>
        public static bool HasEstrinForm(KernelAlgorithm algorithm) => algorithm is KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort
            or KernelAlgorithm.Exp2Rounded or KernelAlgorithm.LogExponentSplit or KernelAlgorithm.Log2ExponentSplit
            or KernelAlgorithm.LogAtanhSeries or KernelAlgorithm.Log2AtanhSeries or KernelAlgorithm.DirectPolynomial;

        /// <summary>How many coefficients the emitter reads for <paramref name="algorithm"/> at <paramref name="degree"/>.</summary>
        public static int CoefficientCount(KernelAlgorithm algorithm, int degree) =>
            algorithm is KernelAlgorithm.LogAtanhSeries or KernelAlgorithm.Log2AtanhSeries
                ? AtanhCoefficients(degree)
                : degree - FastPathSimulator<float>.FirstCoefficient(algorithm) + 1;

        /// <summary>Coefficients C1..Cm of the atanh series whose highest power of s is <paramref name="degree"/> (odd).</summary>
        public static int AtanhCoefficients(int degree) => (degree - 1) / 2;

        /// <summary>The core problem of <paramref name="algorithm"/> at <paramref name="degree"/> (direct: on [min, max]).</summary>
        public static FitProblem Problem(MathFunctionId function, ElementKind element, KernelAlgorithm algorithm, int degree, double min, double max)
        {
            if (ExpQuotientShape.HasOddPolynomial(algorithm)) return ExpQuotientShape.TanhProblem(degree);
            if (ExpQuotientShape.IsExpM1Tanh(algorithm)) return ExpQuotientShape.ExpM1Problem(degree, ExpHalfInterval);
            int first = FastPathSimulator<float>.FirstCoefficient(algorithm);
            var powers = FitProblem.Powers(first, degree - first + 1);
            return algorithm switch
            {
                KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort
                    or KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort => new FitProblem(
                    "exp(r) = 1 + r + r²·P(r)", TargetFunctions.Exp(), -ExpHalfInterval, ExpHalfInterval,
                    new[] { new FixedTerm(0, 1.0), new FixedTerm(1, 1.0) }, powers, ErrorMeasure.Relative),
                KernelAlgorithm.Exp2Rounded => new FitProblem(
                    "2^r = 1 + r·P(r)", TargetFunctions.Exp2(), -0.5, 0.5, new[] { new FixedTerm(0, 1.0) }, powers, ErrorMeasure.Relative),
                KernelAlgorithm.LogExponentSplit => new FitProblem(
                    "ln(1+f) = f + f²·P(f)", TargetFunctions.Log1P(), 1 / Sqrt2 - 1, Sqrt2 - 1, new[] { new FixedTerm(1, 1.0) }, powers, ErrorMeasure.Relative),
                KernelAlgorithm.Log2ExponentSplit => new FitProblem(
                    "log2(1+f) = f·(InvLn2Hi + InvLn2Lo) + f²·P(f)", TargetFunctions.Log2OnePlus(), 1 / Sqrt2 - 1, Sqrt2 - 1,
                    new[] { new FixedTerm(1, InvLn2Parts(element)) }, powers, ErrorMeasure.Relative),
                // Both atanh logs share the core: the emitter's f - (hfsq - s·(hfsq + z·P(z))) equals 2s + s³·P(s²) exactly
                // in real arithmetic, so P is fitted to 2·atanh(s) with 2s fixed, in relative error, on [0, b] (it is odd).
                KernelAlgorithm.LogAtanhSeries or KernelAlgorithm.Log2AtanhSeries => new FitProblem(
                    "ln(1+f) = 2·atanh(s) = 2s + s³·P(s²)", TargetFunctions.TwoAtanh(), 0, AtanhHalfInterval,
                    new[] { new FixedTerm(1, 2.0) }, FitProblem.Powers(3, AtanhCoefficients(degree), step: 2), ErrorMeasure.Relative),
                KernelAlgorithm.DirectPolynomial => new FitProblem(
                    FunctionName(function) + "(x) = P(x)", DirectTarget(function), min, max, Array.Empty<FixedTerm>(), powers, ErrorMeasure.Relative),
                _ => throw new NotSupportedException("nk-search fit cannot fit " + algorithm),
            };
        }

        /// <summary>Every core problem of the program, in the order of <see cref="CoefficientNames"/> (most programs have one).</summary>
        public static IReadOnlyList<FitProblem> Problems(MathFunctionId function, ElementKind element, KernelAlgorithm algorithm, int degree, double min, double max) =>
            algorithm is KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort
                ? SinCosProblems(degree)
                : new[] { Problem(function, element, algorithm, degree, min, max) };

        /// <summary>The catalog names of the fitted coefficients, in the order the problems list them: C{power}.</summary>
        public static IReadOnlyList<string> CoefficientNames(KernelAlgorithm algorithm, int degree)
        {
            if (algorithm is KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort) return SinCosCoefficientNames(degree);
            // C{first}, C{first+1}, ...: the atanh series names its coefficients by the power of s² they multiply.
            int first = FastPathSimulator<float>.FirstCoefficient(algorithm);
            var names = new List<string>();
            for (int i = 0; i < CoefficientCount(algorithm, degree); i++) names.Add("C" + (first + i).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return names;
        }

        /// <summary>The catalog constants besides the coefficients, as the existing entries spell them.</summary>
        public static IReadOnlyList<(string Name, string HexFloat)> ReductionConstants(KernelAlgorithm algorithm, ElementKind element, bool specialPath)
        {
            bool single = element == ElementKind.Float32;
            var constants = new List<(string, string)>();
            switch (algorithm)
            {
                case KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort:
                    // ln2 = Ln2Hi + Ln2Lo with Ln2Hi short enough that k·Ln2Hi is exact (16 bits for float, 32 for double).
                    constants.AddRange(single
                        ? new[] { ("InvLn2", "0x1.715476p0"), ("NegLn2Hi", "-0x1.62e4p-1"), ("NegLn2Lo", "-0x1.7f7d1cp-20") }
                        : new[] { ("InvLn2", "0x1.71547652b82fep0"), ("NegLn2Hi", "-0x1.62e42feep-1"), ("NegLn2Lo", "-0x1.a39ef35793c76p-33") });
                    break;
                case KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort
                    or KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort or KernelAlgorithm.TanhExpM1Quotient
                    or KernelAlgorithm.TanhExpM1QuotientShort:
                    constants.AddRange(ExpQuotientShape.ReductionConstants(algorithm));
                    break;
                case KernelAlgorithm.LogExponentSplit:
                    constants.Add(("Ln2", single ? "0x1.62e43p-1" : "0x1.62e42fefa39efp-1"));
                    break;
                case KernelAlgorithm.LogAtanhSeries:
                    // k·Ln2Hi is exact (Ln2Hi on 32 bits, |k| < 2^11), Ln2Lo carries the rest.
                    constants.AddRange(single
                        ? new[] { ("Ln2Hi", "0x1.62e4p-1"), ("Ln2Lo", "0x1.7f7d1cp-20") }
                        : new[] { ("Ln2Hi", "0x1.62e42feep-1"), ("Ln2Lo", "0x1.a39ef35793c76p-33") });
                    break;
                case KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort:
                    constants.AddRange(SinCosReductionConstants(algorithm, element));
                    break;
                case KernelAlgorithm.Log2ExponentSplit or KernelAlgorithm.Log2AtanhSeries:
                    constants.AddRange(single
                        ? new[] { ("InvLn2Hi", "0x1.715476p0"), ("InvLn2Lo", "0x1.4ae0cp-26") }
                        : new[] { ("InvLn2Hi", "0x1.71547652b82fep0"), ("InvLn2Lo", "0x1.777d0ffda0d24p-56") });
                    break;
            }
            return constants;
        }

        /// <summary>Constants placed after the coefficients: the special path's limits (as in the shipped entries).</summary>
        public static IReadOnlyList<(string Name, string HexFloat)> SpecialPathConstants(KernelAlgorithm algorithm, ElementKind element)
        {
            bool single = element == ElementKind.Float32;
            return algorithm switch
            {
                KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort => single
                    ? new[] { ("FastLimit", "0x1.5ep6"), ("ClampHigh", "0x1.9p6"), ("ClampLow", "-0x1.b8p6") }
                    : new[] { ("FastLimit", "0x1.62p9"), ("ClampHigh", "0x1.68p9"), ("ClampLow", "-0x1.7cp9") },
                KernelAlgorithm.Exp2Rounded => single
                    ? new[] { ("FastLimit", "0x1.f8p6"), ("ClampHigh", "0x1.04p7"), ("ClampLow", "-0x1.4p7") }
                    : new[] { ("FastLimit", "0x1.fep9"), ("ClampHigh", "0x1.018p10"), ("ClampLow", "-0x1.13p10") },
                KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort => new[] { ("FastLimit", SinCosFastLimitHex) },
                KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort => ExpQuotientShape.SigmoidLimits,
                _ => Array.Empty<(string, string)>(),
            };
        }

        /// <summary>
        /// The exp family's inputs whose 2^k is a normal number: on a domain inside it the program needs no special
        /// path (exp.f32.u1.bounded). Null for programs whose special path cannot be dropped.
        /// </summary>
        public static (double Min, double Max)? NormalScaleDomain(KernelAlgorithm algorithm, ElementKind element)
        {
            bool single = element == ElementKind.Float32;
            return algorithm switch
            {
                KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort => single ? (-87.5, 88.3) : (-708.0, 709.0),
                KernelAlgorithm.Exp2Rounded => single ? (-126.0, 127.0) : (-1022.0, 1023.0),
                KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort => (-SinCosFastLimit, SinCosFastLimit),
                _ => null,
            };
        }

        /// <summary>Where the fast path runs (the sample's range) and where its reduced argument sweeps the whole interval.</summary>
        public static (double Low, double High, double DenseLow, double DenseHigh) FastRange(KernelAlgorithm algorithm, ElementKind element)
        {
            bool single = element == ElementKind.Float32;
            return algorithm switch
            {
                KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort => single ? (-87.5, 87.5, -87.5, 87.5) : (-708.0, 708.0, -708.0, 708.0),
                KernelAlgorithm.Exp2Rounded => single ? (-126.0, 126.0, -126.0, 126.0) : (-1020.0, 1020.0, -1020.0, 1020.0),
                KernelAlgorithm.LogExponentSplit or KernelAlgorithm.Log2ExponentSplit
                    or KernelAlgorithm.LogAtanhSeries or KernelAlgorithm.Log2AtanhSeries => single
                    ? (Math.ScaleB(1.0, -126), float.MaxValue, 0.5, 2.0)
                    : (Math.ScaleB(1.0, -1022), double.MaxValue, 0.5, 2.0),
                KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort => (-SinCosFastLimit, SinCosFastLimit, -8.0, 8.0),
                KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort => (-87.5, 87.5, -20.0, 20.0),
                KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort or KernelAlgorithm.TanhExpM1Quotient
                    or KernelAlgorithm.TanhExpM1QuotientShort => ExpQuotientShape.TanhSampleRange,
                _ => (double.NaN, double.NaN, double.NaN, double.NaN),
            };
        }

        public static string Describe(KernelAlgorithm algorithm) => algorithm switch
        {
            KernelAlgorithm.ExpCodyWaite => "Cody-Waite reduction with carried rounding error",
            KernelAlgorithm.ExpCodyWaiteShort => "Cody-Waite reduction",
            KernelAlgorithm.Exp2Rounded => "exact integer reduction",
            KernelAlgorithm.LogExponentSplit => "exponent split",
            KernelAlgorithm.Log2ExponentSplit => "exponent split, 1/ln2 in two parts",
            KernelAlgorithm.DirectPolynomial => "no range reduction",
            KernelAlgorithm.LogAtanhSeries => "exponent split, atanh series",
            KernelAlgorithm.Log2AtanhSeries => "exponent split, atanh series, 1/ln2 in two parts",
            KernelAlgorithm.ErfPiecewise => "three pieces on |x|, odd near 0, coefficients selected per lane",
            KernelAlgorithm.SinCosQuadrant => "quadrant reduction: Cody-Waite with carried rounding error, Payne-Hanek beyond 2^18",
            KernelAlgorithm.SinCosQuadrantShort => "quadrant reduction: Cody-Waite, Payne-Hanek beyond 2^18",
            KernelAlgorithm.SigmoidExpQuotient => "Cody-Waite reduction, two-float 1 + e^-|x| and corrected quotient",
            KernelAlgorithm.SigmoidExpQuotientShort => "Cody-Waite reduction, plain quotient",
            KernelAlgorithm.TanhExpQuotient => "odd polynomial on [0, 0.5625], two-float exp quotient above",
            KernelAlgorithm.TanhExpQuotientShort => "odd polynomial on [0, 0.5625], plain exp quotient above",
            KernelAlgorithm.TanhExpM1Quotient => "Cody-Waite reduction, e^-2|x| - 1 in two floats, corrected quotient",
            KernelAlgorithm.TanhExpM1QuotientShort => "Cody-Waite reduction, e^-2|x| - 1 in one fused multiply-add, plain quotient",
            _ => algorithm.ToString(),
        };

        public static string FunctionName(MathFunctionId function) => function.ToString().ToLowerInvariant();

        private static double[] InvLn2Parts(ElementKind element) => element == ElementKind.Float32
            ? new[] { HexFloat.Parse("0x1.715476p0"), HexFloat.Parse("0x1.4ae0cp-26") }
            : new[] { HexFloat.Parse("0x1.71547652b82fep0"), HexFloat.Parse("0x1.777d0ffda0d24p-56") };

        private static HighPrecisionFunction DirectTarget(MathFunctionId function) => function switch
        {
            MathFunctionId.Exp => TargetFunctions.Exp(),
            MathFunctionId.Exp2 => TargetFunctions.Exp2(),
            MathFunctionId.Log => TargetFunctions.Log(),
            MathFunctionId.Log2 => TargetFunctions.Log2(),
            MathFunctionId.Erf => TargetFunctions.Erf(),
            MathFunctionId.Tanh => TargetFunctions.Tanh(),
            MathFunctionId.Sigmoid => TargetFunctions.Sigmoid(),
            _ => throw new NotSupportedException("nk-search fit has no target for " + function),
        };
    }
}
