using System;
using System.Collections.Generic;
using System.Globalization;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Programs.Building
{
    /// <summary>
    /// Appends the instructions of one block. Each constant appears once per block however often it is asked for, and the
    /// types are checked as the block grows, so a builder mistake fails where it is made.
    /// </summary>
    internal sealed class BlockBuilder
    {
        private readonly List<Instruction> _instructions = new List<Instruction>();
        private readonly Dictionary<(LaneType, long), int> _constants = new Dictionary<(LaneType, long), int>();
        private readonly HashSet<string> _names = new HashSet<string>(StringComparer.Ordinal) { "x" };

        internal BlockBuilder(ProgramBuilder program)
        {
            Program = program;
            _instructions.Add(new Instruction(Opcode.Input, program.ElementType, -1, -1, -1, 0, "x"));
        }

        public ProgramBuilder Program { get; }

        /// <summary>The kernel's argument.</summary>
        public Value Input => new Value(this, 0);

        /// <summary>The element type's float and integer types: Float32 and Int32, or Float64 and Int64.</summary>
        public LaneType FloatType => Program.ElementType;

        public LaneType IntType => Program.ElementType.BitPartner();

        internal LaneType TypeOf(Value value) => _instructions[value.Index].Type;

        /// <summary>A named constant of the program (an entry constant or one declared with <see cref="ProgramBuilder.Define(string, double, string)"/>).</summary>
        public Value Constant(string name)
        {
            var (index, type) = Program.ConstantIndex(name);
            return Literal(type, index);
        }

        /// <summary>An integer literal of the element's width (int32 for float32 programs).</summary>
        public Value Int(long value) => IntOf(IntType, value);

        /// <summary>An integer literal of <paramref name="type"/>.</summary>
        public Value IntOf(LaneType type, long value)
        {
            if (!type.IsInteger()) throw new ArgumentException("Not an integer type: " + type, nameof(type));
            return Literal(type, type == LaneType.Int32 ? unchecked((int)value) : value);
        }

        private Value Literal(LaneType type, long immediate)
        {
            if (!_constants.TryGetValue((type, immediate), out int index))
            {
                index = Append(new Instruction(Opcode.Constant, type, -1, -1, -1, immediate, null)).Index;
                _constants[(type, immediate)] = index;
            }
            return new Value(this, index);
        }

        public Value Fma(Value a, Value b, Value c) => Append(Opcode.FusedMultiplyAdd, a.Type, a, b, c);

        public Value Abs(Value a) => Unary(Opcode.Abs, a, a.Type);

        public Value Floor(Value a) => Unary(Opcode.Floor, a, a.Type);

        public Value Equal(Value a, Value b) => Append(Opcode.Equal, LaneType.Mask, a, b);

        public Value LessThan(Value a, Value b) => Append(Opcode.LessThan, LaneType.Mask, a, b);

        public Value LessThanOrEqual(Value a, Value b) => Append(Opcode.LessThanOrEqual, LaneType.Mask, a, b);

        public Value GreaterThan(Value a, Value b) => Append(Opcode.GreaterThan, LaneType.Mask, a, b);

        public Value GreaterThanOrEqual(Value a, Value b) => Append(Opcode.GreaterThanOrEqual, LaneType.Mask, a, b);

        public Value UnsignedLessThan(Value a, Value b) => Append(Opcode.UnsignedLessThan, LaneType.Mask, a, b);

        public Value UnsignedGreaterThanOrEqual(Value a, Value b) => Append(Opcode.UnsignedGreaterThanOrEqual, LaneType.Mask, a, b);

        /// <summary>Per lane, <paramref name="whenTrue"/> where <paramref name="mask"/> holds, else <paramref name="whenFalse"/>.</summary>
        public Value Select(Value mask, Value whenTrue, Value whenFalse) => Append(Opcode.Select, whenTrue.Type, mask, whenTrue, whenFalse);

        /// <summary>Zero-filling right shift.</summary>
        public Value ShiftRightLogical(Value a, int count) => Shift(Opcode.ShiftRightLogical, a, count);

        /// <summary>The bits of a float as the integer of its width, or of an integer as the float.</summary>
        public Value BitCast(Value a) => Unary(Opcode.BitCast, a, a.Type.BitPartner());

        /// <summary>An integer converted to the float of its width (exact for small integers).</summary>
        public Value ToFloat(Value a) => Unary(Opcode.ConvertToFloat, a, a.Type.BitPartner());

        public Value WidenLower(Value a) => Unary(Opcode.WidenLower, a, LaneType.Float64);

        public Value WidenUpper(Value a) => Unary(Opcode.WidenUpper, a, LaneType.Float64);

        public Value Narrow(Value lower, Value upper) => Append(Opcode.Narrow, LaneType.Float32, lower, upper);

        internal Value Binary(Opcode op, Value a, Value b) => Append(op, a.Type, a, b);

        internal Value Unary(Opcode op, Value a, LaneType type) => Append(op, type, a);

        internal Value Shift(Opcode op, Value a, int count)
        {
            a.RequireBlock(this);
            return Append(new Instruction(op, a.Type, a.Index, -1, -1, count, null));
        }

        internal Value Name(Value value, string name)
        {
            value.RequireBlock(this);
            Instruction instruction = _instructions[value.Index];
            if (instruction.Name is not null || instruction.Op is Opcode.Input or Opcode.Constant) return value;
            string unique = name;
            for (int k = 2; !_names.Add(unique); k++) unique = name + k.ToString(CultureInfo.InvariantCulture);
            _instructions[value.Index] = instruction with { Name = unique };
            return value;
        }

        private Value Append(Opcode op, LaneType type, Value a) => Append(op, type, a, default, default, 1);

        private Value Append(Opcode op, LaneType type, Value a, Value b) => Append(op, type, a, b, default, 2);

        private Value Append(Opcode op, LaneType type, Value a, Value b, Value c) => Append(op, type, a, b, c, 3);

        private Value Append(Opcode op, LaneType type, Value a, Value b, Value c, int arity)
        {
            a.RequireBlock(this);
            if (arity > 1) b.RequireBlock(this);
            if (arity > 2) c.RequireBlock(this);
            return Append(new Instruction(op, type, a.Index, arity > 1 ? b.Index : -1, arity > 2 ? c.Index : -1, 0, null));
        }

        private Value Append(Instruction instruction)
        {
            _instructions.Add(instruction);
            return new Value(this, _instructions.Count - 1);
        }

        /// <summary>The block returning <paramref name="result"/>.</summary>
        public ProgramBlock Return(Value result)
        {
            result.RequireBlock(this);
            return new ProgramBlock(new EquatableArray<Instruction>(_instructions), result.Index);
        }
    }
}
