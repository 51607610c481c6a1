using System.Collections.Generic;
using System.Linq;
using NumericKernels.Search.Evolution;
using Xunit;

namespace NumericKernels.Search.Tests.Evolution;

/// <summary>Every mutant is a well-formed, acyclic, pruned program whose cost is its weighted operation count.</summary>
public class MutationInvariantTests
{
    [Fact]
    public void ThousandsOfRandomMutationsKeepProgramsWellFormedPrunedAndCostConsistent()
    {
        var random = new SearchRandom(42);
        var programs = Enumerable.Range(0, 50).Select(_ => RandomPrograms.Create(random)).ToList();
        int changed = 0;
        for (int round = 0; round < 5000; round++)
        {
            int slot = random.Next(programs.Count);
            EvolvedProgram child = ProgramMutator.Mutate(programs[slot], random);
            AssertInvariants(child);
            if (child.Key != programs[slot].Key) changed++;
            programs[slot] = child;
        }
        Assert.True(changed > 4000, $"only {changed} of 5000 mutations changed their program");
    }

    [Fact]
    public void EachMutationKindKeepsTheInvariants()
    {
        var random = new SearchRandom(7);
        for (int i = 0; i < 500; i++)
        {
            EvolvedProgram program = RandomPrograms.Create(random);
            for (int kind = 0; kind < 5; kind++)
            {
                var nodes = program.Nodes.ToList();
                int output = program.Output;
                bool applied = kind switch
                {
                    0 => ProgramMutator.InsertVertex(nodes, ref output, random),
                    1 => ProgramMutator.RemoveVertex(nodes, ref output, random),
                    2 => ProgramMutator.RewireEdge(nodes, ref output, random),
                    3 => ProgramMutator.ChangeOperation(nodes, ref output, random),
                    _ => ProgramMutator.ChangeConstant(nodes, random),
                };
                Assert.Null(EvolvedProgram.Check(nodes, output));
                if (applied) AssertInvariants(EvolvedProgram.Create(nodes, output));
            }
        }
    }

    [Fact]
    public void InsertingOnTopOfAHornerChainCanRaiseItsDegree()
    {
        // The Horner-shaped insertion fma(result, x, K) must be reachable: it is how a search from scratch gains degree.
        var random = new SearchRandom(3);
        EvolvedProgram start = MinimaxBaseline.Horner(2);
        bool raised = Enumerable.Range(0, 200).Any(_ =>
        {
            var nodes = start.Nodes.ToList();
            int output = start.Output;
            ProgramMutator.InsertVertex(nodes, ref output, random);
            EvolvedProgram child = EvolvedProgram.Create(nodes, output);
            return child.Nodes[child.Output] is { Op: Operation.Fma, B: 0 } top && top.A == start.Output && child.OperationCount == 3;
        });
        Assert.True(raised);
    }

    [Fact]
    public void MalformedProgramsAreRejected()
    {
        Assert.NotNull(EvolvedProgram.Check(new[] { ProgramNode.Input, ProgramNode.Apply(Operation.Add, 0, 2), ProgramNode.Constant(1) }, 1));
        Assert.NotNull(EvolvedProgram.Check(new[] { ProgramNode.Input, ProgramNode.Apply(Operation.Add, 1, 0) }, 1));
        Assert.NotNull(EvolvedProgram.Check(new[] { ProgramNode.Input, ProgramNode.Constant(1) }, 1));
        Assert.NotNull(EvolvedProgram.Check(new[] { ProgramNode.Constant(1), ProgramNode.Apply(Operation.Add, 0, 0) }, 1));
    }

    [Fact]
    public void UnusedVerticesArePruned()
    {
        var program = EvolvedProgram.Create(new[]
        {
            ProgramNode.Input, ProgramNode.Constant(2), ProgramNode.Constant(3),
            ProgramNode.Apply(Operation.Mul, 0, 2), ProgramNode.Apply(Operation.Add, 0, 1),
        }, 4);
        Assert.Equal(3, program.Nodes.Count);
        Assert.Equal(1, program.ConstantCount);
        var y = new float[1];
        program.Evaluate(new[] { 3f }, y);
        Assert.Equal(5f, y[0]);
    }

    private static void AssertInvariants(EvolvedProgram program)
    {
        var nodes = program.Nodes;
        Assert.Null(EvolvedProgram.Check(nodes, program.Output));
        Assert.Equal(nodes.Count - 1, program.Output);
        Assert.True(program.OperationCount <= ProgramMutator.MaxOperations + 1);
        var used = new HashSet<int> { program.Output };
        for (int i = program.Output; i > 0; i--)
        {
            if (!used.Contains(i)) continue;
            for (int s = 0; s < nodes[i].Arity; s++) used.Add(nodes[i].Operand(s));
        }
        for (int i = 1; i < nodes.Count; i++) Assert.Contains(i, used);
        // The kernel program has one step per operation, and divisions weigh 4 (ProgramCost).
        Assert.Equal(nodes.Where(n => n.IsOperation).Sum(n => n.Op == Operation.Div ? 4 : 1), program.Cost);
        Assert.Equal(program.Key, EvolvedProgram.Create(nodes.ToList(), program.Output).Key);
    }
}
