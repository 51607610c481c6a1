using System.Collections.Generic;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// The small random programs an empty population starts from. Half are short fma chains (K0·x + K1, then Horner steps),
    /// the others one to three random operations over x and constants; mutation grows them from there.
    /// </summary>
    internal static class RandomPrograms
    {
        public static EvolvedProgram Create(SearchRandom random)
        {
            var nodes = new List<ProgramNode> { ProgramNode.Input };
            if (random.Chance(0.5))
            {
                nodes.Add(ProgramNode.Constant(ProgramMutator.NewConstant(random)));
                int value = nodes.Count - 1;
                int steps = 1 + random.Next(3);
                for (int i = 0; i < steps; i++)
                {
                    nodes.Add(ProgramNode.Constant(ProgramMutator.NewConstant(random)));
                    nodes.Add(ProgramNode.Apply(Operation.Fma, value, 0, nodes.Count - 1));
                    value = nodes.Count - 1;
                }
                return EvolvedProgram.Create(nodes, nodes.Count - 1);
            }
            int operations = 1 + random.Next(3);
            int previous = -1;
            for (int i = 0; i < operations; i++)
            {
                Operation op = Operations.All[random.Next(Operations.All.Length)];
                var operands = new int[3];
                for (int s = 0; s < Operations.Arity(op); s++)
                {
                    if (random.Chance(0.4))
                    {
                        nodes.Add(ProgramNode.Constant(ProgramMutator.NewConstant(random)));
                        operands[s] = nodes.Count - 1;
                    }
                    else
                    {
                        operands[s] = random.Next(nodes.Count);
                    }
                }
                // The last operation reads the previous one, so earlier work is not pruned away at once.
                if (previous > 0) operands[random.Next(Operations.Arity(op))] = previous;
                nodes.Add(ProgramNode.Apply(op, operands[0], operands[1], op == Operation.Fma ? operands[2] : -1));
                previous = nodes.Count - 1;
            }
            return EvolvedProgram.Create(nodes, nodes.Count - 1);
        }
    }
}
