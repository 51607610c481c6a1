using System;

namespace NumericKernels.Generators.Numerics
{
    /// <summary>
    /// Elementary functions in <see cref="DoubleDouble"/> for the rules the generator computes (Clenshaw-Curtis cosines,
    /// tanh-sinh exponentials): argument reduction and Taylor series in double-double arithmetic only, so every host
    /// gets the same bits; about 2^-100 (cos, sin) and 2^-96 (exp of arguments near 700) relative error.
    /// </summary>
    internal static class DoubleDoubleMath
    {
        /// <summary>pi to 107 bits.</summary>
        public static readonly DoubleDouble Pi = new DoubleDouble(3.141592653589793, 1.2246467991473532e-16);

        /// <summary>ln 2 to 107 bits.</summary>
        public static readonly DoubleDouble Ln2 = new DoubleDouble(0.6931471805599453, 2.3190468138462996e-17);

        private static readonly DoubleDouble HalfPi = Pi * 0.5;

        /// <summary>cos x for |x| up to about 2^20 (the reduction by pi/2 keeps 2^-100 relative accuracy there).</summary>
        public static DoubleDouble Cos(DoubleDouble x)
        {
            DoubleDouble r = Reduce(x, out int quadrant);
            return (quadrant & 3) switch
            {
                0 => CosSeries(r),
                1 => -SinSeries(r),
                2 => -CosSeries(r),
                _ => SinSeries(r),
            };
        }

        /// <summary>sin x for |x| up to about 2^20.</summary>
        public static DoubleDouble Sin(DoubleDouble x)
        {
            DoubleDouble r = Reduce(x, out int quadrant);
            return (quadrant & 3) switch
            {
                0 => SinSeries(r),
                1 => CosSeries(r),
                2 => -SinSeries(r),
                _ => -CosSeries(r),
            };
        }

        /// <summary>e^x; full double-double precision for x from about -670 (below, the low part is subnormal) to 709.</summary>
        public static DoubleDouble Exp(DoubleDouble x)
        {
            if (x.Hi > 709.78)
            {
                return double.PositiveInfinity;
            }
            if (x.Hi < -745.2)
            {
                return 0;
            }
            // x = k ln2 + r with |r| <= ln2 / 2, then e^r = (e^(r / 32))^32 from a series. The error is dominated by
            // k times ln2's own (2^-107 relative): about 2^-96 relative for the largest k.
            double k = Math.Round(x.Hi / Ln2.Hi);
            DoubleDouble r = x - Ln2 * k;
            r *= 1.0 / 32;
            DoubleDouble term = 1, sum = 1;
            for (int n = 1; n <= 18; n++)
            {
                term = term * r / n;
                sum += term;
            }
            for (int i = 0; i < 5; i++)
            {
                sum *= sum;
            }
            return Scale(sum, (int)k);
        }

        /// <summary>x · 2^k, exact (barring underflow to subnormals).</summary>
        public static DoubleDouble Scale(DoubleDouble x, int k)
        {
            // Two steps keep each factor a normal double for the k an Exp argument can give.
            int first = k / 2, second = k - first;
            double factor = DoubleDouble.PowerOfTwo(first);
            x = new DoubleDouble(x.Hi * factor, x.Lo * factor);
            factor = DoubleDouble.PowerOfTwo(second);
            return new DoubleDouble(x.Hi * factor, x.Lo * factor);
        }

        /// <summary>x - q pi/2 with |result| &lt;= pi/4 and q the nearest integer to x / (pi/2).</summary>
        private static DoubleDouble Reduce(DoubleDouble x, out int quadrant)
        {
            double q = Math.Round((x / HalfPi).Hi);
            quadrant = (int)((long)q & 3);
            return x - HalfPi * q;
        }

        private static DoubleDouble SinSeries(DoubleDouble r)
        {
            DoubleDouble r2 = r * r, term = r, sum = r;
            for (int n = 1; n <= 15; n++)
            {
                term = -term * r2 / ((2.0 * n) * (2.0 * n + 1));
                sum += term;
            }
            return sum;
        }

        private static DoubleDouble CosSeries(DoubleDouble r)
        {
            DoubleDouble r2 = r * r, term = 1, sum = 1;
            for (int n = 1; n <= 15; n++)
            {
                term = -term * r2 / ((2.0 * n - 1) * (2.0 * n));
                sum += term;
            }
            return sum;
        }
    }
}
