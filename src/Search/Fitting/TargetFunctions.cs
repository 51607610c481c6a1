using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Mpfr;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// The functions the core polynomials approximate, in MPFR. Each instance captures its own scratch values, so a
    /// function is used by one thread at a time (fitting is single-threaded).
    /// </summary>
    internal static class TargetFunctions
    {
        public static HighPrecisionFunction Exp() => Unary(MpfrNative.mpfr_exp);

        public static HighPrecisionFunction Exp2() => Unary(MpfrNative.mpfr_exp2);

        /// <summary>ln(1 + x): the core of the log family after the exponent split.</summary>
        public static HighPrecisionFunction Log1P() => Unary(MpfrNative.mpfr_log1p);

        /// <summary>log2(1 + x) = ln(1 + x)/ln 2.</summary>
        public static HighPrecisionFunction Log2OnePlus()
        {
            var input = new MpfrFloat(64);
            var ln2 = new MpfrFloat(FitProblem.WorkingPrecision + 64);
            FittingMpfrNative.mpfr_const_log2(ln2.Handle, MpfrRounding.ToNearest);
            return (x, destination) =>
            {
                input.Set(x);
                MpfrNative.mpfr_log1p(destination.Handle, input.Handle, MpfrRounding.ToNearest);
                FittingMpfrNative.mpfr_div(destination.Handle, destination.Handle, ln2.Handle, MpfrRounding.ToNearest);
            };
        }

        /// <summary>ln x and log2 x on a domain of their own (direct polynomials).</summary>
        public static HighPrecisionFunction Log() => Unary(MpfrNative.mpfr_log);

        public static HighPrecisionFunction Log2() => Unary(MpfrNative.mpfr_log2);

        public static HighPrecisionFunction Tanh() => Unary(MpfrNative.mpfr_tanh);

        public static HighPrecisionFunction ExpM1() => Unary(MpfrNative.mpfr_expm1);

        /// <summary>1/(1 + e^-x), composed in MPFR at the destination's precision (a few of its ULPs, far below any fit's error).</summary>
        public static HighPrecisionFunction Sigmoid()
        {
            var input = new MpfrFloat(64);
            var scratch = new MpfrFloat(FitProblem.WorkingPrecision + 64);
            return (x, destination) =>
            {
                input.Set(x);
                MpfrFunctions.Evaluate(MathFunctionId.Sigmoid, destination, input, scratch);
            };
        }

        /// <summary>x^n, exact at the working precision for small n: the textbook minimax cases.</summary>
        public static HighPrecisionFunction Power(int n)
        {
            var input = new MpfrFloat(64);
            return (x, destination) =>
            {
                input.Set(x);
                MpfrNative.mpfr_set_d(destination.Handle, 1.0, MpfrRounding.ToNearest);
                for (int i = 0; i < n; i++) FittingMpfrNative.mpfr_mul(destination.Handle, destination.Handle, input.Handle, MpfrRounding.ToNearest);
            };
        }

        private delegate int MpfrUnary(MpfrHandle rop, MpfrHandle op, MpfrRounding rnd);

        private static HighPrecisionFunction Unary(MpfrUnary function)
        {
            var input = new MpfrFloat(64);
            return (x, destination) =>
            {
                input.Set(x);
                function(destination.Handle, input.Handle, MpfrRounding.ToNearest);
            };
        }
    }
}
