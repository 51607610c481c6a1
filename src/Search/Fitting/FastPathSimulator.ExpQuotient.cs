using System;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Fitting
{
    /// <summary>Sigmoid and tanh fast paths (SigmoidProgramEmitter, TanhProgramEmitter, ExpQuotientSteps), float only.</summary>
    internal sealed partial class FastPathSimulator<T>
    {
        private bool CarriesLowParts => _algorithm is KernelAlgorithm.SigmoidExpQuotient or KernelAlgorithm.TanhExpQuotient;

        private T Sigmoid(T x)
        {
            float xf = float.CreateTruncating(x);
            var (th, tl) = ExpOfNonPositive(BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(xf) | int.MinValue), ConstantsNamed("C"));
            float dh = 1f + th;
            bool negative = xf < 0f;
            float nh = negative ? th : 1f;
            if (!CarriesLowParts) return T.CreateTruncating(nh / dh);
            float dl = (th - (dh - 1f)) + tl;
            return T.CreateTruncating(CorrectedQuotient(nh, negative ? tl : 0f, dh, dl));
        }

        private T Tanh(T x)
        {
            float xf = float.CreateTruncating(x);
            float ax = MathF.Abs(xf);
            float clampHigh = float.CreateTruncating(C("ClampHigh"));
            float clamped = ax > clampHigh ? clampHigh : ax;
            var (th, tl) = ExpOfNonPositive(clamped * -2f, ConstantsNamed("E"));
            float dh = 1f + th;
            float nh = 1f - th;
            float large;
            if (CarriesLowParts)
            {
                float dl = (th - (dh - 1f)) + tl;
                float nl = ((1f - nh) - th) - tl;
                large = CorrectedQuotient(nh, nl, dh, dl);
            }
            else
            {
                large = nh / dh;
            }
            float s = ax * ax;
            float p = float.CreateTruncating(_coefficients[^1]);
            for (int i = _coefficients.Length - 2; i >= 0; i--) p = MathF.FusedMultiplyAdd(p, s, float.CreateTruncating(_coefficients[i]));
            float small = MathF.FusedMultiplyAdd(ax * s, p, ax);
            float magnitude = ax > float.CreateTruncating(C("PolyLimit")) ? large : small;
            int bits = BitConverter.SingleToInt32Bits(magnitude) | (BitConverter.SingleToInt32Bits(xf) & int.MinValue);
            return T.CreateTruncating(BitConverter.Int32BitsToSingle(bits));
        }

        /// <summary>TanhProgramEmitter's e^r - 1 path.</summary>
        private T TanhThroughExpM1(T x)
        {
            float xf = float.CreateTruncating(x);
            var (z, kf, rh) = TanhReduction(xf);
            float negLn2Lo = float.CreateTruncating(C("NegLn2Lo"));
            float r = MathF.FusedMultiplyAdd(kf, negLn2Lo, rh);
            float e = MathF.FusedMultiplyAdd(kf, negLn2Lo, rh - r);
            float r2 = r * r;
            float[] coefficients = ConstantsNamed("C");
            float p = coefficients[^1];
            for (int i = coefficients.Length - 2; i >= 0; i--) p = MathF.FusedMultiplyAdd(p, r, coefficients[i]);
            float tail = MathF.FusedMultiplyAdd(r2, p, e);
            float v = r + tail;
            float vlo = tail - (v - r);
            float scale = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(z) << 23);
            float sm1 = scale - 1f;
            float sm1lo = scale - (sm1 + 1f);
            float sv = scale * v;
            float mh = sm1 + sv;
            float ml = ((sv - (mh - sm1)) + scale * vlo) + sm1lo;
            float dh = 2f + mh;
            float dl = (mh - (dh - 2f)) + ml;
            float q = CorrectedQuotient(mh, ml, dh, dl);
            int bits = BitConverter.SingleToInt32Bits(MathF.Abs(q)) | (BitConverter.SingleToInt32Bits(xf) & int.MinValue);
            return T.CreateTruncating(BitConverter.Int32BitsToSingle(bits));
        }

        /// <summary>TanhProgramEmitter's plain e^r - 1 path.</summary>
        private T TanhThroughExpM1Short(T x)
        {
            float xf = float.CreateTruncating(x);
            var (z, kf, rh) = TanhReduction(xf);
            float r = MathF.FusedMultiplyAdd(kf, float.CreateTruncating(C("NegLn2Lo")), rh);
            float[] coefficients = ConstantsNamed("C");
            float p = coefficients[^1];
            for (int i = coefficients.Length - 2; i >= 0; i--) p = MathF.FusedMultiplyAdd(p, r, coefficients[i]);
            float v = MathF.FusedMultiplyAdd(r * r, p, r);
            float scale = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(z) << 23);
            float m = MathF.FusedMultiplyAdd(scale, v, scale - 1f);
            float q = m / (2f + m);
            int bits = BitConverter.SingleToInt32Bits(MathF.Abs(q)) | (BitConverter.SingleToInt32Bits(xf) & int.MinValue);
            return T.CreateTruncating(BitConverter.Int32BitsToSingle(bits));
        }

        /// <summary>
        /// The reduction both e^r - 1 tanh programs start with: a = -2·min(|x|, ClampHigh), z = a/ln2 plus the shifter,
        /// k = z - shifter, and rh = a - k·Ln2Hi (exact).
        /// </summary>
        private (float Z, float Kf, float Rh) TanhReduction(float xf)
        {
            float ax = MathF.Abs(xf);
            float clampHigh = float.CreateTruncating(C("ClampHigh"));
            float a = (ax > clampHigh ? clampHigh : ax) * -2f;
            const float shifter = 1.5f * (1 << 23) + 127f;
            float z = MathF.FusedMultiplyAdd(a, float.CreateTruncating(C("InvLn2")), shifter);
            float kf = z - shifter;
            return (z, kf, MathF.FusedMultiplyAdd(kf, float.CreateTruncating(C("NegLn2Hi")), a));
        }

        /// <summary>The exp core's coefficients {prefix}2, {prefix}3, ... as floats.</summary>
        private float[] ConstantsNamed(string prefix)
        {
            var values = new System.Collections.Generic.List<float>();
            for (int i = 2; _constants.TryGetValue(prefix + i, out T c); i++) values.Add(float.CreateTruncating(c));
            return values.ToArray();
        }

        /// <summary>e^a for a &lt;= 0 as th (+ tl when carried), ExpQuotientSteps.EmitExp.</summary>
        private (float Th, float Tl) ExpOfNonPositive(float a, float[] coefficients)
        {
            const float shifter = 1.5f * (1 << 23) + 127f;
            float z = MathF.FusedMultiplyAdd(a, float.CreateTruncating(C("InvLn2")), shifter);
            float kf = z - shifter;
            float rh = MathF.FusedMultiplyAdd(kf, float.CreateTruncating(C("NegLn2Hi")), a);
            float negLn2Lo = float.CreateTruncating(C("NegLn2Lo"));
            float r = MathF.FusedMultiplyAdd(kf, negLn2Lo, rh);
            float e = MathF.FusedMultiplyAdd(kf, negLn2Lo, rh - r);
            float r2 = r * r;
            float p = coefficients[^1];
            for (int i = coefficients.Length - 2; i >= 0; i--) p = MathF.FusedMultiplyAdd(p, r, coefficients[i]);
            float v = r + MathF.FusedMultiplyAdd(r2, p, e);
            float y = v + 1f;
            float scale = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(z) << 23);
            float th = y * scale;
            float tl = CarriesLowParts ? (v - (y - 1f)) * scale : 0f;
            return (th, tl);
        }

        /// <summary>ExpQuotientSteps.EmitCorrectedQuotient.</summary>
        private static float CorrectedQuotient(float nh, float nl, float dh, float dl)
        {
            float inv = 1f / dh;
            float q0 = nh * inv;
            float nq0 = -q0;
            float residual = MathF.FusedMultiplyAdd(nq0, dh, nh);
            residual = MathF.FusedMultiplyAdd(nq0, dl, residual + nl);
            return MathF.FusedMultiplyAdd(residual, inv, q0);
        }
    }
}
