using System;

namespace NumericKernels.Generators.Programs
{
    /// <summary>
    /// The cost of a program: the latency-weighted count of the operations one vector evaluation of its fast path
    /// performs, guard included (the special path is off the hot path). The generator picks the cheapest entry meeting a
    /// request by it, and nk-search orders its candidates by it.
    /// </summary>
    /// <remarks>
    /// On current x64 and Arm cores add, subtract, multiply and fused multiply-add share the floating-point pipes (about 4
    /// cycles latency, two per cycle), and the integer, logical, shift, compare, select and conversion operations a
    /// program uses cost about as much or less: each weighs 1. Division is about 11-13 cycles latency and issues once
    /// every 4-5 cycles: it weighs 4. Bit casts and constants are free (a reinterpretation, a broadcast hoisted out of the
    /// loop).
    /// </remarks>
    internal static class ProgramCost
    {
        public static int Weight(Opcode op) => op switch
        {
            Opcode.Input or Opcode.Constant or Opcode.BitCast => 0,
            Opcode.Divide => 4,
            _ => 1,
        };

        public static int Of(KernelProgram program) => Of(program.Fast) + (program.Guard is null ? 0 : Of(program.Guard));

        /// <summary>
        /// The critical path of the fast path (guard included): the largest sum of weights along a chain of dependent
        /// operations, which bounds the latency of one evaluation however many pipes the core has.
        /// </summary>
        public static int Depth(KernelProgram program) => Math.Max(Depth(program.Fast), program.Guard is null ? 0 : Depth(program.Guard));

        public static int Depth(ProgramBlock block)
        {
            bool[] live = Liveness.Of(block, scalar: false);
            var depth = new int[block.Count];
            for (int i = 1; i < block.Count; i++)
            {
                if (!live[i]) continue;
                int longest = 0;
                foreach (int operand in Liveness.Operands(block[i], scalar: false)) longest = Math.Max(longest, depth[operand]);
                depth[i] = longest + Weight(block[i].Op);
            }
            return depth[block.Result];
        }

        /// <summary>The weighted operations of a block that a vector path computes.</summary>
        public static int Of(ProgramBlock block)
        {
            bool[] live = Liveness.Of(block, scalar: false);
            int cost = 0;
            for (int i = 0; i < block.Count; i++)
            {
                if (live[i]) cost += Weight(block[i].Op);
            }
            return cost;
        }
    }
}
