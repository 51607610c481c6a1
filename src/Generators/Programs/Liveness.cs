using System.Collections.Generic;

namespace NumericKernels.Generators.Programs
{
    /// <summary>Which instructions of a block a path computes: those its result depends on.</summary>
    internal static class Liveness
    {
        /// <summary>
        /// The operands a path reads: the scalar path narrows its one lane from the lower half, so a narrowing reads only A
        /// there and the upper half's computation is left out.
        /// </summary>
        public static IEnumerable<int> Operands(Instruction instruction, bool scalar)
        {
            int arity = instruction.Op == Opcode.Narrow && scalar ? 1 : instruction.Arity;
            for (int slot = 0; slot < arity; slot++) yield return instruction.Operand(slot);
        }

        public static bool[] Of(ProgramBlock block, bool scalar)
        {
            var live = new bool[block.Count];
            live[block.Result] = true;
            live[0] = true;
            for (int i = block.Result; i > 0; i--)
            {
                if (!live[i]) continue;
                foreach (int operand in Operands(block[i], scalar)) live[operand] = true;
            }
            return live;
        }
    }
}
