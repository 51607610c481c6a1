using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NumericKernels.Generators.Programs;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// A straight-line program: a DAG over the input x and float constants whose vertices are listed in topological order
    /// (vertex 0 is x, every operand precedes its user) and whose last vertex is the result. Instances are immutable and
    /// always pruned: every vertex but x is used by the result. Its float32 semantics are those of its kernel program
    /// (<see cref="Kernel"/>), the same steps in vertex order.
    /// </summary>
    internal sealed class EvolvedProgram
    {
        private readonly ProgramNode[] _nodes;
        private readonly int[] _constantIndices;

        private EvolvedProgram(ProgramNode[] nodes)
        {
            _nodes = nodes;
            _constantIndices = Enumerable.Range(0, nodes.Length).Where(i => nodes[i].Kind == NodeKind.Constant).ToArray();
            Kernel = ProgramEntry.Program(this);
            Cost = ProgramCost.Of(Kernel);
            OperationCount = nodes.Count(n => n.IsOperation);
            Key = BuildKey();
        }

        public IReadOnlyList<ProgramNode> Nodes => _nodes;

        public int Output => _nodes.Length - 1;

        /// <summary>
        /// The program as the generator represents it (a DirectProgram entry's): what its float32 results, its cost and its
        /// emitted code come from. This graph stays the search's own form because mutation rewires operands and prunes
        /// unused vertices, which a straight-line list does not express.
        /// </summary>
        public KernelProgram Kernel { get; }

        /// <summary>Latency-weighted operation count of <see cref="Kernel"/> (<see cref="ProgramCost"/>).</summary>
        public int Cost { get; }

        public int OperationCount { get; }

        /// <summary>Vertex indices of the constants, in vertex order: the order of K0, K1, ... and of fitted constant vectors.</summary>
        public IReadOnlyList<int> ConstantIndices => _constantIndices;

        public int ConstantCount => _constantIndices.Length;

        /// <summary>Structure and exact constant bits: equal keys mean equal programs.</summary>
        public string Key { get; }

        /// <summary>Builds a program from vertices, keeping only those the result (vertex <paramref name="output"/>) uses.</summary>
        public static EvolvedProgram Create(IReadOnlyList<ProgramNode> nodes, int output)
        {
            string? problem = Check(nodes, output);
            if (problem != null) throw new ArgumentException("Malformed program: " + problem, nameof(nodes));
            var used = new bool[nodes.Count];
            used[0] = true;
            used[output] = true;
            for (int i = output; i > 0; i--)
            {
                if (!used[i] || !nodes[i].IsOperation) continue;
                for (int s = 0; s < nodes[i].Arity; s++) used[nodes[i].Operand(s)] = true;
            }
            var remap = new int[nodes.Count];
            var kept = new List<ProgramNode>();
            for (int i = 0; i <= output; i++)
            {
                if (!used[i]) continue;
                ProgramNode n = nodes[i];
                if (n.IsOperation)
                {
                    n = n with { A = remap[n.A], B = remap[n.B], C = n.Op == Operation.Fma ? remap[n.C] : -1 };
                }
                remap[i] = kept.Count;
                kept.Add(n);
            }
            return new EvolvedProgram(kept.ToArray());
        }

        /// <summary>Why <paramref name="nodes"/> is not a well-formed program, or null when it is.</summary>
        public static string? Check(IReadOnlyList<ProgramNode> nodes, int output)
        {
            if (nodes.Count == 0 || nodes[0].Kind != NodeKind.Input) return "vertex 0 must be the input x";
            if (output <= 0 || output >= nodes.Count) return "the result vertex is out of range";
            if (!nodes[output].IsOperation) return "the result must be an operation";
            for (int i = 1; i < nodes.Count; i++)
            {
                ProgramNode n = nodes[i];
                if (n.Kind == NodeKind.Input) return Invariant($"vertex {i} is a second input");
                if (n.Kind == NodeKind.Constant && !float.IsFinite(n.Value)) return Invariant($"constant {i} is not finite");
                if (!n.IsOperation) continue;
                for (int s = 0; s < n.Arity; s++)
                {
                    int operand = n.Operand(s);
                    if (operand < 0 || operand >= i) return Invariant($"vertex {i} reads vertex {operand}, which does not precede it");
                }
                if (n.Op != Operation.Fma && n.C != -1) return Invariant($"vertex {i} is binary but has a third operand");
            }
            return null;
        }

        public float[] ConstantValues() => _constantIndices.Select(i => _nodes[i].Value).ToArray();

        /// <summary>The same structure with constants replaced, in <see cref="ConstantIndices"/> order.</summary>
        public EvolvedProgram WithConstants(ReadOnlySpan<float> values)
        {
            if (values.Length != _constantIndices.Length) throw new ArgumentException("One value per constant is needed.", nameof(values));
            var nodes = (ProgramNode[])_nodes.Clone();
            for (int j = 0; j < values.Length; j++) nodes[_constantIndices[j]] = ProgramNode.Constant(values[j]);
            return new EvolvedProgram(nodes);
        }

        /// <summary>IEEE float32 results, exactly what the emitted kernel computes (the interpreter of <see cref="Kernel"/>).</summary>
        public void Evaluate(ReadOnlySpan<float> x, Span<float> y) => new Programs.ProgramInterpreter(Kernel).Evaluate(x, y);

        /// <summary>
        /// Double evaluation with <paramref name="constants"/> (in <see cref="ConstantIndices"/> order) instead of the stored
        /// ones: the relaxation the constant fit works on (it ignores float rounding; selection, on <see cref="Evaluate"/>, does not).
        /// </summary>
        public double EvaluateDouble(double x, ReadOnlySpan<double> constants, Span<double> scratch)
        {
            int next = 0;
            for (int i = 0; i < _nodes.Length; i++)
            {
                ProgramNode n = _nodes[i];
                scratch[i] = n.Kind switch
                {
                    NodeKind.Input => x,
                    NodeKind.Constant => constants[next++],
                    _ => Operations.Apply(n.Op, scratch[n.A], scratch[n.B], n.C >= 0 ? scratch[n.C] : 0.0),
                };
            }
            return scratch[_nodes.Length - 1];
        }

        /// <summary>Readable form, e.g. "t1 = fma(x, K0, K1); t2 = fma(t1, x, K2)" with constants listed after.</summary>
        public override string ToString()
        {
            var text = new StringBuilder();
            foreach (var (index, op, a, b, c) in Steps())
            {
                if (text.Length > 0) text.Append("; ");
                text.Append(Invariant($"t{index} = {Operations.StepName(op)}({a}, {b}"));
                if (op == Operation.Fma) text.Append(", ").Append(c);
                text.Append(')');
            }
            return text.ToString();
        }

        /// <summary>The operations as emitter steps: operand names "x", "K{j}" (j-th constant) or "t{i}" (i-th operation).</summary>
        public IEnumerable<(int Index, Operation Op, string A, string B, string C)> Steps()
        {
            var names = new string[_nodes.Length];
            int constant = 0, step = 0;
            for (int i = 0; i < _nodes.Length; i++)
            {
                ProgramNode n = _nodes[i];
                switch (n.Kind)
                {
                    case NodeKind.Input:
                        names[i] = "x";
                        break;
                    case NodeKind.Constant:
                        names[i] = "K" + (constant++).ToString(CultureInfo.InvariantCulture);
                        break;
                    default:
                        names[i] = "t" + step.ToString(CultureInfo.InvariantCulture);
                        yield return (step++, n.Op, names[n.A], names[n.B], n.Op == Operation.Fma ? names[n.C] : "");
                        break;
                }
            }
        }

        private string BuildKey()
        {
            var text = new StringBuilder();
            foreach (ProgramNode n in _nodes)
            {
                text.Append(n.Kind switch
                {
                    NodeKind.Input => "x",
                    NodeKind.Constant => BitConverter.SingleToInt32Bits(n.Value).ToString("x8", CultureInfo.InvariantCulture),
                    _ => Invariant($"{Operations.StepName(n.Op)}:{n.A}:{n.B}:{n.C}"),
                }).Append('|');
            }
            return text.ToString();
        }

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
    }
}
