using System;
using System.Globalization;
using NumericKernels.Generators.Emission;

namespace NumericKernels.Generators.Programs.Lowering
{
    /// <summary>
    /// Writes one block of a program as C# for one path: named values (and values used more than once) become locals,
    /// every other value is written inline into its only user. Values the path does not need are left out: on the
    /// scalar path, whose one lane is the lower half, everything feeding only the upper half of a narrowing.
    /// </summary>
    internal sealed class BlockLowering
    {
        private readonly KernelProgram _program;
        private readonly ProgramBlock _block;
        private readonly PathSpelling _path;
        private readonly bool[] _live;
        private readonly int[] _uses;

        public BlockLowering(KernelProgram program, ProgramBlock block, PathSpelling path)
        {
            _program = program;
            _block = block;
            _path = path;
            _live = Liveness.Of(block, path.IsScalar);
            _uses = new int[block.Count];
            for (int i = 0; i < block.Count; i++)
            {
                if (!_live[i]) continue;
                foreach (int operand in Liveness.Operands(block[i], path.IsScalar)) _uses[operand]++;
            }
        }

        /// <summary>Writes the statements of the block, ending with its return.</summary>
        public void EmitStatements(SourceWriter w)
        {
            var expressions = new CSharpExpression[_block.Count];
            for (int i = 0; i < _block.Count; i++)
            {
                if (!_live[i]) continue;
                Instruction instruction = _block[i];
                CSharpExpression expression = Spell(i, expressions);
                // An unnamed comparison used twice is written out at each use rather than held in a local: the JIT
                // computes it once either way, and on AVX-512 a comparison written into its selection stays a mask
                // register (one masked blend), where a local makes it materialize the mask as a vector first.
                bool repeat = instruction.IsComparison && instruction.Name is null;
                string? name = instruction.Op is Opcode.Input or Opcode.Constant || repeat ? null
                    : instruction.Name ?? (_uses[i] > 1 ? "v_" + i.ToString(CultureInfo.InvariantCulture) : null);
                if (name is null || i == 0)
                {
                    expressions[i] = expression;
                    continue;
                }
                w.WriteLine($"{LocalType(i)} {name} = {expression.Text};");
                expressions[i] = CSharpExpression.Atom(name);
            }
            w.WriteLine($"return {expressions[_block.Result].Text};");
        }

        /// <summary>
        /// The block as one expression of <paramref name="input"/>, every value inline: for a guard, whose vector form asks
        /// whether its mask holds in every lane.
        /// </summary>
        public string GuardExpression(string input)
        {
            var expressions = new CSharpExpression[_block.Count];
            for (int i = 0; i < _block.Count; i++)
            {
                if (!_live[i]) continue;
                expressions[i] = i == 0 ? CSharpExpression.Atom(input) : Spell(i, expressions);
            }
            return _path.IsScalar ? expressions[_block.Result].Text : AllLanes(_block.Result, expressions).Text;
        }

        /// <summary>Vector form of "the mask holds in every lane": XxxAll for a comparison, both halves for a conjunction.</summary>
        private CSharpExpression AllLanes(int index, CSharpExpression[] expressions)
        {
            Instruction instruction = _block[index];
            string vc = _path.VectorClass;
            if (instruction.IsComparison)
            {
                var (a, b) = ComparisonOperands(instruction, expressions);
                return CSharpExpression.Atom($"{vc}.{VectorComparison(instruction.Op)}All({a.Text}, {b.Text})");
            }
            if (instruction.Op == Opcode.And)
            {
                return CSharpExpression.Binary(AllLanes(instruction.A, expressions), "&", AllLanes(instruction.B, expressions), CSharpExpression.And);
            }
            var (carrier, unsigned) = MaskCarrier(index);
            return CSharpExpression.Atom($"{vc}.EqualsAll({expressions[index].Text}, {_path.VectorOf(carrier, unsigned)}.AllBitsSet)");
        }

        private string LocalType(int index)
        {
            LaneType type = _block[index].Type;
            if (type != LaneType.Mask) return _path.TypeName(type, default, false);
            var (carrier, unsigned) = MaskCarrier(index);
            return _path.TypeName(type, carrier, unsigned);
        }

        /// <summary>The compared operands' type of the comparison a mask comes from (through mask logic, its first operand's).</summary>
        private (LaneType Carrier, bool Unsigned) MaskCarrier(int index)
        {
            Instruction instruction = _block[index];
            while (!instruction.IsComparison) instruction = _block[instruction.A];
            return (_block[instruction.A].Type, instruction.IsUnsignedComparison);
        }

        private CSharpExpression Spell(int index, CSharpExpression[] e)
        {
            Instruction instruction = _block[index];
            LaneType type = instruction.Type;
            string vc = _path.VectorClass;
            bool scalar = _path.IsScalar;
            CSharpExpression A() => e[instruction.A];
            CSharpExpression B() => e[instruction.B];
            CSharpExpression C() => e[instruction.C];
            CSharpExpression Call(string method, params CSharpExpression[] arguments) =>
                CSharpExpression.Atom(method + "(" + string.Join(", ", Array.ConvertAll(arguments, a => a.Text)) + ")");
            string count = instruction.Immediate.ToString(CultureInfo.InvariantCulture);

            switch (instruction.Op)
            {
                case Opcode.Input:
                    return CSharpExpression.Atom("x");
                case Opcode.Constant:
                    return Constant(instruction, unsigned: false);
                case Opcode.Add:
                    return CSharpExpression.Binary(A(), "+", B(), CSharpExpression.Additive);
                case Opcode.Subtract:
                    return CSharpExpression.Binary(A(), "-", B(), CSharpExpression.Additive);
                case Opcode.Multiply:
                    return CSharpExpression.Binary(A(), "*", B(), CSharpExpression.Multiplicative);
                case Opcode.Divide:
                    return CSharpExpression.Binary(A(), "/", B(), CSharpExpression.Multiplicative);
                case Opcode.FusedMultiplyAdd:
                    return Call("MulAdd", A(), B(), C());
                case Opcode.Abs:
                    return Call(scalar ? PathSpelling.MathClass(type) + ".Abs" : vc + ".Abs", A());
                case Opcode.Floor:
                    return Call(scalar ? PathSpelling.MathClass(type) + ".Floor" : vc + ".Floor", A());
                case Opcode.Negate:
                    return CSharpExpression.Prefix("-", A());
                case Opcode.Equal:
                case Opcode.LessThan:
                case Opcode.LessThanOrEqual:
                case Opcode.GreaterThan:
                case Opcode.GreaterThanOrEqual:
                case Opcode.UnsignedLessThan:
                case Opcode.UnsignedGreaterThanOrEqual:
                {
                    var (a, b) = ComparisonOperands(instruction, e);
                    if (!scalar) return Call(vc + "." + VectorComparison(instruction.Op), a, b);
                    if (instruction.Op == Opcode.Equal && instruction.A == instruction.B && _block[instruction.A].Type.IsFloat())
                    {
                        // x == x is the NaN test; spelled as one so the compiler does not warn about a self-comparison.
                        return CSharpExpression.Prefix("!", Call(PathSpelling.ElementName(_block[instruction.A].Type) + ".IsNaN", a));
                    }
                    int precedence = instruction.Op == Opcode.Equal ? CSharpExpression.Equality : CSharpExpression.Relational;
                    return CSharpExpression.Binary(a, ScalarComparison(instruction.Op), b, precedence);
                }
                case Opcode.Select:
                    if (scalar) return CSharpExpression.Choice(A(), B(), C());
                    return Call(vc + ".ConditionalSelect", MaskAs(instruction.A, type, A()), B(), C());
                case Opcode.And:
                case Opcode.Or:
                case Opcode.Xor:
                {
                    string op = instruction.Op == Opcode.And ? "&" : instruction.Op == Opcode.Or ? "|" : "^";
                    int precedence = instruction.Op == Opcode.And ? CSharpExpression.And : instruction.Op == Opcode.Or ? CSharpExpression.Or : CSharpExpression.Xor;
                    if (type == LaneType.Mask && !scalar)
                    {
                        var (carrier, unsigned) = MaskCarrier(instruction.A);
                        var (carrierB, unsignedB) = MaskCarrier(instruction.B);
                        CSharpExpression b = carrier == carrierB && unsigned == unsignedB ? B() : Call(vc + ".As" + PathSpelling.AsSuffix(carrier, unsigned), B());
                        return CSharpExpression.Binary(A(), op, b, precedence);
                    }
                    if (scalar && type.IsFloat())
                    {
                        CSharpExpression bits = CSharpExpression.Binary(ToBits(type, A()), op, ToBits(type, B()), precedence);
                        return FromBits(type.BitPartner(), bits);
                    }
                    return CSharpExpression.Binary(A(), op, B(), precedence);
                }
                case Opcode.ShiftLeft:
                    return scalar
                        ? CSharpExpression.Binary(A(), "<<", CSharpExpression.Atom(count), CSharpExpression.Shift)
                        : Call(vc + ".ShiftLeft", A(), CSharpExpression.Atom(count));
                case Opcode.ShiftRightArithmetic:
                    return scalar
                        ? CSharpExpression.Binary(A(), ">>", CSharpExpression.Atom(count), CSharpExpression.Shift)
                        : Call(vc + ".ShiftRightArithmetic", A(), CSharpExpression.Atom(count));
                case Opcode.ShiftRightLogical:
                {
                    if (!scalar) return Call(vc + ".ShiftRightLogical", A(), CSharpExpression.Atom(count));
                    string signedType = PathSpelling.ElementName(type), unsignedType = PathSpelling.ElementName(type, unsigned: true);
                    CSharpExpression shifted = CSharpExpression.Binary(CSharpExpression.Prefix("(" + unsignedType + ")", A()), ">>", CSharpExpression.Atom(count), CSharpExpression.Shift);
                    return CSharpExpression.Prefix("(" + signedType + ")", shifted);
                }
                case Opcode.BitCast:
                    return scalar
                        ? (type.IsInteger() ? ToBits(_block[instruction.A].Type, A()) : FromBits(_block[instruction.A].Type, A()))
                        : Call(vc + ".As" + PathSpelling.AsSuffix(type), A());
                case Opcode.ConvertToFloat:
                    return scalar
                        ? CSharpExpression.Prefix("(" + PathSpelling.ElementName(type) + ")", A())
                        : Call(vc + (type == LaneType.Float32 ? ".ConvertToSingle" : ".ConvertToDouble"), A());
                case Opcode.WidenLower:
                    return scalar ? CSharpExpression.Prefix("(double)", A()) : Call(vc + ".WidenLower", A());
                case Opcode.WidenUpper:
                    if (scalar) throw new InvalidOperationException("The scalar path has no upper half.");
                    return Call(vc + ".WidenUpper", A());
                case Opcode.Narrow:
                    return scalar ? CSharpExpression.Prefix("(float)", A()) : Call(vc + ".Narrow", A(), B());
                default:
                    throw new InvalidOperationException("Cannot lower " + instruction.Op + ".");
            }
        }

        private (CSharpExpression A, CSharpExpression B) ComparisonOperands(Instruction instruction, CSharpExpression[] e)
        {
            if (!instruction.IsUnsignedComparison) return (e[instruction.A], e[instruction.B]);
            LaneType type = _block[instruction.A].Type;
            return (Unsigned(instruction.A, type, e), Unsigned(instruction.B, type, e));
        }

        /// <summary>An integer operand of an unsigned comparison: literals spelled unsigned, other values reinterpreted.</summary>
        private CSharpExpression Unsigned(int index, LaneType type, CSharpExpression[] e)
        {
            Instruction operand = _block[index];
            if (operand.Op == Opcode.Constant) return Constant(operand, unsigned: true);
            return _path.IsScalar
                ? CSharpExpression.Prefix("(" + PathSpelling.ElementName(type, unsigned: true) + ")", e[index])
                : CSharpExpression.Atom($"{_path.VectorClass}.As{PathSpelling.AsSuffix(type, unsigned: true)}({e[index].Text})");
        }

        private CSharpExpression Constant(Instruction instruction, bool unsigned)
        {
            CSharpExpression value = instruction.Type.IsInteger()
                ? PathSpelling.IntegerLiteral(instruction.Type, instruction.Immediate, unsigned)
                : CSharpExpression.Atom(_program.Constants[(int)instruction.Immediate].Name);
            return _path.IsScalar ? value : CSharpExpression.Atom($"{_path.VectorClass}.Create({value.Text})");
        }

        /// <summary>A mask as the selection's value type (vector paths reinterpret it when its carrier differs).</summary>
        private CSharpExpression MaskAs(int maskIndex, LaneType valueType, CSharpExpression mask)
        {
            var (carrier, unsigned) = MaskCarrier(maskIndex);
            if (carrier == valueType && !unsigned) return mask;
            return CSharpExpression.Atom($"{_path.VectorClass}.As{PathSpelling.AsSuffix(valueType)}({mask.Text})");
        }

        private static CSharpExpression ToBits(LaneType floatType, CSharpExpression value) => CSharpExpression.Atom(floatType == LaneType.Float32
            ? $"global::System.BitConverter.SingleToInt32Bits({value.Text})"
            : $"global::System.BitConverter.DoubleToInt64Bits({value.Text})");

        private static CSharpExpression FromBits(LaneType integerType, CSharpExpression value) => CSharpExpression.Atom(integerType == LaneType.Int32
            ? $"global::System.BitConverter.Int32BitsToSingle({value.Text})"
            : $"global::System.BitConverter.Int64BitsToDouble({value.Text})");

        private static string ScalarComparison(Opcode op) => op switch
        {
            Opcode.Equal => "==",
            Opcode.LessThan or Opcode.UnsignedLessThan => "<",
            Opcode.LessThanOrEqual => "<=",
            Opcode.GreaterThan => ">",
            _ => ">=",
        };

        private static string VectorComparison(Opcode op) => op switch
        {
            Opcode.Equal => "Equals",
            Opcode.LessThan or Opcode.UnsignedLessThan => "LessThan",
            Opcode.LessThanOrEqual => "LessThanOrEqual",
            Opcode.GreaterThan => "GreaterThan",
            _ => "GreaterThanOrEqual",
        };
    }
}
