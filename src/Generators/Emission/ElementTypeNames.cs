using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Emission
{
    /// <summary>C# spellings that depend on the element type, so emitters write one template for float and double.</summary>
    internal readonly struct ElementTypeNames
    {
        private ElementTypeNames(ElementKind kind) => Kind = kind;

        public ElementKind Kind { get; }

        public bool IsSingle => Kind == ElementKind.Float32;

        /// <summary>float or double.</summary>
        public string Scalar => IsSingle ? "float" : "double";

        /// <summary>The same-width signed integer: int or long.</summary>
        public string Integer => IsSingle ? "int" : "long";

        /// <summary>MathF or Math.</summary>
        public string MathClass => IsSingle ? "global::System.MathF" : "global::System.Math";

        /// <summary>Lanes in a vector of <paramref name="bits"/> bits.</summary>
        public int Lanes(int bits) => bits / (IsSingle ? 32 : 64);

        /// <summary>Vector type name, e.g. global::System.Runtime.Intrinsics.Vector512&lt;float&gt;.</summary>
        public string Vector(int bits) => $"global::System.Runtime.Intrinsics.Vector{bits}<{Scalar}>";

        /// <summary>Integer vector type name of the same width.</summary>
        public string IntegerVector(int bits) => $"global::System.Runtime.Intrinsics.Vector{bits}<{Integer}>";

        /// <summary>The static Vector{bits} class.</summary>
        public static string VectorClass(int bits) => $"global::System.Runtime.Intrinsics.Vector{bits}";

        /// <summary>Bits of a scalar as an integer: BitConverter.SingleToInt32Bits or DoubleToInt64Bits.</summary>
        public string ToBits(string value) => IsSingle
            ? $"global::System.BitConverter.SingleToInt32Bits({value})"
            : $"global::System.BitConverter.DoubleToInt64Bits({value})";

        /// <summary>An integer reinterpreted as the scalar.</summary>
        public string FromBits(string value) => IsSingle
            ? $"global::System.BitConverter.Int32BitsToSingle({value})"
            : $"global::System.BitConverter.Int64BitsToDouble({value})";

        public static ElementTypeNames For(ElementKind kind) => new ElementTypeNames(kind);
    }
}
