using System;
using System.Collections.Generic;
using System.Globalization;

namespace NumericKernels.Generators.Programs
{
    /// <summary>
    /// Checks that a program is well formed: operands precede their users, types agree, masks come from comparisons and
    /// pick values of their width, names are unique identifiers. A malformed program is a bug in its builder; lowering and
    /// interpretation may assume a validated program.
    /// </summary>
    internal static class ProgramValidator
    {
        /// <summary>Throws <see cref="InvalidOperationException"/> naming the first problem.</summary>
        public static void Validate(KernelProgram program)
        {
            if ((program.Guard is null) != (program.Special is null))
            {
                throw Invalid("a guard needs a special path and a special path needs a guard");
            }
            var constantNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (ProgramConstant constant in program.Constants)
            {
                if (!constant.Type.IsFloat()) throw Invalid($"constant {constant.Name} is not a float");
                if (!IsIdentifier(constant.Name) || !char.IsUpper(constant.Name[0])) throw Invalid($"constant name '{constant.Name}' must be an upper camel case identifier");
                if (!constantNames.Add(constant.Name)) throw Invalid($"constant {constant.Name} is declared twice");
            }
            Validate(program, program.Fast, "fast path", program.ElementType);
            if (program.Guard is not null) Validate(program, program.Guard, "guard", LaneType.Mask);
            if (program.Special is not null) Validate(program, program.Special, "special path", program.ElementType);
        }

        private static void Validate(KernelProgram program, ProgramBlock block, string what, LaneType resultType)
        {
            if (block.Count == 0 || block[0].Op != Opcode.Input || block[0].Type != program.ElementType)
            {
                throw Invalid($"{what}: instruction 0 must be the input of type {program.ElementType}");
            }
            if (block.Result < 0 || block.Result >= block.Count) throw Invalid($"{what}: result index {block.Result} is out of range");
            if (block.ResultType != resultType) throw Invalid($"{what}: returns {block.ResultType}, not {resultType}");
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < block.Count; i++)
            {
                Instruction instruction = block[i];
                string where = what + ", instruction " + i.ToString(CultureInfo.InvariantCulture) + " (" + instruction.Op + ")";
                if (i > 0 && instruction.Op == Opcode.Input) throw Invalid(where + ": a second input");
                for (int slot = 0; slot < 3; slot++)
                {
                    int operand = instruction.Operand(slot);
                    bool expected = slot < instruction.Arity;
                    if (expected && (operand < 0 || operand >= i)) throw Invalid($"{where}: operand {slot} ({operand}) does not precede it");
                    if (!expected && operand != -1) throw Invalid($"{where}: operand {slot} is set but the operation takes {instruction.Arity}");
                }
                if (instruction.Name is string name)
                {
                    if (!IsIdentifier(name) || !char.IsLower(name[0])) throw Invalid($"{where}: name '{name}' must be a lower camel case identifier");
                    if (name == "x" && i != 0) throw Invalid($"{where}: 'x' is the input's name");
                    if (!names.Add(name)) throw Invalid($"{where}: name '{name}' is used twice");
                }
                string? problem = TypeProblem(program, block, instruction);
                if (problem is not null) throw Invalid(where + ": " + problem);
            }
        }

        private static string? TypeProblem(KernelProgram program, ProgramBlock block, Instruction instruction)
        {
            LaneType a = instruction.Arity > 0 ? block[instruction.A].Type : default;
            LaneType b = instruction.Arity > 1 ? block[instruction.B].Type : default;
            LaneType c = instruction.Arity > 2 ? block[instruction.C].Type : default;
            LaneType t = instruction.Type;
            switch (instruction.Op)
            {
                case Opcode.Input:
                    return null;
                case Opcode.Constant:
                    if (t.IsInteger()) return null;
                    if (!t.IsFloat()) return "a constant must be a float or an integer";
                    if (instruction.Immediate < 0 || instruction.Immediate >= program.Constants.Count) return "constant index out of range";
                    return program.Constants[(int)instruction.Immediate].Type == t ? null : "constant type differs from the table's";
                case Opcode.Add:
                case Opcode.Subtract:
                    return Same(t, a, b) && (t.IsFloat() || t.IsInteger()) ? null : $"{t} from {a} and {b}";
                case Opcode.Multiply:
                case Opcode.Divide:
                    return Same(t, a, b) && t.IsFloat() ? null : $"float operation on {a} and {b} giving {t}";
                case Opcode.FusedMultiplyAdd:
                    return Same(t, a, b) && c == t && t.IsFloat() ? null : "fused multiply-add needs three floats of one type";
                case Opcode.Abs:
                case Opcode.Negate:
                case Opcode.Floor:
                    return a == t && t.IsFloat() ? null : $"{instruction.Op} needs a float";
                case Opcode.Equal:
                case Opcode.LessThan:
                case Opcode.LessThanOrEqual:
                case Opcode.GreaterThan:
                case Opcode.GreaterThanOrEqual:
                    return t == LaneType.Mask && a == b && a != LaneType.Mask ? null : $"comparison of {a} and {b}";
                case Opcode.UnsignedLessThan:
                case Opcode.UnsignedGreaterThanOrEqual:
                    return t == LaneType.Mask && a == b && a.IsInteger() ? null : $"unsigned comparison of {a} and {b}";
                case Opcode.Select:
                    if (a != LaneType.Mask || b != t || c != t || t == LaneType.Mask) return $"select needs a mask and two values of one type, not {a}, {b}, {c}";
                    return MaskWidth(block, instruction.A) == t.Width() ? null : "the mask's lane width differs from the values'";
                case Opcode.And:
                case Opcode.Or:
                case Opcode.Xor:
                    if (!Same(t, a, b)) return $"bitwise operation on {a} and {b} giving {t}";
                    return t != LaneType.Mask || MaskWidth(block, instruction.A) == MaskWidth(block, instruction.B) ? null : "masks of different widths";
                case Opcode.ShiftLeft:
                case Opcode.ShiftRightArithmetic:
                case Opcode.ShiftRightLogical:
                    return a == t && t.IsInteger() && instruction.Immediate > 0 && instruction.Immediate < t.Width() ? null : "shift needs an integer and a count within its width";
                case Opcode.BitCast:
                    return a != LaneType.Mask && t == a.BitPartner() ? null : $"bit cast from {a} to {t}";
                case Opcode.ConvertToFloat:
                    return a.IsInteger() && t == a.BitPartner() ? null : $"conversion from {a} to {t}";
                case Opcode.WidenLower:
                case Opcode.WidenUpper:
                    return a == LaneType.Float32 && t == LaneType.Float64 ? null : "widening takes float32 to float64";
                case Opcode.Narrow:
                    return a == LaneType.Float64 && b == LaneType.Float64 && t == LaneType.Float32 ? null : "narrowing takes two float64 halves to float32";
                default:
                    return "unknown operation";
            }
        }

        /// <summary>The lane width of a mask: its comparison's operands' (for mask logic, its first operand's).</summary>
        public static int MaskWidth(ProgramBlock block, int index)
        {
            Instruction instruction = block[index];
            while (!instruction.IsComparison)
            {
                if (instruction.Arity == 0) return 0;
                instruction = block[instruction.A];
            }
            return block[instruction.A].Type.Width();
        }

        private static bool Same(LaneType t, LaneType a, LaneType b) => a == t && b == t;

        private static bool IsIdentifier(string name)
        {
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_')) return false;
            foreach (char ch in name)
            {
                if (!(char.IsLetterOrDigit(ch) || ch == '_')) return false;
            }
            return true;
        }

        private static InvalidOperationException Invalid(string message) => new InvalidOperationException("Malformed kernel program: " + message + ".");
    }
}
