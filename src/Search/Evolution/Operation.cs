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

    /// <summary>Arity, names and latency weights of <see cref="Operation"/>.</summary>
    internal static class Operations
    {
        public static readonly Operation[] All = { Operation.Add, Operation.Sub, Operation.Mul, Operation.Div, Operation.Fma };

        /// <summary>
        /// Latency weight of one operation in a program's cost. On current x64 and Arm cores add, sub, mul and fma share the
        /// FMA pipes (about 4 cycles latency, two per cycle), so each weighs 1; vector division is about 11-13 cycles latency
        /// and issues once every 4-5 cycles, so it weighs 4. The cost of a program is the sum over its operations.
        /// </summary>
        public static int Weight(Operation op) => op == Operation.Div ? 4 : 1;

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

        public static float Apply(Operation op, float a, float b, float c) => op switch
        {
            Operation.Add => a + b,
            Operation.Sub => a - b,
            Operation.Mul => a * b,
            Operation.Div => a / b,
            _ => MathF.FusedMultiplyAdd(a, b, c),
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
