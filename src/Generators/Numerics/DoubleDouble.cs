using System;
using System.Globalization;

namespace NumericKernels.Generators.Numerics
{
    /// <summary>
    /// An unevaluated sum Hi + Lo of two doubles with |Lo| at most half an ulp of Hi (about 106 significant bits): the
    /// working precision of nk-search's Remez systems and of the quadrature rules the generator computes. Only IEEE
    /// additions, multiplications and divisions (Dekker's product with Veltkamp's splitting, Knuth's TwoSum; no fused
    /// multiply-add, which netstandard2.0 lacks, and no Math.* functions), so every host computes the same bits.
    /// </summary>
    internal readonly record struct DoubleDouble(double Hi, double Lo)
    {
        public static DoubleDouble Zero => new DoubleDouble(0, 0);

        public static DoubleDouble One => new DoubleDouble(1, 0);

        public static implicit operator DoubleDouble(double value) => new DoubleDouble(value, 0);

        /// <summary>The nearest double: Hi, since |Lo| is at most half its ulp.</summary>
        public double ToDouble() => Hi + Lo;

        /// <summary>
        /// The float nearest hi + lo, rounded once: casting hi alone can round twice when hi is a float midpoint, and then
        /// the sign of lo decides.
        /// </summary>
        public float ToSingle()
        {
            float f = (float)Hi;
            double rest = Hi - f; // exact: hi and f agree in all but hi's last 29 bits
            if (Lo != 0 && Math.Abs(rest) == HalfUlpOfSingle(f) && Math.Sign(Lo) == Math.Sign(rest))
            {
                // hi is a float midpoint and lo lies beyond it, away from f: the true value rounds to f's other neighbour.
                return NextSingleToward(f, rest > 0);
            }
            return f;
        }

        private static double HalfUlpOfSingle(float f)
        {
            int bits = BitConverter.ToInt32(BitConverter.GetBytes(Math.Abs(f)), 0);
            int exponent = Math.Max(bits >> 23, 1);
            // ulp = 2^(exponent - 150); half of it.
            return PowerOfTwo(exponent - 151);
        }

        /// <summary>2^k for a normal double's exponent range, built from its bits (no Math.Pow).</summary>
        internal static double PowerOfTwo(int k) => BitConverter.Int64BitsToDouble((long)(k + 1023) << 52);

        private static float NextSingleToward(float f, bool up)
        {
            int bits = BitConverter.ToInt32(BitConverter.GetBytes(f), 0);
            bool awayFromZero = (f >= 0) == up;
            bits += awayFromZero ? 1 : -1;
            return BitConverter.ToSingle(BitConverter.GetBytes(bits), 0);
        }

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
            double e = ProductError(a.Hi, b.Hi, p);
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

        /// <summary>a · b - p exactly, for p = a · b rounded (Dekker; the same value a fused multiply-add gives, barring overflow).</summary>
        private static double ProductError(double a, double b, double p)
        {
            Split(a, out double ah, out double al);
            Split(b, out double bh, out double bl);
            return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
        }

        private static void Split(double a, out double hi, out double lo)
        {
            double t = 134217729.0 * a; // 2^27 + 1
            hi = t - (t - a);
            lo = a - hi;
        }
    }
}
