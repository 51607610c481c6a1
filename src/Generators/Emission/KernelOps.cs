using System.Globalization;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Spells the operations of a kernel for one path: the scalar path (<see cref="Bits"/> = 0) or a vector width. A
    /// program emitter writes its algorithm once against these and gets every path with the same operations in the
    /// same order, which is what makes the paths bit-identical.
    /// </summary>
    internal sealed class KernelOps
    {
        /// <summary>
        /// Fast paths are inlined into the span loop: a call per vector would pass Vector512 arguments through memory
        /// and reload every constant, costing more than the kernel itself.
        /// </summary>
        public const string AggressiveInlining = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        public KernelOps(ElementTypeNames types, int bits)
        {
            Types = types;
            Bits = bits;
        }

        public ElementTypeNames Types { get; }

        /// <summary>0 for scalar, else 128, 256 or 512.</summary>
        public int Bits { get; }

        public bool IsScalar => Bits == 0;

        private string VectorClass => ElementTypeNames.VectorClass(Bits);

        /// <summary>Name of the element function for this path: Scalar, V128, V256, V512.</summary>
        public string FunctionName => IsScalar ? "Scalar" : "V" + Bits.ToString(CultureInfo.InvariantCulture);

        /// <summary>Floating-point value type of this path.</summary>
        public string Float => IsScalar ? Types.Scalar : Types.Vector(Bits);

        /// <summary>Integer value type of this path.</summary>
        public string Int => IsScalar ? Types.Integer : Types.IntegerVector(Bits);

        /// <summary>A named floating-point constant, broadcast on vector paths.</summary>
        public string Const(string name) => IsScalar ? name : $"{VectorClass}.Create({name})";

        /// <summary>An integer literal of the element's width, broadcast on vector paths.</summary>
        public string IntConst(long value)
        {
            string literal = Types.IsSingle
                ? "unchecked((int)0x" + ((uint)value).ToString("X8", CultureInfo.InvariantCulture) + ")"
                : "unchecked((long)0x" + ((ulong)value).ToString("X16", CultureInfo.InvariantCulture) + "UL)";
            if (value >= 0 && value <= int.MaxValue)
            {
                literal = Types.IsSingle
                    ? value.ToString(CultureInfo.InvariantCulture)
                    : value.ToString(CultureInfo.InvariantCulture) + "L";
            }
            return IsScalar ? literal : $"{VectorClass}.Create({literal})";
        }

        public string MulAdd(string a, string b, string c) => $"MulAdd({a}, {b}, {c})";

        public string Abs(string a) => IsScalar ? $"{Types.MathClass}.Abs({a})" : $"{VectorClass}.Abs({a})";

        /// <summary>Reinterprets floating-point bits as the same-width integer.</summary>
        public string AsInt(string a) => IsScalar ? Types.ToBits(a) : $"{VectorClass}.{(Types.IsSingle ? "AsInt32" : "AsInt64")}({a})";

        /// <summary>Reinterprets integer bits as floating point.</summary>
        public string AsFloat(string a) => IsScalar ? Types.FromBits(a) : $"{VectorClass}.{(Types.IsSingle ? "AsSingle" : "AsDouble")}({a})";

        public string ShiftLeft(string a, int count) => IsScalar ? $"(({a}) << {count})" : $"{VectorClass}.ShiftLeft({a}, {count})";

        public string ShiftRightArithmetic(string a, int count) => IsScalar ? $"(({a}) >> {count})" : $"{VectorClass}.ShiftRightArithmetic({a}, {count})";

        /// <summary>Exact conversion of a small integer to floating point.</summary>
        public string IntToFloat(string a) => IsScalar
            ? $"({Types.Scalar})({a})"
            : $"{VectorClass}.{(Types.IsSingle ? "ConvertToSingle" : "ConvertToDouble")}({a})";

        /// <summary>Scalar: the plain comparison; vector: the lane mask.</summary>
        public string GreaterThan(string a, string b) => IsScalar ? $"{a} > {b}" : $"{VectorClass}.GreaterThan({a}, {b})";

        public string LessThan(string a, string b) => IsScalar ? $"{a} < {b}" : $"{VectorClass}.LessThan({a}, {b})";

        /// <summary>Per-lane choice; on the scalar path a conditional expression.</summary>
        public string Select(string condition, string whenTrue, string whenFalse) => IsScalar
            ? $"({condition}) ? {whenTrue} : {whenFalse}"
            : $"{VectorClass}.ConditionalSelect({condition}, {whenTrue}, {whenFalse})";

        /// <summary>NaN lanes of <paramref name="input"/> (returned quiet, as x + x) replace those of <paramref name="value"/>.</summary>
        public string KeepNaN(string input, string value) => IsScalar
            ? $"{Types.Scalar}.IsNaN({input}) ? {input} + {input} : {value}"
            : $"{VectorClass}.ConditionalSelect({VectorClass}.Equals({input}, {input}), {value}, {input} + {input})";

        /// <summary>True when every lane of |x| is at most the bound (false for NaN lanes).</summary>
        public string AllAbsAtMost(string x, string boundName) => IsScalar
            ? $"{Types.MathClass}.Abs({x}) <= {boundName}"
            : $"{VectorClass}.LessThanOrEqualAll({VectorClass}.Abs({x}), {VectorClass}.Create({boundName}))";

        /// <summary>Bitwise and of two floating-point values (sign masks, for example).</summary>
        public string BitwiseAnd(string a, string b) => IsScalar
            ? Types.FromBits($"{Types.ToBits(a)} & {Types.ToBits(b)}")
            : $"{VectorClass}.BitwiseAnd({a}, {b})";

        /// <summary>Bitwise or of two floating-point values (restoring a sign bit, for example).</summary>
        public string BitwiseOr(string a, string b) => IsScalar
            ? Types.FromBits($"{Types.ToBits(a)} | {Types.ToBits(b)}")
            : $"{VectorClass}.BitwiseOr({a}, {b})";

        /// <summary>
        /// Writes the signature and opens the body; scalar bodies also open an <c>unchecked</c> block, because scalar
        /// code does integer arithmetic on bit patterns that wraps by design, and a consumer compiled with
        /// CheckForOverflowUnderflow must not get an OverflowException from a kernel. (Vector arithmetic never checks.)
        /// </summary>
        public System.IDisposable OpenMethod(SourceWriter w, string name, bool isPublic)
        {
            SourceWriter.Block method = w.OpenBlock(Signature(name, isPublic));
            return IsScalar ? new NestedBlocks(w.OpenBlock("unchecked"), method) : method;
        }

        private sealed class NestedBlocks : System.IDisposable
        {
            private readonly SourceWriter.Block _inner;
            private readonly SourceWriter.Block _outer;

            public NestedBlocks(SourceWriter.Block inner, SourceWriter.Block outer)
            {
                _inner = inner;
                _outer = outer;
            }

            public void Dispose()
            {
                _inner.Dispose();
                _outer.Dispose();
            }
        }

        /// <summary>Rounds toward negative infinity (exact).</summary>
        public string Floor(string a) => IsScalar ? $"{Types.MathClass}.Floor({a})" : $"{VectorClass}.Floor({a})";

        /// <summary>float to double, exactly: the lower half of the lanes (on the scalar path, the value).</summary>
        public string WidenLower(string a) => IsScalar ? $"(double)({a})" : $"{VectorClass}.WidenLower({a})";

        /// <summary>float to double, exactly: the upper half of the lanes (vector paths only).</summary>
        public string WidenUpper(string a) => IsScalar
            ? throw new System.InvalidOperationException("The scalar path has no upper half")
            : $"{VectorClass}.WidenUpper({a})";

        /// <summary>double to float, rounded to nearest: two halves into one vector (on the scalar path, the value).</summary>
        public string Narrow(string lower, string upper) => IsScalar ? $"(float)({lower})" : $"{VectorClass}.Narrow({lower}, {upper})";

        /// <summary>Method signature of the element function (public) or of its special-case path (private).</summary>
        public string Signature(string name, bool isPublic) => $"{(isPublic ? "public" : "private")} static {Float} {name}({Float} x)";
    }
}
