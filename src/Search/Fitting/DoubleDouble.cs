using System;
using System.Globalization;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// An unevaluated sum Hi + Lo of two doubles (about 106 significant bits): the working precision of the Remez
    /// linear systems and polynomial evaluations. Double alone loses the last bits a float64 fit needs, and its
    /// rounding noise would stall the exchange near 2^-53 relative error; MPFR for every operation would be slow.
    /// </summary>
    /// <remarks>Algorithms after Dekker (1971) and Knuth's TwoSum; FMA gives the exact product error.</remarks>
    internal readonly record struct DoubleDouble(double Hi, double Lo)
    {
        public static DoubleDouble Zero => new DoubleDouble(0, 0);

        public static DoubleDouble One => new DoubleDouble(1, 0);

        public static implicit operator DoubleDouble(double value) => new DoubleDouble(value, 0);

        public double ToDouble() => Hi + Lo;

        public static DoubleDouble operator -(DoubleDouble a) => new DoubleDouble(-a.Hi, -a.Lo);

        public static DoubleDouble operator +(DoubleDouble a, DoubleDouble b)
        {
            var (s, e) = TwoSum(a.Hi, b.Hi);
            var (t, f) = TwoSum(a.Lo, b.Lo);
            e += t;
            (s, e) = QuickTwoSum(s, e);
            e += f;
            return Normalize(s, e);
        }

        public static DoubleDouble operator -(DoubleDouble a, DoubleDouble b) => a + -b;

        public static DoubleDouble operator *(DoubleDouble a, DoubleDouble b)
        {
            double p = a.Hi * b.Hi;
            double e = Math.FusedMultiplyAdd(a.Hi, b.Hi, -p);
            e += a.Hi * b.Lo + a.Lo * b.Hi;
            return Normalize(p, e);
        }

        public static DoubleDouble operator /(DoubleDouble a, DoubleDouble b)
        {
            // Two Newton-like correction steps on the quotient of the leading parts.
            double q1 = a.Hi / b.Hi;
            DoubleDouble r = a - b * q1;
            double q2 = r.Hi / b.Hi;
            r -= b * q2;
            double q3 = r.Hi / b.Hi;
            return new DoubleDouble(q1, 0) + q2 + q3;
        }

        public static bool operator <(DoubleDouble a, DoubleDouble b) => a.Hi < b.Hi || (a.Hi == b.Hi && a.Lo < b.Lo);

        public static bool operator >(DoubleDouble a, DoubleDouble b) => b < a;

        public DoubleDouble Abs() => Hi < 0 || (Hi == 0 && Lo < 0) ? -this : this;

        public override string ToString() => Hi.ToString("R", CultureInfo.InvariantCulture) + " + " + Lo.ToString("R", CultureInfo.InvariantCulture);

        private static DoubleDouble Normalize(double hi, double lo)
        {
            var (s, e) = QuickTwoSum(hi, lo);
            return new DoubleDouble(s, e);
        }

        private static (double Sum, double Error) TwoSum(double a, double b)
        {
            double s = a + b;
            double bb = s - a;
            return (s, (a - (s - bb)) + (b - bb));
        }

        private static (double Sum, double Error) QuickTwoSum(double a, double b)
        {
            double s = a + b;
            return (s, b - (s - a));
        }
    }
}
