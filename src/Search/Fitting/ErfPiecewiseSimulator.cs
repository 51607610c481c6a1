using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// The fast path of <see cref="NumericKernels.Generators.Catalog.KernelAlgorithm.ErfPiecewise"/> as
    /// ErfProgramEmitter writes it (same selections, same fused multiply-adds, same order), for the coefficient polish.
    /// </summary>
    internal sealed class ErfPiecewiseSimulator<T>
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        private readonly T[] _splits;
        private readonly T[] _centers;
        private readonly T[] _c0;
        private readonly T[][] _coefficients;
        private readonly T _limit;

        public ErfPiecewiseSimulator(IReadOnlyDictionary<string, double> constants)
        {
            T Get(string name) => T.CreateTruncating(constants[name]);
            int pieces = 0;
            while (constants.ContainsKey(Name(pieces, "Center"))) pieces++;
            int degree = 0;
            while (constants.ContainsKey(Name(0, "C" + (degree + 1).ToString(CultureInfo.InvariantCulture)))) degree++;
            _splits = new T[pieces - 1];
            for (int k = 1; k < pieces; k++) _splits[k - 1] = Get("Split" + k.ToString(CultureInfo.InvariantCulture));
            _centers = new T[pieces];
            _c0 = new T[pieces];
            _coefficients = new T[pieces][];
            for (int k = 0; k < pieces; k++)
            {
                _centers[k] = Get(Name(k, "Center"));
                _c0[k] = k == 0 ? T.Zero : Get(Name(k, "C0"));
                _coefficients[k] = new T[degree + 1];
                for (int j = 1; j <= degree; j++)
                {
                    // Piece 0's C1 multiplies a in the last step; its q gets no constant term.
                    _coefficients[k][j] = k == 0 && j == 1 ? T.Zero : Get(Name(k, "C" + j.ToString(CultureInfo.InvariantCulture)));
                }
            }
            _limit = Get("Limit");
            C1Piece0 = Get(Name(0, "C1"));
        }

        private T C1Piece0 { get; }

        private static string Name(int piece, string what) => "P" + piece.ToString(CultureInfo.InvariantCulture) + what;

        public T Evaluate(T x)
        {
            T a = T.Abs(x);
            int piece = 0;
            while (piece < _splits.Length && !(a < _splits[piece])) piece++;
            T[] c = _coefficients[piece];
            T t = a - _centers[piece];
            T u = piece == 0 ? t * t : t;
            T r = c[^1];
            for (int j = c.Length - 2; j >= 2; j--) r = T.FusedMultiplyAdd(r, u, c[j]);
            T q = T.FusedMultiplyAdd(t, r, c[1]);
            T y = piece == 0 ? T.FusedMultiplyAdd(t, C1Piece0, q) : T.FusedMultiplyAdd(t, q, _c0[piece]);
            if (a > _limit) y = T.One;
            return SignOr(y, x);
        }

        /// <summary>y with the sign bit of x or-ed in, as the emitted code does on the bits.</summary>
        private static T SignOr(T y, T x)
        {
            if (typeof(T) == typeof(float))
            {
                int bits = BitConverter.SingleToInt32Bits(float.CreateTruncating(y)) | (BitConverter.SingleToInt32Bits(float.CreateTruncating(x)) & int.MinValue);
                return T.CreateTruncating(BitConverter.Int32BitsToSingle(bits));
            }
            long wide = BitConverter.DoubleToInt64Bits(double.CreateTruncating(y)) | (BitConverter.DoubleToInt64Bits(double.CreateTruncating(x)) & long.MinValue);
            return T.CreateTruncating(BitConverter.Int64BitsToDouble(wide));
        }
    }
}
