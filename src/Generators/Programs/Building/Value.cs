using System;

namespace NumericKernels.Generators.Programs.Building
{
    /// <summary>
    /// A value being built in one block. The arithmetic operators append one instruction each, so a builder reads like the
    /// formula it implements: <c>kf * negLn2Hi</c> is one rounded multiplication, <c>b.Fma(kf, negLn2Hi, x)</c> one fused step.
    /// </summary>
    internal readonly struct Value
    {
        internal Value(BlockBuilder block, int index)
        {
            Block = block;
            Index = index;
        }

        internal BlockBuilder Block { get; }

        /// <summary>Index of the defining instruction in its block.</summary>
        public int Index { get; }

        public LaneType Type => Block.TypeOf(this);

        public static Value operator +(Value a, Value b) => a.Block.Binary(Opcode.Add, a, b);

        public static Value operator -(Value a, Value b) => a.Block.Binary(Opcode.Subtract, a, b);

        public static Value operator *(Value a, Value b) => a.Block.Binary(Opcode.Multiply, a, b);

        public static Value operator /(Value a, Value b) => a.Block.Binary(Opcode.Divide, a, b);

        public static Value operator -(Value a) => a.Block.Unary(Opcode.Negate, a, a.Type);

        public static Value operator &(Value a, Value b) => a.Block.Binary(Opcode.And, a, b);

        public static Value operator |(Value a, Value b) => a.Block.Binary(Opcode.Or, a, b);

        public static Value operator ^(Value a, Value b) => a.Block.Binary(Opcode.Xor, a, b);

        public static Value operator <<(Value a, int count) => a.Block.Shift(Opcode.ShiftLeft, a, count);

        /// <summary>Arithmetic (sign-filling) shift, as C#'s &gt;&gt; on signed integers.</summary>
        public static Value operator >>(Value a, int count) => a.Block.Shift(Opcode.ShiftRightArithmetic, a, count);

        /// <summary>Gives the value a local name in emitted code (the name is made unique within its block).</summary>
        public Value Named(string name) => Block.Name(this, name);

        internal void RequireBlock(BlockBuilder block)
        {
            if (!ReferenceEquals(Block, block)) throw new InvalidOperationException("A value of one block was used in another.");
        }
    }
}
