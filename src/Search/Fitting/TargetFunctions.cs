using System;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Fitting;
using NumericKernels.Search.Mpfr;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// The functions the core polynomials approximate, in MPFR. Each instance captures its own scratch values, so a
    /// function is used by one thread at a time (fitting is single-threaded).
    /// </summary>
    internal static class TargetFunctions
    {
        /// <summary>The target of a descriptor's core problem; <paramref name="function"/> is the requested function (direct and centred cores).</summary>
        public static HighPrecisionFunction For(CoreFit core, MathFunctionId function) => core.Target switch
        {
            CoreTarget.Function => Of(function),
            CoreTarget.FunctionAroundCenter => AroundCenter(function, core.Center),
            CoreTarget.Exp => Exp(),
            CoreTarget.Exp2 => Exp2(),
            CoreTarget.Exp10 => Unary(MpfrNative.mpfr_exp10),
            CoreTarget.ExpM1 => ExpM1(),
            CoreTarget.Log1P => Log1P(),
            CoreTarget.Log2OnePlus => Log2OnePlus(),
            CoreTarget.Log10OnePlus => Log10OnePlus(),
            CoreTarget.TwoAtanh => TwoAtanh(),
            CoreTarget.Sin => Sin(),
            CoreTarget.Cos => Cos(),
            CoreTarget.Tanh => Tanh(),
            _ => throw new NotSupportedException("No MPFR target for " + core.Target + "."),
        };

        /// <summary>Any <see cref="MathFunctionId"/>, as MpfrFunctions evaluates it.</summary>
        public static HighPrecisionFunction Of(MathFunctionId function)
        {
            var input = new MpfrFloat(64);
            var scratch = new MpfrFloat(FitProblem.WorkingPrecision + 64);
            return (x, destination) =>
            {
                input.Set(x);
                MpfrFunctions.Evaluate(function, destination, input, scratch);
            };
        }

        /// <summary>f(c + t): the centred pieces of a piecewise program; c + t is formed exactly (both doubles of nearby size).</summary>
        public static HighPrecisionFunction AroundCenter(MathFunctionId function, double center)
        {
            var input = new MpfrFloat(192);
            var shift = new MpfrFloat(64);
            var scratch = new MpfrFloat(FitProblem.WorkingPrecision + 64);
            shift.Set(center);
            return (t, destination) =>
            {
                input.Set(t);
                FittingMpfrNative.mpfr_add(input.Handle, input.Handle, shift.Handle, MpfrRounding.ToNearest);
                MpfrFunctions.Evaluate(function, destination, input, scratch);
            };
        }

        /// <summary>log10(1 + x) = ln(1 + x)/ln 10.</summary>
        public static HighPrecisionFunction Log10OnePlus()
        {
            var input = new MpfrFloat(64);
            var ln10 = new MpfrFloat(FitProblem.WorkingPrecision + 64);
            MpfrNative.mpfr_set_d(ln10.Handle, 10.0, MpfrRounding.ToNearest);
            MpfrNative.mpfr_log(ln10.Handle, ln10.Handle, MpfrRounding.ToNearest);
            return (x, destination) =>
            {
                input.Set(x);
                MpfrNative.mpfr_log1p(destination.Handle, input.Handle, MpfrRounding.ToNearest);
                FittingMpfrNative.mpfr_div(destination.Handle, destination.Handle, ln10.Handle, MpfrRounding.ToNearest);
            };
        }

        public static HighPrecisionFunction Exp() => Unary(MpfrNative.mpfr_exp);

        public static HighPrecisionFunction Exp2() => Unary(MpfrNative.mpfr_exp2);

        /// <summary>sin and cos: the cores of the quadrant reduction.</summary>
        public static HighPrecisionFunction Sin() => Unary(MpfrNative.mpfr_sin);

        public static HighPrecisionFunction Cos() => Unary(MpfrNative.mpfr_cos);

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

        /// <summary>2·atanh(s) = ln((1 + s)/(1 - s)): ln(1 + f) with s = f/(2 + f), the core of the float64 log family.</summary>
        public static HighPrecisionFunction TwoAtanh()
        {
            var input = new MpfrFloat(64);
            return (x, destination) =>
            {
                input.Set(x);
                FittingMpfrNative.mpfr_atanh(destination.Handle, input.Handle, MpfrRounding.ToNearest);
                MpfrNative.mpfr_mul_2si(destination.Handle, destination.Handle, 1, MpfrRounding.ToNearest);
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

        public static HighPrecisionFunction Erf() => Unary(MpfrNative.mpfr_erf);

        /// <summary>erf(c + t): the centred pieces of the erf program; c + t is formed exactly (both doubles of nearby size).</summary>
        public static HighPrecisionFunction ErfShifted(double center)
        {
            var input = new MpfrFloat(192);
            var shift = new MpfrFloat(64);
            shift.Set(center);
            return (t, destination) =>
            {
                input.Set(t);
                FittingMpfrNative.mpfr_add(input.Handle, input.Handle, shift.Handle, MpfrRounding.ToNearest);
                MpfrNative.mpfr_erf(destination.Handle, input.Handle, MpfrRounding.ToNearest);
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
