using System;

namespace NumericKernels.Search.Evolution
{
    /// <summary>The operations an evolved program may use: those the DirectProgram emitter writes.</summary>
    internal enum Operation
    {
        Add,
        Sub,
        Mul,
        Div,

        /// <summary>A·B + C with one rounding (MathF.FusedMultiplyAdd), as the emitted MulAdd helpers compute it.</summary>
        Fma,
    }

    /// <summary>Arity and names of <see cref="Operation"/> (a program's cost comes from its kernel program, as every entry's does).</summary>
    internal static class Operations
    {
        public static readonly Operation[] All = { Operation.Add, Operation.Sub, Operation.Mul, Operation.Div, Operation.Fma };

        public static int Arity(Operation op) => op == Operation.Fma ? 3 : 2;

        /// <summary>The step name of <see cref="NumericKernels.Generators.Catalog.ProgramStep"/>.</summary>
        public static string StepName(Operation op) => op switch
        {
            Operation.Add => "add",
            Operation.Sub => "sub",
            Operation.Mul => "mul",
            Operation.Div => "div",
            Operation.Fma => "fma",
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };

        public static Operation Parse(string name) => name switch
        {
            "add" => Operation.Add,
            "sub" => Operation.Sub,
            "mul" => Operation.Mul,
            "div" => Operation.Div,
            "fma" => Operation.Fma,
            _ => throw new FormatException("Unknown operation '" + name + "'."),
        };

        /// <summary>The same operation in double, for constant fitting (the fit ignores float rounding; selection does not).</summary>
        public static double Apply(Operation op, double a, double b, double c) => op switch
        {
            Operation.Add => a + b,
            Operation.Sub => a - b,
            Operation.Mul => a * b,
            Operation.Div => a / b,
            _ => Math.FusedMultiplyAdd(a, b, c),
        };
    }
}
