using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Quantization
{
    /// <summary>Which codes of a floating-point element format are not finite numbers.</summary>
    internal enum NonFiniteKind
    {
        /// <summary>IEEE 754: the all-ones exponent holds infinity and NaNs.</summary>
        Ieee,

        /// <summary>Only the all-ones code (per sign) is NaN; no infinity (E4M3).</summary>
        AllOnesNaN,

        /// <summary>Every code is finite (FP6, FP4).</summary>
        None,
    }

    /// <summary>
    /// An element format as data (the traits of src/Runtime's MiniFloatFormat, which is the reference the emitted kernels
    /// are tested against): widths, bias, non-finite codes. Integers have no exponent.
    /// </summary>
    internal sealed record ElementFormat(NumberFormatId Id, int Bits, int ExponentBits, int MantissaBits, int Bias, NonFiniteKind NonFinite, bool IsInteger)
    {
        public static ElementFormat? Of(NumberFormatId id) => id switch
        {
            NumberFormatId.Float16 => new ElementFormat(id, 16, 5, 10, 15, NonFiniteKind.Ieee, false),
            NumberFormatId.BFloat16 => new ElementFormat(id, 16, 8, 7, 127, NonFiniteKind.Ieee, false),
            NumberFormatId.Float8E4M3 => new ElementFormat(id, 8, 4, 3, 7, NonFiniteKind.AllOnesNaN, false),
            NumberFormatId.Float8E5M2 => new ElementFormat(id, 8, 5, 2, 15, NonFiniteKind.Ieee, false),
            NumberFormatId.Float6E3M2 => new ElementFormat(id, 6, 3, 2, 3, NonFiniteKind.None, false),
            NumberFormatId.Float6E2M3 => new ElementFormat(id, 6, 2, 3, 1, NonFiniteKind.None, false),
            NumberFormatId.Float4E2M1 => new ElementFormat(id, 4, 2, 1, 1, NonFiniteKind.None, false),
            NumberFormatId.Int8 => new ElementFormat(id, 8, 0, 0, 0, NonFiniteKind.None, true),
            NumberFormatId.Int4 => new ElementFormat(id, 4, 0, 0, 0, NonFiniteKind.None, true),
            _ => null,
        };

        public uint SignMask => 1u << (Bits - 1);

        /// <summary>The unbiased exponent of the smallest normal binade.</summary>
        public int MinNormalExponent => 1 - Bias;

        /// <summary>The magnitude code of the largest finite value.</summary>
        public uint MaxFiniteCode => IsInteger
            ? SignMask - 1
            : NonFinite switch
            {
                NonFiniteKind.Ieee => (((1u << ExponentBits) - 2) << MantissaBits) | ((1u << MantissaBits) - 1),
                NonFiniteKind.AllOnesNaN => (1u << (ExponentBits + MantissaBits)) - 2,
                _ => (1u << (ExponentBits + MantissaBits)) - 1,
            };

        /// <summary>The largest finite value (exact in float).</summary>
        public double MaxFinite
        {
            get
            {
                if (IsInteger)
                {
                    return MaxFiniteCode;
                }
                uint exponent = MaxFiniteCode >> MantissaBits;
                uint mantissa = MaxFiniteCode & ((1u << MantissaBits) - 1);
                return PowerOfTwo((int)exponent - Bias) * (1 + mantissa / (double)(1u << MantissaBits));
            }
        }

        /// <summary>2^<paramref name="exponent"/> built from its bits (exact; no host math library involved).</summary>
        public static double PowerOfTwo(int exponent) => System.BitConverter.Int64BitsToDouble((long)(exponent + 1023) << 52);

        public bool HasInfinity => NonFinite == NonFiniteKind.Ieee;

        public bool HasNaN => NonFinite != NonFiniteKind.None;
    }
}
