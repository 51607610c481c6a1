using System;
using System.Linq;
using NumericKernels.Generators.Programs;

namespace NumericKernels.Search.Programs
{
    /// <summary>One block of a program, ready to run over a chunk of lanes: its live instructions and a column for each.</summary>
    internal sealed class CompiledBlock
    {
        private readonly KernelProgram _program;
        private readonly ProgramBlock _block;
        private readonly int[] _order;
        private readonly ulong[] _columns;

        public CompiledBlock(KernelProgram program, ProgramBlock block)
        {
            _program = program;
            _block = block;
            bool[] live = Liveness.Of(block, scalar: true);
            _order = System.Linq.Enumerable.Range(1, block.Count - 1).Where(i => live[i]).ToArray();
            _columns = new ulong[block.Count * ProgramInterpreter.Chunk];
        }

        private Span<ulong> Column(int index, int n) => _columns.AsSpan(index * ProgramInterpreter.Chunk, n);

        /// <summary>Runs the block on <paramref name="n"/> lanes; the result column stays valid until the next run.</summary>
        public ReadOnlySpan<ulong> Run(ReadOnlySpan<ulong> input, int n)
        {
            input.CopyTo(Column(0, n));
            foreach (int index in _order)
            {
                Instruction instruction = _block[index];
                Span<ulong> destination = Column(index, n);
                if (instruction.Op == Opcode.Constant)
                {
                    destination.Fill(ConstantBits(instruction));
                    continue;
                }
                ReadOnlySpan<ulong> a = instruction.Arity > 0 ? Column(instruction.A, n) : default;
                ReadOnlySpan<ulong> b = instruction.Arity > 1 && !(instruction.Op == Opcode.Narrow) ? Column(instruction.B, n) : default;
                ReadOnlySpan<ulong> c = instruction.Arity > 2 ? Column(instruction.C, n) : default;
                LaneOperations.Apply(instruction, OperandType(instruction), a, b, c, destination);
            }
            return Column(_block.Result, n);
        }

        /// <summary>The type an operation works in: its operands' for comparisons, its own otherwise.</summary>
        private LaneType OperandType(Instruction instruction) => instruction.Arity == 0 ? instruction.Type : _block[instruction.A].Type;

        private ulong ConstantBits(Instruction instruction)
        {
            if (instruction.Type == LaneType.Int32) return (uint)(int)instruction.Immediate;
            if (instruction.Type == LaneType.Int64) return (ulong)instruction.Immediate;
            ProgramConstant constant = _program.Constants[(int)instruction.Immediate];
            return constant.Type == LaneType.Float32 ? (uint)(int)constant.Bits : (ulong)constant.Bits;
        }
    }
}
