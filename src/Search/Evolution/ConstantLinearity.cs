using System;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// Whether a program's result is an affine function of its constants (true of every polynomial in Horner or Estrin form
    /// and of any program whose constants are never multiplied together or divided by). Then the result is
    /// b0(x) + Σ c_j·b_j(x) and the best constants solve a linear Chebyshev problem, exactly and fast.
    /// </summary>
    internal static class ConstantLinearity
    {
        private const int Nonlinear = 2;

        public static bool IsAffine(EvolvedProgram program)
        {
            var nodes = program.Nodes;
            var degree = new int[nodes.Count];
            for (int i = 0; i < nodes.Count; i++)
            {
                ProgramNode n = nodes[i];
                degree[i] = n.Kind switch
                {
                    NodeKind.Input => 0,
                    NodeKind.Constant => 1,
                    _ => n.Op switch
                    {
                        Operation.Add or Operation.Sub => Math.Max(degree[n.A], degree[n.B]),
                        Operation.Mul => Math.Min(Nonlinear, degree[n.A] + degree[n.B]),
                        Operation.Fma => Math.Max(Math.Min(Nonlinear, degree[n.A] + degree[n.B]), degree[n.C]),
                        _ => degree[n.B] == 0 ? degree[n.A] : Nonlinear,
                    },
                };
            }
            return degree[program.Output] <= 1;
        }
    }
}
