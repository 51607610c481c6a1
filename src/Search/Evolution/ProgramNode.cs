namespace NumericKernels.Search.Evolution
{
    /// <summary>What a vertex of an evolved program is.</summary>
    internal enum NodeKind
    {
        /// <summary>The input x; always vertex 0.</summary>
        Input,

        /// <summary>A float constant, fitted per candidate.</summary>
        Constant,

        /// <summary>An operation over earlier vertices.</summary>
        Operation,
    }

    /// <summary>
    /// One vertex of a program DAG. Operands are indices of earlier vertices (so the vertex list is a topological order
    /// and the program is acyclic by construction); <see cref="C"/> is used by fma only and is -1 otherwise.
    /// </summary>
    internal readonly record struct ProgramNode(NodeKind Kind, Operation Op, int A, int B, int C, float Value)
    {
        public static ProgramNode Input => new ProgramNode(NodeKind.Input, default, -1, -1, -1, 0);

        public static ProgramNode Constant(float value) => new ProgramNode(NodeKind.Constant, default, -1, -1, -1, value);

        public static ProgramNode Apply(Operation op, int a, int b, int c = -1) =>
            new ProgramNode(NodeKind.Operation, op, a, b, op == Operation.Fma ? c : -1, 0);

        public bool IsOperation => Kind == NodeKind.Operation;

        public int Arity => IsOperation ? Operations.Arity(Op) : 0;

        public int Operand(int slot) => slot switch { 0 => A, 1 => B, _ => C };

        public ProgramNode WithOperand(int slot, int index) => slot switch
        {
            0 => this with { A = index },
            1 => this with { B = index },
            _ => this with { C = index },
        };
    }
}
