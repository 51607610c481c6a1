namespace NumericKernels
{
    /// <summary>Number formats kernels read and write.</summary>
    public enum NumberFormat
    {
        /// <summary>IEEE 754 binary64.</summary>
        Float64,
        /// <summary>IEEE 754 binary32.</summary>
        Float32,
        /// <summary>IEEE 754 binary16.</summary>
        Float16,
        /// <summary>bfloat16: the top 16 bits of a binary32 (8 exponent bits, 7 mantissa bits).</summary>
        BFloat16,
        /// <summary>OCP FP8 E4M3: bias 7, no infinities, a single NaN pattern per sign, max 448.</summary>
        Float8E4M3,
        /// <summary>OCP FP8 E5M2: bias 15, IEEE-like with infinities and NaNs, max 57344.</summary>
        Float8E5M2,
        /// <summary>OCP MX FP6 E3M2: bias 3, no infinities or NaNs, max 28.</summary>
        Float6E3M2,
        /// <summary>OCP MX FP6 E2M3: bias 1, no infinities or NaNs, max 7.5.</summary>
        Float6E2M3,
        /// <summary>OCP MX FP4 E2M1: bias 1, no infinities or NaNs, values ±{0, 0.5, 1, 1.5, 2, 3, 4, 6}.</summary>
        Float4E2M1,
        /// <summary>Signed 8-bit integer (two's complement).</summary>
        Int8,
        /// <summary>Signed 4-bit integer (two's complement, -8..7).</summary>
        Int4,
        /// <summary>OCP MX block scale: an unsigned power of two 2<sup>e-127</sup>, 0xFF is NaN.</summary>
        ScaleE8M0,
        /// <summary>NVFP4 block scale: unsigned FP8 E4M3 (sign bit zero).</summary>
        ScaleUE4M3,
    }
}
