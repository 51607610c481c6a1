namespace NumericKernels.Generators.Programs
{
    /// <summary>The type of one lane of a program value: what a scalar path holds in a local and a vector path in each lane.</summary>
    internal enum LaneType
    {
        Float32,
        Float64,
        Int32,
        Int64,

        /// <summary>
        /// A per-lane truth value, produced by a comparison: a bool on the scalar path, all-ones or all-zeros lanes of the
        /// compared operands' vector type on vector paths (its carrier, which fixes its lane width).
        /// </summary>
        Mask,
    }

    internal static class LaneTypes
    {
        public static bool IsFloat(this LaneType type) => type == LaneType.Float32 || type == LaneType.Float64;

        public static bool IsInteger(this LaneType type) => type == LaneType.Int32 || type == LaneType.Int64;

        /// <summary>Bits of a lane; 0 for masks, whose width is their carrier's.</summary>
        public static int Width(this LaneType type) => type switch
        {
            LaneType.Float32 or LaneType.Int32 => 32,
            LaneType.Float64 or LaneType.Int64 => 64,
            _ => 0,
        };

        /// <summary>The integer type of the same width as a float type, and the reverse.</summary>
        public static LaneType BitPartner(this LaneType type) => type switch
        {
            LaneType.Float32 => LaneType.Int32,
            LaneType.Float64 => LaneType.Int64,
            LaneType.Int32 => LaneType.Float32,
            LaneType.Int64 => LaneType.Float64,
            _ => throw new System.ArgumentException("A mask has no bit partner.", nameof(type)),
        };
    }
}
