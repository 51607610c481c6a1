namespace NumericKernels.Generators.Programs
{
    /// <summary>
    /// One operation of a block in static single assignment form: it reads earlier instructions of its block by index and
    /// defines one value of type <see cref="Type"/>.
    /// </summary>
    /// <param name="Op">The operation.</param>
    /// <param name="Type">The type of the value it defines.</param>
    /// <param name="A">First operand (index of an earlier instruction), or -1.</param>
    /// <param name="B">Second operand, or -1.</param>
    /// <param name="C">Third operand (fused multiply-add's addend, a selection's false value), or -1.</param>
    /// <param name="Immediate">Shift count; integer constant value; float constant's index in the program's table.</param>
    /// <param name="Name">
    /// The local's name in emitted code when the program's author gave one (lower camel case); unnamed values used once are
    /// written inline into their user.
    /// </param>
    internal readonly record struct Instruction(Opcode Op, LaneType Type, int A, int B, int C, long Immediate, string? Name)
    {
        /// <summary>How many operands <see cref="Op"/> reads.</summary>
        public int Arity => Op switch
        {
            Opcode.Input or Opcode.Constant => 0,
            Opcode.Abs or Opcode.Negate or Opcode.Floor or Opcode.ShiftLeft or Opcode.ShiftRightArithmetic or Opcode.ShiftRightLogical
                or Opcode.BitCast or Opcode.ConvertToFloat or Opcode.WidenLower or Opcode.WidenUpper => 1,
            Opcode.FusedMultiplyAdd or Opcode.Select => 3,
            _ => 2,
        };

        /// <summary>Operand <paramref name="slot"/> (0, 1 or 2).</summary>
        public int Operand(int slot) => slot switch { 0 => A, 1 => B, _ => C };

        public bool IsComparison => Op is Opcode.Equal or Opcode.LessThan or Opcode.LessThanOrEqual or Opcode.GreaterThan or Opcode.GreaterThanOrEqual
            or Opcode.UnsignedLessThan or Opcode.UnsignedGreaterThanOrEqual;

        public bool IsUnsignedComparison => Op is Opcode.UnsignedLessThan or Opcode.UnsignedGreaterThanOrEqual;
    }
}
