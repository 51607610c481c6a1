using System;
using System.Collections.Generic;
using System.Numerics;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// The fast path of a catalog program, operation for operation as the emitters write it (ExpProgramEmitter,
    /// LogProgramEmitter, DirectPolynomialProgramEmitter: same roundings, same fused multiply-adds, same order), run in
    /// plain C# so coefficient searches can measure thousands of candidates without compiling each. The verifier, which
    /// compiles the emitted text, has the last word; this only has to agree with it on fast-path inputs.
    /// </summary>
    internal sealed partial class FastPathSimulator<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private readonly KernelAlgorithm _algorithm;
        private readonly Dictionary<string, T> _constants;
        private readonly T[] _coefficients;
        private readonly int _firstCoefficient;
        private readonly EvaluationScheme _scheme;
        private readonly ErfPiecewiseSimulator<T>? _erf;
        private readonly MathFunctionId _function;

        public FastPathSimulator(KernelAlgorithm algorithm, IReadOnlyDictionary<string, double> constants, EvaluationScheme scheme = EvaluationScheme.Horner, MathFunctionId function = MathFunctionId.Exp)
        {
            _algorithm = algorithm;
            _scheme = scheme;
            _function = function;
            _constants = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var (name, value) in constants) _constants[name] = T.CreateTruncating(value);
            _firstCoefficient = FirstCoefficient(algorithm);
            var coefficients = new List<T>();
            for (int i = _firstCoefficient; _constants.TryGetValue("C" + i, out T c); i++) coefficients.Add(c);
            _coefficients = coefficients.ToArray();
            if (algorithm == KernelAlgorithm.ErfPiecewise) _erf = new ErfPiecewiseSimulator<T>(constants);
        }

        private static bool IsSingle => typeof(T) == typeof(float);

        /// <summary>Index of the first polynomial coefficient the emitter reads (ProgramConstants.Coefficients(from)).</summary>
        public static int FirstCoefficient(KernelAlgorithm algorithm) => algorithm switch
        {
            KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort => 2,
            KernelAlgorithm.LogExponentSplit or KernelAlgorithm.Log2ExponentSplit => 2,
            KernelAlgorithm.Exp2Rounded or KernelAlgorithm.LogAtanhSeries or KernelAlgorithm.Log2AtanhSeries => 1,
            KernelAlgorithm.DirectPolynomial => 0,
            KernelAlgorithm.ErfPiecewise => 0,
            KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort => 3,
            KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort => 2,
            KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort => 0,
            KernelAlgorithm.TanhExpM1Quotient or KernelAlgorithm.TanhExpM1QuotientShort => 2,
            _ => throw new NotSupportedException("No simulation of " + algorithm),
        };

        public T Evaluate(T x) => _algorithm switch
        {
            KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort => Exp(x),
            KernelAlgorithm.Exp2Rounded => Exp2(x),
            KernelAlgorithm.LogExponentSplit or KernelAlgorithm.Log2ExponentSplit
                or KernelAlgorithm.LogAtanhSeries or KernelAlgorithm.Log2AtanhSeries => Log(x),
            KernelAlgorithm.DirectPolynomial => Horner(x),
            KernelAlgorithm.ErfPiecewise => _erf!.Evaluate(x),
            KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort when IsSingle => T.CreateTruncating(SinCosSingle(float.CreateTruncating(x))),
            KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort => Sigmoid(x),
            KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort => Tanh(x),
            KernelAlgorithm.TanhExpM1Quotient => TanhThroughExpM1(x),
            KernelAlgorithm.TanhExpM1QuotientShort => TanhThroughExpM1Short(x),
            _ => throw new NotSupportedException("No simulation of " + _algorithm + " for " + typeof(T).Name),
        };

        private T C(string name) => _constants[name];

        /// <summary>The core polynomial in the entry's scheme (PolynomialSchemes.Evaluate).</summary>
        private T Horner(T x)
        {
            if (_scheme == EvaluationScheme.Estrin) return Estrin(x);
            T p = _coefficients[^1];
            for (int i = _coefficients.Length - 2; i >= 0; i--) p = T.FusedMultiplyAdd(p, x, _coefficients[i]);
            return p;
        }

        private T Estrin(T x)
        {
            var terms = new List<T>();
            for (int i = 0; 2 * i < _coefficients.Length; i++)
            {
                terms.Add(2 * i + 1 < _coefficients.Length ? T.FusedMultiplyAdd(_coefficients[2 * i + 1], x, _coefficients[2 * i]) : _coefficients[2 * i]);
            }
            T power = x;
            while (terms.Count > 1)
            {
                power *= power;
                var combined = new List<T>();
                for (int i = 0; 2 * i < terms.Count; i++)
                {
                    combined.Add(2 * i + 1 < terms.Count ? T.FusedMultiplyAdd(terms[2 * i + 1], power, terms[2 * i]) : terms[2 * i]);
                }
                terms = combined;
            }
            return terms[0];
        }

        private static T Shifter => T.CreateTruncating(IsSingle ? 1.5 * (1 << 23) + 127 : 1.5 * Math.Pow(2, 52) + 1023);

        private T Exp(T x)
        {
            T z = T.FusedMultiplyAdd(x, C("InvLn2"), Shifter);
            T kf = z - Shifter;
            T rh = T.FusedMultiplyAdd(kf, C("NegLn2Hi"), x);
            T r = T.FusedMultiplyAdd(kf, C("NegLn2Lo"), rh);
            T r2 = r * r;
            T p = Horner(r);
            T y;
            if (_algorithm == KernelAlgorithm.ExpCodyWaite)
            {
                T e = T.FusedMultiplyAdd(kf, C("NegLn2Lo"), rh - r);
                y = (r + T.FusedMultiplyAdd(r2, p, e)) + T.One;
            }
            else
            {
                y = T.FusedMultiplyAdd(r2, p, r) + T.One;
            }
            // The emitter multiplies by 2^k built from z's bits: one rounding, as ScaleB.
            return T.ScaleB(y, int.CreateTruncating(kf));
        }

        private T Exp2(T x)
        {
            T z = x + Shifter;
            T kf = z - Shifter;
            T r = x - kf;
            T y = T.FusedMultiplyAdd(r, Horner(r), T.One);
            return T.ScaleB(y, int.CreateTruncating(kf));
        }

        private T Log(T x)
        {
            T f, kf;
            if (IsSingle)
            {
                int ix = BitConverter.SingleToInt32Bits(float.CreateTruncating(x));
                int k = (ix - 0x3F3504F3) >> 23;
                f = T.CreateTruncating(BitConverter.Int32BitsToSingle(ix - (k << 23))) - T.One;
                kf = T.CreateTruncating(k);
            }
            else
            {
                long ix = BitConverter.DoubleToInt64Bits(double.CreateTruncating(x));
                long k = (ix - 0x3FE6A09E667F3BCD) >> 52;
                f = T.CreateTruncating(BitConverter.Int64BitsToDouble(ix - (k << 52))) - T.One;
                kf = T.CreateTruncating(k);
            }
            if (_algorithm is KernelAlgorithm.LogAtanhSeries or KernelAlgorithm.Log2AtanhSeries) return AtanhSeries(f, kf);
            T p = Horner(f);
            if (_algorithm == KernelAlgorithm.Log2ExponentSplit)
            {
                T t = T.FusedMultiplyAdd(f, C("InvLn2Lo"), (f * f) * p);
                return kf + T.FusedMultiplyAdd(f, C("InvLn2Hi"), t);
            }
            return T.FusedMultiplyAdd(kf, C("Ln2"), f + (f * f) * p);
        }

        private static T Two => T.One + T.One;

        private static T Half => T.One / Two;

        /// <summary>LogProgramEmitter's atanh-series tail: ln(1+f) = f - (hfsq - s·(hfsq + z·P(z))), s = f/(2 + f), z = s².</summary>
        private T AtanhSeries(T f, T kf)
        {
            T s = f / (f + Two);
            T z = s * s;
            T r = z * Horner(z);
            T hfsq = Half * f * f;
            if (_algorithm == KernelAlgorithm.LogAtanhSeries)
            {
                return T.FusedMultiplyAdd(kf, C("Ln2Hi"), f - (hfsq - T.FusedMultiplyAdd(s, hfsq + r, kf * C("Ln2Lo"))));
            }
            T hi = f - hfsq;
            T lo = T.FusedMultiplyAdd(s, hfsq + r, (f - hi) - hfsq);
            T tail = T.FusedMultiplyAdd(lo, C("InvLn2Hi"), (lo + hi) * C("InvLn2Lo"));
            return kf + T.FusedMultiplyAdd(hi, C("InvLn2Hi"), tail);
        }

        /// <summary>TrigProgramEmitter's fast path for float (reduction, both cores, quadrant select and sign).</summary>
        private float SinCosSingle(float x)
        {
            float F(string name) => float.CreateTruncating(_constants[name]);
            float shifter = 1.5f * (1 << 23);
            float a = MathF.Abs(x);
            float z = MathF.FusedMultiplyAdd(a, F("TwoOverPi"), shifter);
            float kf = z - shifter;
            float r2, sinCore, cosCore;
            if (_algorithm == KernelAlgorithm.SinCosQuadrantShort)
            {
                float r0 = MathF.FusedMultiplyAdd(kf, F("NegPiO2Lo"), MathF.FusedMultiplyAdd(kf, F("NegPiO2Mid"), MathF.FusedMultiplyAdd(kf, F("NegPiO2Hi"), a)));
                r2 = r0 * r0;
                sinCore = MathF.FusedMultiplyAdd(r0 * r2, EvenStepHorner(3, r2), r0);
                cosCore = MathF.FusedMultiplyAdd(r2, MathF.FusedMultiplyAdd(r2, EvenStepHorner(4, r2), -0.5f), 1f);
            }
            else
            {
                float rh = MathF.FusedMultiplyAdd(kf, F("NegPiO2Hi"), a);
                float p = kf * F("PiO2Mid");
                float pe = MathF.FusedMultiplyAdd(kf, F("NegPiO2Mid"), p);
                float r = rh - p;
                float rl = MathF.FusedMultiplyAdd(kf, F("NegPiO2Lo"), ((rh - r) - p) + pe);
                r2 = r * r;
                sinCore = r + MathF.FusedMultiplyAdd(r * r2, EvenStepHorner(3, r2), rl);
                float h = 0.5f * r2;
                float w = 1f - h;
                cosCore = w + MathF.FusedMultiplyAdd(r2 * r2, EvenStepHorner(4, r2), ((1f - w) - h) - r * rl);
            }
            int iz = BitConverter.SingleToInt32Bits(z);
            bool isCos = _function == MathFunctionId.Cos;
            float y = (iz & 1) != 0 ? (isCos ? sinCore : cosCore) : (isCos ? cosCore : sinCore);
            int sign = unchecked((isCos ? (iz << 30) + (1 << 30) : (iz << 30) ^ BitConverter.SingleToInt32Bits(x)) & int.MinValue);
            return BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(y) ^ sign);
        }

        /// <summary>Horner in r² over C{first}, C{first+2}, ... (the coefficients named by their power of r).</summary>
        private float EvenStepHorner(int first, float r2)
        {
            int last = first;
            while (_constants.ContainsKey("C" + (last + 2))) last += 2;
            float p = float.CreateTruncating(_constants["C" + last]);
            for (int power = last - 2; power >= first; power -= 2) p = MathF.FusedMultiplyAdd(p, r2, float.CreateTruncating(_constants["C" + power]));
            return p;
        }
    }
}
