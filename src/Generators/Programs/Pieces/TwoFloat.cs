using NumericKernels.Generators.Programs.Building;

namespace NumericKernels.Generators.Programs.Pieces
{
    /// <summary>Two-float (double-word) arithmetic: values carried as hi + lo to keep the rounding error of a step.</summary>
    internal static class TwoFloat
    {
        /// <summary>
        /// q = (nh + nl)/(dh + dl) corrected once by its residual: q0 = nh·(1/dh), residual = nh - q0·dh - q0·dl + nl by fused
        /// multiply-adds, q = q0 + residual·(1/dh). The residual is about one ULP of q0, so the reciprocal's rounding is
        /// negligible in the correction and q is rounded essentially once.
        /// </summary>
        public static Value CorrectedQuotient(BlockBuilder b, Value nh, Value nl, Value dh, Value dl)
        {
            Value inv = (b.Constant("One") / dh).Named("inv");
            Value q0 = (nh * inv).Named("q0");
            Value nq0 = (-q0).Named("nq0");
            Value residual = b.Fma(nq0, dh, nh).Named("residual");
            residual = b.Fma(nq0, dl, residual + nl).Named("residual");
            return b.Fma(residual, inv, q0).Named("q");
        }
    }
}
