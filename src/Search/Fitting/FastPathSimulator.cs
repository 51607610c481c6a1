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

        public FastPathSimulator(KernelAlgorithm algorithm, IReadOnlyDictionary<string, double> constants)
        {
            _algorithm = algorithm;
            _constants = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var (name, value) in constants) _constants[name] = T.CreateTruncating(value);
            _firstCoefficient = FirstCoefficient(algorithm);
            var coefficients = new List<T>();
            for (int i = _firstCoefficient; _constants.TryGetValue("C" + i, out T c); i++) coefficients.Add(c);
            _coefficients = coefficients.ToArray();
        }

        private static bool IsSingle => typeof(T) == typeof(float);

        /// <summary>Index of the first polynomial coefficient the emitter reads (ProgramConstants.Coefficients(from)).</summary>
        public static int FirstCoefficient(KernelAlgorithm algorithm) => algorithm switch
        {
            KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort => 2,
            KernelAlgorithm.LogExponentSplit or KernelAlgorithm.Log2ExponentSplit => 2,
            KernelAlgorithm.Exp2Rounded or KernelAlgorithm.LogAtanhSeries or KernelAlgorithm.Log2AtanhSeries => 1,
            KernelAlgorithm.DirectPolynomial => 0,
            KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort => 2,
            KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort => 0,
            KernelAlgorithm.TanhExpM1Quotient or KernelAlgorithm.TanhExpM1QuotientShort => 2,
            _ => throw new NotSupportedException("No simulation of " + algorithm),
        };

        public T Evaluate(T x) => _algorithm switch
        {
            KernelAlgorithm.ExpCodyWaite or KernelAlgorithm.ExpCodyWaiteShort => Exp(x),
            KernelAlgorithm.Exp2Rounded => Exp2(x),
            KernelAlgorithm.LogExponentSplit or KernelAlgorithm.Log2ExponentSplit => Log(x),
            KernelAlgorithm.DirectPolynomial => Horner(x),
            KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.SigmoidExpQuotientShort => Sigmoid(x),
            KernelAlgorithm.TanhExpQuotient or KernelAlgorithm.TanhExpQuotientShort => Tanh(x),
            KernelAlgorithm.TanhExpM1Quotient => TanhThroughExpM1(x),
            KernelAlgorithm.TanhExpM1QuotientShort => TanhThroughExpM1Short(x),
            _ => throw new NotSupportedException("No simulation of " + _algorithm),
        };

        private T C(string name) => _constants[name];

        private T Horner(T x)
        {
            T p = _coefficients[^1];
            for (int i = _coefficients.Length - 2; i >= 0; i--) p = T.FusedMultiplyAdd(p, x, _coefficients[i]);
            return p;
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
            T p = Horner(f);
            if (_algorithm == KernelAlgorithm.Log2ExponentSplit)
            {
                T t = T.FusedMultiplyAdd(f, C("InvLn2Lo"), (f * f) * p);
                return kf + T.FusedMultiplyAdd(f, C("InvLn2Hi"), t);
            }
            return T.FusedMultiplyAdd(kf, C("Ln2"), f + (f * f) * p);
        }
    }
}
