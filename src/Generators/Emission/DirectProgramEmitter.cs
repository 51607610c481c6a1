using System;
using System.Globalization;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// A straight-line program (nk-search evolve's output) over x and named constants, written step by step as locals
    /// t0, t1, ...; every path performs the same operations in the same order, fused multiply-add included.
    /// </summary>
    internal sealed class DirectProgramEmitter : ProgramEmitter
    {
        private readonly ProgramConstants _c;

        public DirectProgramEmitter(CatalogEntry entry)
            : base(entry)
        {
            _c = new ProgramConstants(entry);
            if (entry.Steps.Count == 0) throw new InvalidOperationException(entry.Id + ": a DirectProgram needs at least one step");
        }

        public override void EmitConstants(SourceWriter w, ElementTypeNames t) => _c.Emit(w, t);

        public override void EmitScalar(SourceWriter w, ElementTypeNames t) => EmitPath(w, new KernelOps(t, 0));

        public override void EmitVector(SourceWriter w, ElementTypeNames t, int bits) => EmitPath(w, new KernelOps(t, bits));

        private void EmitPath(SourceWriter w, KernelOps o)
        {
            w.WriteLine(KernelOps.AggressiveInlining);
            using (o.OpenMethod(w, o.FunctionName, isPublic: true))
            {
                for (int i = 0; i < Entry.Steps.Count; i++)
                {
                    ProgramStep step = Entry.Steps[i];
                    string a = Operand(o, step.A, i), b = Operand(o, step.B, i);
                    string value = step.Op switch
                    {
                        "add" => $"{a} + {b}",
                        "sub" => $"{a} - {b}",
                        "mul" => $"{a} * {b}",
                        "div" => $"{a} / {b}",
                        "fma" => o.MulAdd(a, b, Operand(o, step.C, i)),
                        _ => throw new InvalidOperationException($"{Entry.Id}: unknown operation '{step.Op}' in step {i}"),
                    };
                    w.WriteLine($"{o.Float} t{i.ToString(CultureInfo.InvariantCulture)} = {value};");
                }
                w.WriteLine($"return t{(Entry.Steps.Count - 1).ToString(CultureInfo.InvariantCulture)};");
            }
        }

        private string Operand(KernelOps o, string operand, int step)
        {
            if (operand == "x") return "x";
            if (operand.Length > 1 && operand[0] == 't' && int.TryParse(operand.Substring(1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                return index < step ? operand : throw new InvalidOperationException($"{Entry.Id}: step {step} reads t{index}, which is not computed yet");
            }
            return _c.Has(operand) ? o.Const(operand) : throw new InvalidOperationException($"{Entry.Id}: step {step} reads unknown operand '{operand}'");
        }
    }
}
