using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Programs
{
    /// <summary>
    /// A straight-line function of the input: instructions in order (instruction 0 is the input), and the one whose value
    /// the block returns.
    /// </summary>
    internal sealed record ProgramBlock(EquatableArray<Instruction> Instructions, int Result)
    {
        public Instruction this[int index] => Instructions[index];

        public int Count => Instructions.Count;

        public LaneType ResultType => Instructions[Result].Type;
    }
}
