using System;

namespace NumericKernels.Search.Mpfr
{
    /// <summary>An arbitrary-precision binary floating-point value (one mpfr_t) with the operations verification needs.</summary>
    /// <remarks>Not thread-safe: each thread uses its own values.</remarks>
    internal sealed class MpfrFloat : IDisposable
    {
        public MpfrFloat(int precisionBits)
        {
            Handle = MpfrHandle.Create(precisionBits);
            PrecisionBits = precisionBits;
        }

        public MpfrHandle Handle { get; }

        public int PrecisionBits { get; private set; }

        public bool IsNaN => MpfrNative.mpfr_nan_p(Handle) != 0;

        public bool IsInfinity => MpfrNative.mpfr_inf_p(Handle) != 0;

        public bool IsZero => MpfrNative.mpfr_zero_p(Handle) != 0;

        public bool IsNegative => MpfrNative.mpfr_signbit(Handle) != 0;

        /// <summary>True for a finite non-zero value (one that has an exponent).</summary>
        public bool IsRegular => !IsNaN && !IsInfinity && !IsZero;

        /// <summary>
        /// The IEEE-style exponent: the value lies in [2^e, 2^(e+1)). MPFR's own exponent is one more (it normalizes
        /// the significand to [1/2, 1)). Only meaningful for <see cref="IsRegular"/> values.
        /// </summary>
        public long BinadeExponent => MpfrNative.mpfr_get_exp(Handle) - 1;

        /// <summary>Changes the precision; the value becomes NaN.</summary>
        public void SetPrecision(int precisionBits)
        {
            MpfrNative.mpfr_set_prec(Handle, precisionBits);
            PrecisionBits = precisionBits;
        }

        /// <summary>Sets the value exactly (the precision must be at least 53 bits for that).</summary>
        public void Set(double value) => MpfrNative.mpfr_set_d(Handle, value, MpfrRounding.ToNearest);

        /// <summary>Sets the value exactly (the precision must be at least 24 bits for that).</summary>
        public void Set(float value) => MpfrNative.mpfr_set_flt(Handle, value, MpfrRounding.ToNearest);

        /// <summary>Rounds to double in one step (subnormals and overflow included).</summary>
        public double ToDouble(MpfrRounding rounding = MpfrRounding.ToNearest) => MpfrNative.mpfr_get_d(Handle, rounding);

        /// <summary>Rounds to float in one step (subnormals and overflow included).</summary>
        public float ToSingle(MpfrRounding rounding = MpfrRounding.ToNearest) => MpfrNative.mpfr_get_flt(Handle, rounding);

        /// <summary>this = a - b, rounded to this value's precision; returns MPFR's ternary value (0 when exact).</summary>
        public int Subtract(MpfrFloat a, MpfrFloat b) => MpfrNative.mpfr_sub(Handle, a.Handle, b.Handle, MpfrRounding.ToNearest);

        /// <summary>this = a · 2^exponent, exact.</summary>
        public void ScaleByPowerOfTwo(MpfrFloat a, long exponent) => MpfrNative.mpfr_mul_2si(Handle, a.Handle, exponent, MpfrRounding.ToNearest);

        public void Dispose() => Handle.Dispose();
    }
}
