using System;
using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Pieces;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// No range reduction: one polynomial C0 + C1·x + ... (Horner or Estrin) over a domain small enough. No special path:
    /// NaN propagates through the arithmetic and inputs outside the domain get an unspecified value.
    /// </summary>
    internal sealed class DirectPolynomialAlgorithm : AlgorithmDescriptor
    {
        public static readonly DirectPolynomialAlgorithm Instance = new DirectPolynomialAlgorithm();

        private DirectPolynomialAlgorithm()
            : base(KernelAlgorithm.DirectPolynomial)
        {
        }

        public override string Description => "no range reduction";

        public override KernelProgram Build(CatalogEntry entry)
        {
            var program = new ProgramBuilder(entry);
            BlockBuilder b = program.Block();
            return program.Build(b.Return(Polynomials.Evaluate(b, entry.Scheme, Polynomials.Coefficients(b, "C", 0), b.Input, "x")));
        }
    }

    /// <summary>
    /// A straight-line program found by nk-search evolve, stored in the entry as <see cref="CatalogEntry.Steps"/>: each
    /// step one operation over x, named constants and earlier steps (t0, t1, ...), the last step the result.
    /// </summary>
    internal sealed class DirectProgramAlgorithm : AlgorithmDescriptor
    {
        public static readonly DirectProgramAlgorithm Instance = new DirectProgramAlgorithm();

        private DirectProgramAlgorithm()
            : base(KernelAlgorithm.DirectProgram)
        {
        }

        public override string Description => "straight-line program";

        /// <summary>The operation names of <see cref="ProgramStep.Op"/>.</summary>
        public static IReadOnlyList<string> StepOperations { get; } = new[] { "add", "sub", "mul", "div", "fma" };

        public override KernelProgram Build(CatalogEntry entry)
        {
            if (entry.Steps.Count == 0) throw new InvalidOperationException(entry.Id + ": a DirectProgram needs at least one step");
            var program = new ProgramBuilder(entry);
            BlockBuilder b = program.Block();
            var steps = new List<Value>();
            for (int i = 0; i < entry.Steps.Count; i++)
            {
                ProgramStep step = entry.Steps[i];
                Value a = Operand(b, entry, step.A, steps), c = Operand(b, entry, step.B, steps);
                Value value = step.Op switch
                {
                    "add" => a + c,
                    "sub" => a - c,
                    "mul" => a * c,
                    "div" => a / c,
                    "fma" => b.Fma(a, c, Operand(b, entry, step.C, steps)),
                    _ => throw new InvalidOperationException($"{entry.Id}: unknown operation '{step.Op}' in step {i}"),
                };
                steps.Add(value.Named("t" + i.ToString(CultureInfo.InvariantCulture)));
            }
            return program.Build(b.Return(steps[steps.Count - 1]));
        }

        private static Value Operand(BlockBuilder b, CatalogEntry entry, string operand, List<Value> steps)
        {
            if (operand == "x") return b.Input;
            if (operand.Length > 1 && operand[0] == 't' && int.TryParse(operand.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                return index < steps.Count ? steps[index] : throw new InvalidOperationException($"{entry.Id}: step {steps.Count} reads t{index}, which is not computed yet");
            }
            return b.Program.Has(operand) ? b.Constant(operand) : throw new InvalidOperationException($"{entry.Id}: step {steps.Count} reads unknown operand '{operand}'");
        }
    }
}
