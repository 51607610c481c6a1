using System;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Numerics
{
    /// <summary>
    /// A function evaluated in double precision, as the fast reference for float32 sweeps. Static abstract so the sweep
    /// loop is specialized per function by the JIT (no delegate call per element).
    /// </summary>
    internal interface IDoubleReference
    {
        static abstract double Evaluate(double x);
    }

    /// <summary>The double-precision references and the error they contribute to a float32 ULP figure.</summary>
    internal static class DoubleReference
    {
        /// <summary>
        /// Assumed error of every double reference, in double ULPs. glibc's libm (behind System.Math on Linux) documents
        /// at most a few ULPs for these functions (exp, log, exp2, log2, sin, cos: under 1; erf, erfc, tan, hyperbolics: up to ~5);
        /// the composed sigmoid and 1/sqrt add at most 2.
        /// </summary>
        public const double ErrorDoubleUlps = 16;

        /// <summary>
        /// The same error in ULPs of float at the same value: a double ULP is 2^-29 of a float ULP in normal ranges,
        /// and even less of the fixed 2^-149 ULP of float subnormals.
        /// </summary>
        public static double MarginFloatUlps => ErrorDoubleUlps * Math.ScaleB(1.0, -29);

        public static string Description => "double-precision libm reference (error <= 2^-25 float ULP accounted)";

        public struct Exp : IDoubleReference { public static double Evaluate(double x) => Math.Exp(x); }
        public struct Exp2 : IDoubleReference { public static double Evaluate(double x) => LibmNative.exp2(x); }
        public struct Exp10 : IDoubleReference { public static double Evaluate(double x) => LibmNative.exp10(x); }
        public struct ExpM1 : IDoubleReference { public static double Evaluate(double x) => LibmNative.expm1(x); }
        public struct Log : IDoubleReference { public static double Evaluate(double x) => Math.Log(x); }
        public struct Log2 : IDoubleReference { public static double Evaluate(double x) => Math.Log2(x); }
        public struct Log10 : IDoubleReference { public static double Evaluate(double x) => Math.Log10(x); }
        public struct Log1P : IDoubleReference { public static double Evaluate(double x) => LibmNative.log1p(x); }
        public struct Sin : IDoubleReference { public static double Evaluate(double x) => Math.Sin(x); }
        public struct Cos : IDoubleReference { public static double Evaluate(double x) => Math.Cos(x); }
        public struct Tan : IDoubleReference { public static double Evaluate(double x) => Math.Tan(x); }
        public struct Asin : IDoubleReference { public static double Evaluate(double x) => Math.Asin(x); }
        public struct Acos : IDoubleReference { public static double Evaluate(double x) => Math.Acos(x); }
        public struct Atan : IDoubleReference { public static double Evaluate(double x) => Math.Atan(x); }
        public struct Sinh : IDoubleReference { public static double Evaluate(double x) => Math.Sinh(x); }
        public struct Cosh : IDoubleReference { public static double Evaluate(double x) => Math.Cosh(x); }
        public struct Tanh : IDoubleReference { public static double Evaluate(double x) => Math.Tanh(x); }
        public struct Erf : IDoubleReference { public static double Evaluate(double x) => LibmNative.erf(x); }
        public struct Erfc : IDoubleReference { public static double Evaluate(double x) => LibmNative.erfc(x); }
        public struct Cbrt : IDoubleReference { public static double Evaluate(double x) => Math.Cbrt(x); }

        /// <summary>1/sqrt(x); the division by ±0 gives ±Inf as IEEE 754 rSqrt does.</summary>
        public struct ReciprocalSqrt : IDoubleReference { public static double Evaluate(double x) => 1.0 / Math.Sqrt(x); }

        /// <summary>1 / (1 + e^-x): for x below about -709 e^-x overflows and the result is +0, as float's would be.</summary>
        public struct Sigmoid : IDoubleReference { public static double Evaluate(double x) => 1.0 / (1.0 + Math.Exp(-x)); }
    }
}
