using System;
using System.Globalization;

namespace NumericKernels.Generators.Programs.Lowering
{
    /// <summary>
    /// How one path spells types, constants and method names: the scalar path (<see cref="Bits"/> = 0) or a vector width.
    /// A program is lowered once per path with the same operations in the same order, which is what makes the paths
    /// bit-identical.
    /// </summary>
    internal sealed class PathSpelling
    {
        public PathSpelling(int bits) => Bits = bits;

        /// <summary>0 for scalar, else 128, 256 or 512.</summary>
        public int Bits { get; }

        public bool IsScalar => Bits == 0;

        /// <summary>The static Vector{bits} class.</summary>
        public string VectorClass => "global::System.Runtime.Intrinsics.Vector" + Bits.ToString(CultureInfo.InvariantCulture);

        /// <summary>Name of the element function for this path: Scalar, V128, V256, V512.</summary>
        public string FunctionName => IsScalar ? "Scalar" : "V" + Bits.ToString(CultureInfo.InvariantCulture);

        /// <summary>C# element type of a lane type; for masks, of their carrier (the compared operands' type, unsigned when compared so).</summary>
        public static string ElementName(LaneType type, bool unsigned = false) => type switch
        {
            LaneType.Float32 => "float",
            LaneType.Float64 => "double",
            LaneType.Int32 => unsigned ? "uint" : "int",
            LaneType.Int64 => unsigned ? "ulong" : "long",
            _ => throw new ArgumentException("No element type for " + type, nameof(type)),
        };

        /// <summary>The Vector128.As{Name} suffix of an element type: Single, Double, Int32, UInt32, Int64, UInt64.</summary>
        public static string AsSuffix(LaneType type, bool unsigned = false) => type switch
        {
            LaneType.Float32 => "Single",
            LaneType.Float64 => "Double",
            LaneType.Int32 => unsigned ? "UInt32" : "Int32",
            LaneType.Int64 => unsigned ? "UInt64" : "Int64",
            _ => throw new ArgumentException("No element type for " + type, nameof(type)),
        };

        /// <summary>The type of a local holding a value: float, int, bool (a scalar mask) or Vector128&lt;float&gt; ...</summary>
        public string TypeName(LaneType type, LaneType maskCarrier, bool unsignedCarrier)
        {
            if (type == LaneType.Mask)
            {
                return IsScalar ? "bool" : VectorOf(maskCarrier, unsignedCarrier);
            }
            return IsScalar ? ElementName(type) : VectorOf(type, false);
        }

        public string VectorOf(LaneType element, bool unsigned) =>
            VectorClass + "<" + ElementName(element, unsigned) + ">";

        /// <summary>The Math class of a float type.</summary>
        public static string MathClass(LaneType type) => type == LaneType.Float32 ? "global::System.MathF" : "global::System.Math";

        /// <summary>An integer literal: decimal when short, else its bits in hex; unsigned spelling for unsigned comparisons.</summary>
        public static CSharpExpression IntegerLiteral(LaneType type, long value, bool unsigned)
        {
            bool wide = type == LaneType.Int64;
            if (unsigned)
            {
                string hex = wide
                    ? "0x" + ((ulong)value).ToString("X16", CultureInfo.InvariantCulture) + "UL"
                    : "0x" + ((uint)value).ToString("X8", CultureInfo.InvariantCulture) + "u";
                return CSharpExpression.Atom(hex);
            }
            string suffix = wide ? "L" : "";
            if (value >= 0 && value < 65536) return CSharpExpression.Atom(value.ToString(CultureInfo.InvariantCulture) + suffix);
            if (value < 0 && value > -65536) return new CSharpExpression(value.ToString(CultureInfo.InvariantCulture) + suffix, CSharpExpression.Unary);
            if (value > 0) return CSharpExpression.Atom("0x" + value.ToString(wide ? "X16" : "X8", CultureInfo.InvariantCulture) + suffix);
            return CSharpExpression.Atom(wide
                ? "unchecked((long)0x" + ((ulong)value).ToString("X16", CultureInfo.InvariantCulture) + "UL)"
                : "unchecked((int)0x" + ((uint)value).ToString("X8", CultureInfo.InvariantCulture) + ")");
        }
    }
}
