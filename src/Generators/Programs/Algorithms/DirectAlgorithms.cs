using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs.Building;
using NumericKernels.Generators.Programs.Fitting;
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

        /// <summary>Direct polynomials are tried on domains no wider than this.</summary>
        public const double MaxDomainWidth = 4.0;

        public override bool HasSpecialPath => false;

        /// <summary>
        /// On a finite domain no wider than <see cref="MaxDomainWidth"/> that holds no zero of the function (relative error is
        /// undefined there); sin and cos are served by the quadrant program on small domains too.
        /// </summary>
        public override bool CanFit(MathFunctionId function, ElementKind element, double domainMin, double domainMax)
        {
            if (!(domainMax - domainMin <= MaxDomainWidth) || double.IsInfinity(domainMin) || double.IsInfinity(domainMax)) return false;
            if (function is MathFunctionId.Sin or MathFunctionId.Cos) return false;
            return !ZerosOf(function).Any(zero => domainMin <= zero && zero <= domainMax);
        }

        private static IEnumerable<double> ZerosOf(MathFunctionId function) => function switch
        {
            MathFunctionId.Log or MathFunctionId.Log2 or MathFunctionId.Log10 => new[] { 1.0 },
            MathFunctionId.ExpM1 or MathFunctionId.Log1P or MathFunctionId.Tanh or MathFunctionId.Erf or MathFunctionId.Sinh
                or MathFunctionId.Tan or MathFunctionId.Asin or MathFunctionId.Atan or MathFunctionId.Cbrt => new[] { 0.0 },
            _ => Array.Empty<double>(),
        };

        /// <summary>A polynomial approximates whatever it was fitted to.</summary>
        public override bool Computes(MathFunctionId function, ElementKind element) => true;

        public override IEnumerable<int> Degrees(ElementKind element) => Enumerable.Range(1, element == ElementKind.Float32 ? 14 : 24);

        public override string EntryIdSuffix(FitQuery query) => ".direct" + query.Degree.ToString(CultureInfo.InvariantCulture);

        /// <summary>Degree n: C0 + C1·x + ... + Cn·x^n on the domain itself, relative error.</summary>
        public override FitLayout Layout(FitQuery query, IFitNumerics numerics)
        {
            IReadOnlyList<int> powers = FitLayout.Powers(0, query.Degree + 1);
            var core = new CoreFit(query.Function.ToString().ToLowerInvariant() + "(x) = P(x)", CoreTarget.Function, query.DomainMin, query.DomainMax,
                Array.Empty<FixedTerm>(), powers, FitLayout.Names("C", powers));
            return FitLayout.Sequential(new[] { core }, Enumerable.Empty<(string, string)>(), Enumerable.Empty<(string, string)>(),
                new SampleRange(query.DomainMin, query.DomainMax, query.DomainMin, query.DomainMax));
        }

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

        public override bool HasSpecialPath => false;

        /// <summary>A program found by evolve approximates whatever it was found for.</summary>
        public override bool Computes(MathFunctionId function, ElementKind element) => true;

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
