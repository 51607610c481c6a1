namespace NumericKernels.Generators.Programs
{
    /// <summary>
    /// The operations of a kernel program. Each is one IEEE 754 (or two's complement) operation per lane that the scalar
    /// path and every vector width spell with the same rounding, so a program lowered to any path gives the same bits.
    /// Operands are earlier instructions of the same block (A, B, C); <see cref="Instruction.Immediate"/> carries shift
    /// counts, integer constants and constant-table indices.
    /// </summary>
    internal enum Opcode
    {
        /// <summary>The kernel's argument x (always instruction 0 of a block).</summary>
        Input,

        /// <summary>A float constant: Immediate indexes <see cref="KernelProgram.Constants"/>; or an integer literal: Immediate is its value.</summary>
        Constant,

        /// <summary>A + B, rounded once (floats) or wrapping (integers).</summary>
        Add,

        /// <summary>A - B.</summary>
        Subtract,

        /// <summary>A · B (floats only).</summary>
        Multiply,

        /// <summary>A / B (floats only).</summary>
        Divide,

        /// <summary>A · B + C with one rounding (floats only).</summary>
        FusedMultiplyAdd,

        /// <summary>|A|: the sign bit cleared (NaN included).</summary>
        Abs,

        /// <summary>-A: the sign bit flipped.</summary>
        Negate,

        /// <summary>A rounded toward negative infinity (exact).</summary>
        Floor,

        /// <summary>A == B, per lane (a Mask).</summary>
        Equal,

        /// <summary>A &lt; B (false when either is NaN).</summary>
        LessThan,

        /// <summary>A &lt;= B.</summary>
        LessThanOrEqual,

        /// <summary>A &gt; B.</summary>
        GreaterThan,

        /// <summary>A &gt;= B.</summary>
        GreaterThanOrEqual,

        /// <summary>A &lt; B as unsigned integers.</summary>
        UnsignedLessThan,

        /// <summary>A &gt;= B as unsigned integers.</summary>
        UnsignedGreaterThanOrEqual,

        /// <summary>A ? B : C per lane, A a mask.</summary>
        Select,

        /// <summary>A &amp; B on the bits (any type; masks with masks).</summary>
        And,

        /// <summary>A | B on the bits.</summary>
        Or,

        /// <summary>A ^ B on the bits.</summary>
        Xor,

        /// <summary>A &lt;&lt; Immediate (integers).</summary>
        ShiftLeft,

        /// <summary>A &gt;&gt; Immediate, sign-filling (integers).</summary>
        ShiftRightArithmetic,

        /// <summary>A &gt;&gt; Immediate, zero-filling (integers).</summary>
        ShiftRightLogical,

        /// <summary>The bits of A as the other type of its width: float32 and int32, float64 and int64.</summary>
        BitCast,

        /// <summary>An integer converted to the float of its width, rounded to nearest (exact for the small integers programs use).</summary>
        ConvertToFloat,

        /// <summary>
        /// A float32 widened exactly to float64. On vector paths a float32 vector of N lanes widens to two float64 vectors of
        /// N/2 lanes: this is the lower half.
        /// </summary>
        WidenLower,

        /// <summary>The upper half of a widened float32 vector; absent from the scalar path, which has one lane.</summary>
        WidenUpper,

        /// <summary>float64 to float32, rounded to nearest: A (lower half) and B (upper half) into one vector; the scalar path narrows A.</summary>
        Narrow,
    }
}
