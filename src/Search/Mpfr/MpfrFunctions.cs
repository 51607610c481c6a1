using System;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Mpfr
{
    /// <summary>Evaluates every <see cref="MathFunctionId"/> in MPFR.</summary>
    internal static class MpfrFunctions
    {
        /// <summary>
        /// Largest error of <see cref="Evaluate"/>, in ULPs of the destination precision, used to decide whether a value
        /// can be rounded correctly. MPFR's own functions are correctly rounded (at most 1/2 ULP, counted as 1 for
        /// safety); sigmoid is composed of three correctly rounded steps.
        /// </summary>
        public static int ErrorUlps(MathFunctionId function) => function == MathFunctionId.Sigmoid ? 4 : 1;

        /// <summary>
        /// destination = f(x), rounded to nearest at the destination's precision. Returns true when the result is exact
        /// (MPFR's ternary value 0 for every step), in which case no precision increase can change its rounding.
        /// </summary>
        /// <remarks><paramref name="scratch"/> is a value the composed functions may use, of at least the destination's precision.</remarks>
        public static bool Evaluate(MathFunctionId function, MpfrFloat destination, MpfrFloat x, MpfrFloat scratch)
        {
            MpfrHandle d = destination.Handle;
            MpfrHandle s = x.Handle;
            const MpfrRounding n = MpfrRounding.ToNearest;
            int ternary = function switch
            {
                MathFunctionId.Exp => MpfrNative.mpfr_exp(d, s, n),
                MathFunctionId.Exp2 => MpfrNative.mpfr_exp2(d, s, n),
                MathFunctionId.Exp10 => MpfrNative.mpfr_exp10(d, s, n),
                MathFunctionId.ExpM1 => MpfrNative.mpfr_expm1(d, s, n),
                MathFunctionId.Log => MpfrNative.mpfr_log(d, s, n),
                MathFunctionId.Log2 => MpfrNative.mpfr_log2(d, s, n),
                MathFunctionId.Log10 => MpfrNative.mpfr_log10(d, s, n),
                MathFunctionId.Log1P => MpfrNative.mpfr_log1p(d, s, n),
                MathFunctionId.Sin => MpfrNative.mpfr_sin(d, s, n),
                MathFunctionId.Cos => MpfrNative.mpfr_cos(d, s, n),
                MathFunctionId.Tan => MpfrNative.mpfr_tan(d, s, n),
                MathFunctionId.Asin => MpfrNative.mpfr_asin(d, s, n),
                MathFunctionId.Acos => MpfrNative.mpfr_acos(d, s, n),
                MathFunctionId.Atan => MpfrNative.mpfr_atan(d, s, n),
                MathFunctionId.Sinh => MpfrNative.mpfr_sinh(d, s, n),
                MathFunctionId.Cosh => MpfrNative.mpfr_cosh(d, s, n),
                MathFunctionId.Tanh => MpfrNative.mpfr_tanh(d, s, n),
                MathFunctionId.Erf => MpfrNative.mpfr_erf(d, s, n),
                MathFunctionId.Erfc => MpfrNative.mpfr_erfc(d, s, n),
                MathFunctionId.Cbrt => MpfrNative.mpfr_cbrt(d, s, n),
                MathFunctionId.ReciprocalSqrt => ReciprocalSqrt(destination, x),
                MathFunctionId.Sigmoid => Sigmoid(destination, x, scratch),
                _ => throw new ArgumentOutOfRangeException(nameof(function), function, "No MPFR evaluation for this function."),
            };
            return ternary == 0;
        }

        /// <summary>
        /// IEEE 754 rSqrt(-0) is -Inf (the sign of 1/sqrt(-0)), while mpfr_rec_sqrt gives +Inf for both zeros; the
        /// contract follows IEEE 754.
        /// </summary>
        private static int ReciprocalSqrt(MpfrFloat destination, MpfrFloat x)
        {
            if (x.IsZero && x.IsNegative)
            {
                MpfrNative.mpfr_set_inf(destination.Handle, -1);
                return 0;
            }
            return MpfrNative.mpfr_rec_sqrt(destination.Handle, x.Handle, MpfrRounding.ToNearest);
        }

        /// <summary>1 / (1 + e^-x); returns 0 only when every step was exact.</summary>
        private static int Sigmoid(MpfrFloat destination, MpfrFloat x, MpfrFloat scratch)
        {
            const MpfrRounding n = MpfrRounding.ToNearest;
            int inexact = MpfrNative.mpfr_neg(scratch.Handle, x.Handle, n);
            inexact |= MpfrNative.mpfr_exp(scratch.Handle, scratch.Handle, n);
            inexact |= MpfrNative.mpfr_add_ui(scratch.Handle, scratch.Handle, 1, n);
            inexact |= MpfrNative.mpfr_ui_div(destination.Handle, 1, scratch.Handle, n);
            return inexact;
        }
    }
}
