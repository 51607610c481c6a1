namespace NumericKernels.Generators.Programs
{
    /// <summary>
    /// A named float constant of a program with its exact bits (float32 bits in the low half for Float32), declared once as
    /// a private const of the emitted class and broadcast by vector paths.
    /// </summary>
    /// <param name="Name">Its name in emitted code (upper camel case).</param>
    /// <param name="Type">Float32 or Float64.</param>
    /// <param name="Bits">The exact value.</param>
    /// <param name="Comment">What it is: the catalog's hex-float, or why a derived constant has its value.</param>
    internal readonly record struct ProgramConstant(string Name, LaneType Type, long Bits, string Comment)
    {
        public double Value => Type == LaneType.Float32 ? FloatBits.ToSingle((int)Bits) : FloatBits.ToDouble(Bits);
    }
}
