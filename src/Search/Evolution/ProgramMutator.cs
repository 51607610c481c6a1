using System;
using System.Collections.Generic;
using System.Linq;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// The mutations of AutoNumerics-Zero (arXiv 2312.08472, section 3): insert a vertex, remove a vertex (its users read
    /// one of its operands instead), rewire an edge, change an operation, perturb or replace a constant. Operands always
    /// point to earlier vertices, so every mutant is acyclic; the result is rebuilt through
    /// <see cref="EvolvedProgram.Create"/>, which prunes vertices the result no longer uses.
    /// </summary>
    internal static class ProgramMutator
    {
        /// <summary>Programs stop growing here: larger ones would not be cheaper than the polynomials they compete with.</summary>
        public const int MaxOperations = 14;

        /// <summary>One to three mutations (geometric), each retried until it changes the structure or a constant.</summary>
        public static EvolvedProgram Mutate(EvolvedProgram parent, SearchRandom random)
        {
            EvolvedProgram child = parent;
            int count = 1;
            while (count < 3 && random.Chance(0.3)) count++;
            for (int i = 0; i < count; i++)
            {
                for (int attempt = 0; attempt < 8; attempt++)
                {
                    EvolvedProgram? next = MutateOnce(child, random);
                    if (next != null && next.Key != child.Key)
                    {
                        child = next;
                        break;
                    }
                }
            }
            return child;
        }

        /// <summary>One random mutation, or null when the one drawn does not apply to this program.</summary>
        public static EvolvedProgram? MutateOnce(EvolvedProgram program, SearchRandom random)
        {
            var nodes = program.Nodes.ToList();
            int output = program.Output;
            double pick = random.NextDouble();
            bool grown = program.OperationCount >= MaxOperations;
            bool changed = pick switch
            {
                < 0.35 when !grown => InsertVertex(nodes, ref output, random),
                < 0.35 => RemoveVertex(nodes, ref output, random),
                < 0.55 => RemoveVertex(nodes, ref output, random),
                < 0.72 => RewireEdge(nodes, ref output, random),
                < 0.87 => ChangeOperation(nodes, ref output, random),
                _ => ChangeConstant(nodes, random),
            };
            return changed ? EvolvedProgram.Create(nodes, output) : null;
        }

        /// <summary>
        /// A new vertex between an operand and its user (or on top of the result). Half of the new fma vertices take the
        /// Horner shape fma(v, x, K): it raises a polynomial's degree by one, the step a search from scratch needs most.
        /// </summary>
        public static bool InsertVertex(List<ProgramNode> nodes, ref int output, SearchRandom random)
        {
            var operations = OperationIndices(nodes);
            bool onTop = random.Chance(0.4);
            int user = onTop ? nodes.Count : operations[random.Next(operations.Count)];
            int slot = onTop ? -1 : random.Next(nodes[user].Arity);
            int old = onTop ? output : nodes[user].Operand(slot);
            int position = onTop ? nodes.Count : user;

            Operation op = random.Chance(0.6) ? Operation.Fma : Operations.All[random.Next(Operations.All.Length)];
            var operands = new int[Operations.Arity(op)];
            if (op == Operation.Fma && random.Chance(0.5))
            {
                operands[0] = old;
                operands[1] = 0;
                operands[2] = -1;
            }
            else
            {
                int keep = random.Next(operands.Length);
                for (int s = 0; s < operands.Length; s++) operands[s] = s == keep ? old : random.Chance(0.5) ? -1 : random.Next(position);
            }
            // New constants (operand -1) go right before the new vertex; each insertion shifts later indices.
            for (int s = 0; s < operands.Length; s++)
            {
                if (operands[s] != -1) continue;
                InsertAt(nodes, position, ProgramNode.Constant(NewConstant(random)), ref output);
                for (int t = 0; t < operands.Length; t++) if (t != s && operands[t] >= position) operands[t]++;
                operands[s] = position++;
                if (!onTop) user++;
            }
            int vertex = position;
            InsertAt(nodes, vertex, ProgramNode.Apply(op, operands[0], operands[1], operands.Length > 2 ? operands[2] : -1), ref output);
            if (onTop)
            {
                output = vertex;
            }
            else
            {
                user++;
                nodes[user] = nodes[user].WithOperand(slot, vertex);
            }
            return true;
        }

        /// <summary>Removes an operation; its users (and the result, if it was the result) read one of its operands.</summary>
        public static bool RemoveVertex(List<ProgramNode> nodes, ref int output, SearchRandom random)
        {
            var operations = OperationIndices(nodes);
            if (operations.Count < 2) return false;
            int victim = operations[random.Next(operations.Count)];
            ProgramNode removed = nodes[victim];
            bool isResult = victim == output;
            var candidates = Enumerable.Range(0, removed.Arity).Select(removed.Operand).Where(o => !isResult || nodes[o].IsOperation).ToList();
            if (candidates.Count == 0) return false;
            int replacement = candidates[random.Next(candidates.Count)];
            for (int i = victim + 1; i < nodes.Count; i++)
            {
                if (!nodes[i].IsOperation) continue;
                for (int s = 0; s < nodes[i].Arity; s++) if (nodes[i].Operand(s) == victim) nodes[i] = nodes[i].WithOperand(s, replacement);
            }
            if (output == victim) output = replacement;
            return true;
        }

        /// <summary>Points one operand of an operation at another earlier vertex, or at a new constant.</summary>
        public static bool RewireEdge(List<ProgramNode> nodes, ref int output, SearchRandom random)
        {
            var operations = OperationIndices(nodes);
            int user = operations[random.Next(operations.Count)];
            int slot = random.Next(nodes[user].Arity);
            if (random.Chance(0.25))
            {
                InsertAt(nodes, user, ProgramNode.Constant(NewConstant(random)), ref output);
                nodes[user + 1] = nodes[user + 1].WithOperand(slot, user);
                return true;
            }
            int target = random.Next(user);
            if (target == nodes[user].Operand(slot)) return false;
            nodes[user] = nodes[user].WithOperand(slot, target);
            return true;
        }

        /// <summary>Changes an operation; becoming fma adds an addend (an earlier vertex or a new constant), leaving fma drops it.</summary>
        public static bool ChangeOperation(List<ProgramNode> nodes, ref int output, SearchRandom random)
        {
            var operations = OperationIndices(nodes);
            int vertex = operations[random.Next(operations.Count)];
            ProgramNode n = nodes[vertex];
            Operation op = Operations.All[random.Next(Operations.All.Length)];
            if (op == n.Op) return false;
            if (op != Operation.Fma)
            {
                nodes[vertex] = ProgramNode.Apply(op, n.A, n.B);
                return true;
            }
            if (random.Chance(0.5))
            {
                InsertAt(nodes, vertex, ProgramNode.Constant(NewConstant(random)), ref output);
                ProgramNode moved = nodes[vertex + 1];
                nodes[vertex + 1] = ProgramNode.Apply(op, moved.A, moved.B, vertex);
                return true;
            }
            nodes[vertex] = ProgramNode.Apply(op, n.A, n.B, random.Next(vertex));
            return true;
        }

        /// <summary>Scales a constant by a random factor near 1, or draws a new one (for constants the fitter cannot place exactly).</summary>
        public static bool ChangeConstant(List<ProgramNode> nodes, SearchRandom random)
        {
            var constants = Enumerable.Range(0, nodes.Count).Where(i => nodes[i].Kind == NodeKind.Constant).ToList();
            if (constants.Count == 0) return false;
            int vertex = constants[random.Next(constants.Count)];
            float value = random.Chance(0.7) ? (float)(nodes[vertex].Value * (1 + 0.1 * random.NextGaussian())) : NewConstant(random);
            if (!float.IsFinite(value) || value == nodes[vertex].Value) return false;
            nodes[vertex] = ProgramNode.Constant(value);
            return true;
        }

        /// <summary>A starting value for a new constant: random sign and a magnitude between 2^-6 and 2.</summary>
        public static float NewConstant(SearchRandom random)
        {
            double magnitude = Math.Pow(2, -6 + 7 * random.NextDouble());
            return (float)(random.Chance(0.5) ? magnitude : -magnitude);
        }

        private static List<int> OperationIndices(List<ProgramNode> nodes) =>
            Enumerable.Range(0, nodes.Count).Where(i => nodes[i].IsOperation).ToList();

        /// <summary>Inserts a vertex at <paramref name="position"/>, shifting every reference to a later vertex.</summary>
        private static void InsertAt(List<ProgramNode> nodes, int position, ProgramNode node, ref int output)
        {
            for (int i = position; i < nodes.Count; i++)
            {
                ProgramNode n = nodes[i];
                if (!n.IsOperation) continue;
                nodes[i] = n with { A = Shift(n.A), B = Shift(n.B), C = n.C < 0 ? -1 : Shift(n.C) };
            }
            nodes.Insert(position, node);
            output = Shift(output);

            int Shift(int index) => index >= position ? index + 1 : index;
        }
    }
}
