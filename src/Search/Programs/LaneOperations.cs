using System;
using NumericKernels.Generators.Programs;

namespace NumericKernels.Search.Programs
{
    /// <summary>
    /// Each operation of the program vocabulary over a column of lanes held as bits, in plain C# scalar arithmetic: the
    /// same IEEE operation the emitted scalar path performs (fused multiply-add through Math.FusedMultiplyAdd, |x| and -x
    /// on the sign bit, Math.Floor, conversions rounding to nearest). Masks are 1 or 0.
    /// </summary>
    internal static class LaneOperations
    {
        private static float F(ulong bits) => BitConverter.Int32BitsToSingle((int)bits);

        private static ulong Of(float value) => (uint)BitConverter.SingleToInt32Bits(value);

        private static double D(ulong bits) => BitConverter.Int64BitsToDouble((long)bits);

        private static ulong Of(double value) => (ulong)BitConverter.DoubleToInt64Bits(value);

        private static ulong Of(int value) => (uint)value;

        private static ulong Of(bool value) => value ? 1UL : 0UL;

        /// <param name="instruction">The operation.</param>
        /// <param name="type">Its operands' type (for a selection, the mask's: the values are the instruction's type).</param>
        /// <param name="a">First operand's column.</param>
        /// <param name="b">Second operand's column (empty for one-operand operations).</param>
        /// <param name="c">Third operand's column (fused multiply-add's addend, a selection's false values).</param>
        /// <param name="y">The result column.</param>
        public static void Apply(Instruction instruction, LaneType type, ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, ReadOnlySpan<ulong> c, Span<ulong> y)
        {
            int n = y.Length;
            bool single = type == LaneType.Float32;
            bool wide = type == LaneType.Int64;
            int count = (int)instruction.Immediate;
            switch (instruction.Op)
            {
                case Opcode.Add:
                    if (single) for (int i = 0; i < n; i++) y[i] = Of(F(a[i]) + F(b[i]));
                    else if (type == LaneType.Float64) for (int i = 0; i < n; i++) y[i] = Of(D(a[i]) + D(b[i]));
                    else if (wide) for (int i = 0; i < n; i++) y[i] = a[i] + b[i];
                    else for (int i = 0; i < n; i++) y[i] = Of((int)a[i] + (int)b[i]);
                    return;
                case Opcode.Subtract:
                    if (single) for (int i = 0; i < n; i++) y[i] = Of(F(a[i]) - F(b[i]));
                    else if (type == LaneType.Float64) for (int i = 0; i < n; i++) y[i] = Of(D(a[i]) - D(b[i]));
                    else if (wide) for (int i = 0; i < n; i++) y[i] = a[i] - b[i];
                    else for (int i = 0; i < n; i++) y[i] = Of((int)a[i] - (int)b[i]);
                    return;
                case Opcode.Multiply:
                    if (single) for (int i = 0; i < n; i++) y[i] = Of(F(a[i]) * F(b[i]));
                    else for (int i = 0; i < n; i++) y[i] = Of(D(a[i]) * D(b[i]));
                    return;
                case Opcode.Divide:
                    if (single) for (int i = 0; i < n; i++) y[i] = Of(F(a[i]) / F(b[i]));
                    else for (int i = 0; i < n; i++) y[i] = Of(D(a[i]) / D(b[i]));
                    return;
                case Opcode.FusedMultiplyAdd:
                    if (single) for (int i = 0; i < n; i++) y[i] = Of(MathF.FusedMultiplyAdd(F(a[i]), F(b[i]), F(c[i])));
                    else for (int i = 0; i < n; i++) y[i] = Of(Math.FusedMultiplyAdd(D(a[i]), D(b[i]), D(c[i])));
                    return;
                case Opcode.Abs:
                    ulong magnitude = single ? 0x7FFF_FFFFUL : 0x7FFF_FFFF_FFFF_FFFFUL;
                    for (int i = 0; i < n; i++) y[i] = a[i] & magnitude;
                    return;
                case Opcode.Negate:
                    ulong sign = single ? 0x8000_0000UL : 0x8000_0000_0000_0000UL;
                    for (int i = 0; i < n; i++) y[i] = a[i] ^ sign;
                    return;
                case Opcode.Floor:
                    if (single) for (int i = 0; i < n; i++) y[i] = Of(MathF.Floor(F(a[i])));
                    else for (int i = 0; i < n; i++) y[i] = Of(Math.Floor(D(a[i])));
                    return;
                case Opcode.Equal:
                case Opcode.LessThan:
                case Opcode.LessThanOrEqual:
                case Opcode.GreaterThan:
                case Opcode.GreaterThanOrEqual:
                case Opcode.UnsignedLessThan:
                case Opcode.UnsignedGreaterThanOrEqual:
                    Compare(instruction.Op, type, a, b, y);
                    return;
                case Opcode.Select:
                    for (int i = 0; i < n; i++) y[i] = a[i] != 0 ? b[i] : c[i];
                    return;
                case Opcode.And:
                    for (int i = 0; i < n; i++) y[i] = a[i] & b[i];
                    return;
                case Opcode.Or:
                    for (int i = 0; i < n; i++) y[i] = a[i] | b[i];
                    return;
                case Opcode.Xor:
                    for (int i = 0; i < n; i++) y[i] = a[i] ^ b[i];
                    return;
                case Opcode.ShiftLeft:
                    if (wide) for (int i = 0; i < n; i++) y[i] = a[i] << count;
                    else for (int i = 0; i < n; i++) y[i] = Of((int)a[i] << count);
                    return;
                case Opcode.ShiftRightArithmetic:
                    if (wide) for (int i = 0; i < n; i++) y[i] = (ulong)((long)a[i] >> count);
                    else for (int i = 0; i < n; i++) y[i] = Of((int)a[i] >> count);
                    return;
                case Opcode.ShiftRightLogical:
                    if (wide) for (int i = 0; i < n; i++) y[i] = a[i] >> count;
                    else for (int i = 0; i < n; i++) y[i] = (uint)a[i] >> count;
                    return;
                case Opcode.BitCast:
                    // Float32 and Int32 share the low-half encoding, Float64 and Int64 the whole word.
                    a.CopyTo(y);
                    return;
                case Opcode.ConvertToFloat:
                    if (wide) for (int i = 0; i < n; i++) y[i] = Of((double)(long)a[i]);
                    else for (int i = 0; i < n; i++) y[i] = Of((float)(int)a[i]);
                    return;
                case Opcode.WidenLower:
                case Opcode.WidenUpper:
                    // One lane: both halves of a vector path are this lane's widening.
                    for (int i = 0; i < n; i++) y[i] = Of((double)F(a[i]));
                    return;
                case Opcode.Narrow:
                    for (int i = 0; i < n; i++) y[i] = Of((float)D(a[i]));
                    return;
                default:
                    throw new InvalidOperationException("Cannot interpret " + instruction.Op + ".");
            }
        }

        private static void Compare(Opcode op, LaneType type, ReadOnlySpan<ulong> a, ReadOnlySpan<ulong> b, Span<ulong> y)
        {
            int n = y.Length;
            switch (type)
            {
                case LaneType.Float32:
                    for (int i = 0; i < n; i++) y[i] = Of(Compare(op, F(a[i]), F(b[i])));
                    return;
                case LaneType.Float64:
                    for (int i = 0; i < n; i++) y[i] = Of(Compare(op, D(a[i]), D(b[i])));
                    return;
                case LaneType.Int32:
                    for (int i = 0; i < n; i++) y[i] = Of(CompareIntegers(op, (int)a[i], (int)b[i], (uint)a[i], (uint)b[i]));
                    return;
                default:
                    for (int i = 0; i < n; i++) y[i] = Of(CompareIntegers(op, (long)a[i], (long)b[i], a[i], b[i]));
                    return;
            }
        }

        private static bool Compare(Opcode op, double a, double b) => op switch
        {
            Opcode.Equal => a == b,
            Opcode.LessThan => a < b,
            Opcode.LessThanOrEqual => a <= b,
            Opcode.GreaterThan => a > b,
            _ => a >= b,
        };

        private static bool CompareIntegers(Opcode op, long a, long b, ulong ua, ulong ub) => op switch
        {
            Opcode.Equal => a == b,
            Opcode.LessThan => a < b,
            Opcode.LessThanOrEqual => a <= b,
            Opcode.GreaterThan => a > b,
            Opcode.GreaterThanOrEqual => a >= b,
            Opcode.UnsignedLessThan => ua < ub,
            _ => ua >= ub,
        };
    }
}
