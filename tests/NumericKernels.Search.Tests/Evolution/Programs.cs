using System.Collections.Generic;
using NumericKernels.Search.Evolution;

namespace NumericKernels.Search.Tests.Evolution;

/// <summary>Hand-made programs for the evolution tests.</summary>
internal static class Programs
{
    /// <summary>c_d·x^d + ... + c_0 in Horner form: d fused multiply-adds, constants K0 = c_d first.</summary>
    public static EvolvedProgram Horner(int degree, float coefficient = 0.5f)
    {
        var nodes = new List<ProgramNode> { ProgramNode.Input, ProgramNode.Constant(coefficient) };
        int value = 1;
        for (int i = 0; i < degree; i++)
        {
            nodes.Add(ProgramNode.Constant(coefficient));
            nodes.Add(ProgramNode.Apply(Operation.Fma, value, 0, nodes.Count - 1));
            value = nodes.Count - 1;
        }
        return EvolvedProgram.Create(nodes, value);
    }
}
