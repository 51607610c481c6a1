using System;

namespace NumericKernels;

/// <summary>Which codes of a binary floating-point format are not finite numbers.</summary>
internal enum NonFiniteCodes
{
    /// <summary>IEEE 754: the all-ones exponent field holds infinity (mantissa 0) and NaN (any other mantissa).</summary>
    Ieee,

    /// <summary>Only the all-ones exponent and mantissa code is NaN (OCP FP8 E4M3, the NVFP4 scale); no infinity.</summary>
    AllOnesNaN,

    /// <summary>Every code is a finite number (OCP MX FP6 and FP4).</summary>
    None,
}

/// <summary>
/// A binary floating-point format narrower than binary64, described by its traits alone, and the one conversion
/// routine that serves every such format: the reference semantics the generated kernels are tested against.
/// </summary>
/// <remarks>
/// A value is (-1)^s · 2^(E - bias) · (1 + M / 2^m) for an exponent field E ≥ 1 and (-1)^s · 2^(1 - bias) · M / 2^m
/// for E = 0 (subnormals), as in IEEE 754 and the OCP 8-bit (OFP8) and Microscaling v1.0 specifications. A format
/// without subnormals (E8M0) uses the first form for E = 0 too. Conversions work on the exact value in double, which
/// holds every float and every value of these formats: the input is divided by the quantum of its binade (a power of
/// two, so exactly), rounded to an integer by the rule of the rounding mode, and multiplied back.
/// </remarks>
internal sealed class MiniFloatFormat
{
    private MiniFloatFormat(string name, int exponentBits, int mantissaBits, int bias, bool signed, NonFiniteCodes nonFinite, bool subnormals = true)
    {
        Name = name;
        ExponentBits = exponentBits;
        MantissaBits = mantissaBits;
        Bias = bias;
        IsSigned = signed;
        NonFinite = nonFinite;
        HasSubnormals = subnormals;
        Bits = (signed ? 1 : 0) + exponentBits + mantissaBits;
        SignMask = signed ? 1u << (exponentBits + mantissaBits) : 0;
        uint maxExponentField = (1u << exponentBits) - 1;
        uint mantissaMask = (1u << mantissaBits) - 1;
        MaxFiniteCode = nonFinite switch
        {
            NonFiniteCodes.Ieee => ((maxExponentField - 1) << mantissaBits) | mantissaMask,
            NonFiniteCodes.AllOnesNaN => (1u << (exponentBits + mantissaBits)) - 2,
            _ => (maxExponentField << mantissaBits) | mantissaMask,
        };
        if (Bits <= 8)
        {
            _values = new double[CodeCount];
            for (uint code = 0; code < (uint)CodeCount; code++)
            {
                _values[code] = DecodeFields(code);
            }
        }
        MaxFinite = Decode(MaxFiniteCode);
        MinPositive = Decode(subnormals ? 1u : 0u);
        MinNormalExponent = subnormals ? 1 - bias : -bias;
    }

    private readonly double[]? _values;

    /// <summary>An IEEE 754 interchange format with the given traits (binary32 for nk-search and the tests).</summary>
    internal static MiniFloatFormat Create(string name, int exponentBits, int mantissaBits, int bias) =>
        new(name, exponentBits, mantissaBits, bias, signed: true, NonFiniteCodes.Ieee);

    /// <summary>OCP FP8 E4M3: bias 7, no infinity, NaN S.1111.111, largest 448.</summary>
    public static MiniFloatFormat Float8E4M3 { get; } = new("Float8E4M3", 4, 3, 7, true, NonFiniteCodes.AllOnesNaN);

    /// <summary>OCP FP8 E5M2: bias 15, IEEE-like, largest 57344.</summary>
    public static MiniFloatFormat Float8E5M2 { get; } = new("Float8E5M2", 5, 2, 15, true, NonFiniteCodes.Ieee);

    /// <summary>OCP MX FP6 E3M2: bias 3, all codes finite, largest 28.</summary>
    public static MiniFloatFormat Float6E3M2 { get; } = new("Float6E3M2", 3, 2, 3, true, NonFiniteCodes.None);

    /// <summary>OCP MX FP6 E2M3: bias 1, all codes finite, largest 7.5.</summary>
    public static MiniFloatFormat Float6E2M3 { get; } = new("Float6E2M3", 2, 3, 1, true, NonFiniteCodes.None);

    /// <summary>OCP MX FP4 E2M1: bias 1, all codes finite, largest 6.</summary>
    public static MiniFloatFormat Float4E2M1 { get; } = new("Float4E2M1", 2, 1, 1, true, NonFiniteCodes.None);

    /// <summary>OCP MX scale E8M0: unsigned powers of two 2^(E - 127), no zero, no subnormals, 0xFF NaN.</summary>
    public static MiniFloatFormat ScaleE8M0 { get; } = new("ScaleE8M0", 8, 0, 127, false, NonFiniteCodes.AllOnesNaN, subnormals: false);

    /// <summary>NVFP4 scale: E4M3 without its sign bit (bit 7 of the byte is zero), 0x7F NaN, largest 448.</summary>
    public static MiniFloatFormat ScaleUE4M3 { get; } = new("ScaleUE4M3", 4, 3, 7, false, NonFiniteCodes.AllOnesNaN);

    /// <summary>bfloat16: bias 127, IEEE-like.</summary>
    public static MiniFloatFormat BFloat16 { get; } = new("BFloat16", 8, 7, 127, true, NonFiniteCodes.Ieee);

    /// <summary>IEEE 754 binary16.</summary>
    public static MiniFloatFormat Float16 { get; } = new("Float16", 5, 10, 15, true, NonFiniteCodes.Ieee);

    public string Name { get; }
    public int ExponentBits { get; }
    public int MantissaBits { get; }
    public int Bias { get; }
    public bool IsSigned { get; }
    public NonFiniteCodes NonFinite { get; }
    public bool HasSubnormals { get; }

    /// <summary>Significant bits of a code (the storage may be wider: a 4-bit code lives in the low bits of a byte).</summary>
    public int Bits { get; }
    public uint SignMask { get; }
    public uint MaxFiniteCode { get; }
    public double MaxFinite { get; }
    public double MinPositive { get; }

    /// <summary>The exponent of the smallest normal binade (the binade whose quantum every smaller value shares).</summary>
    public int MinNormalExponent { get; }

    public bool HasInfinity => NonFinite == NonFiniteCodes.Ieee;
    public bool HasNaN => NonFinite != NonFiniteCodes.None;
    public ulong CodeCount => 1UL << Bits;
    public uint CodeMask => (uint)(CodeCount - 1);

    private uint ExponentField(uint code) => (code >> MantissaBits) & ((1u << ExponentBits) - 1);
    private uint MantissaField(uint code) => code & ((1u << MantissaBits) - 1);

    public bool IsNaN(uint code) => NonFinite switch
    {
        NonFiniteCodes.Ieee => ExponentField(code) == (1u << ExponentBits) - 1 && MantissaField(code) != 0,
        NonFiniteCodes.AllOnesNaN => (code & ~SignMask) == (1u << (ExponentBits + MantissaBits)) - 1,
        _ => false,
    };

    public bool IsInfinity(uint code) =>
        NonFinite == NonFiniteCodes.Ieee && ExponentField(code) == (1u << ExponentBits) - 1 && MantissaField(code) == 0;

    /// <summary>The exact value of <paramref name="code"/> (its low <see cref="Bits"/> bits).</summary>
    public double Decode(uint code)
    {
        code &= CodeMask;
        return _values is null ? DecodeFields(code) : _values[code];
    }

    private double DecodeFields(uint code)
    {
        if (IsNaN(code))
        {
            return double.NaN;
        }
        double sign = (code & SignMask) != 0 ? -1.0 : 1.0;
        if (IsInfinity(code))
        {
            return sign * double.PositiveInfinity;
        }
        int exponent = (int)ExponentField(code);
        double fraction = MantissaField(code) / (double)(1 << MantissaBits);
        double magnitude = exponent == 0 && HasSubnormals
            ? Math.ScaleB(fraction, 1 - Bias)
            : Math.ScaleB(1.0 + fraction, exponent - Bias);
        return sign * magnitude;
    }

    /// <summary>
    /// The code of <paramref name="value"/> rounded by <paramref name="rounding"/> (any mode but stochastic). NaN becomes
    /// NaN where the format has one; see <see cref="NaNCode"/> for formats without.
    /// </summary>
    public uint Encode(double value, RoundingMode rounding, OverflowMode overflow)
    {
        if (rounding == RoundingMode.Stochastic)
        {
            throw new ArgumentException("Stochastic rounding needs random bits: use EncodeStochastic.", nameof(rounding));
        }
        return Encode(value, rounding, overflow, random: 0);
    }

    /// <summary>
    /// The code of <paramref name="value"/> rounded stochastically: with q the spacing of the format's values around it
    /// and f = (|value| mod q) / q, the magnitude rounds up when <paramref name="random"/> &lt; f·2^32, so up with
    /// probability f (exactly, whenever f has at most 32 fractional bits) and the expected result is the input. As
    /// for the other modes, the rounding is that of the format with an unbounded exponent, and a result beyond the
    /// largest finite value overflows as <paramref name="overflow"/> says.
    /// </summary>
    public uint EncodeStochastic(double value, uint random, OverflowMode overflow) =>
        Encode(value, RoundingMode.Stochastic, overflow, random);

    private uint Encode(double value, RoundingMode rounding, OverflowMode overflow, uint random)
    {
        if (overflow == OverflowMode.NonFinite && NonFinite == NonFiniteCodes.None)
        {
            throw new ArgumentException($"{Name} has neither infinity nor NaN: only OverflowMode.Saturate applies.", nameof(overflow));
        }
        bool negative = double.IsNegative(value);
        if (double.IsNaN(value))
        {
            return NaNCode(value);
        }
        if (!IsSigned && negative && value != 0)
        {
            return NaNCode(double.NaN);
        }
        uint sign = negative && IsSigned ? SignMask : 0;
        double magnitude = Math.Abs(value);
        double rounded = magnitude;
        if (double.IsFinite(magnitude))
        {
            int binade = magnitude == 0 ? MinNormalExponent : Math.Max(Math.ILogB(magnitude), MinNormalExponent);
            int quantumExponent = binade - MantissaBits;
            double quanta = Math.ScaleB(magnitude, -quantumExponent);
            double integer = rounding == RoundingMode.Stochastic
                ? RoundStochastic(quanta, random)
                : RoundToInteger(quanta, rounding, negative);
            if (MantissaBits == 0 && rounding == RoundingMode.ToNearestEven && quanta - Math.Floor(quanta) == 0.5)
            {
                // With no mantissa bits, "even" is the exponent field's last bit: a tie goes to the even code.
                integer = ((binade + Bias) & 1) == 0 ? Math.Floor(quanta) : Math.Ceiling(quanta);
            }
            rounded = Math.ScaleB(integer, quantumExponent);
        }
        if (rounded > MaxFinite)
        {
            return sign | OverflowCode(magnitude, negative, rounding, overflow);
        }
        if (rounded < MinPositive && !HasSubnormals)
        {
            // E8M0 has no zero: everything below its least value (zero included) becomes that value.
            return sign;
        }
        return sign | MagnitudeCode(rounded);
    }

    /// <summary>
    /// The code a NaN converts to. IEEE-like formats keep the sign and the leading payload bits and set the quiet bit
    /// (as binary32-to-binary16 hardware conversions and .NET's Half do); E4M3-like formats have one NaN per sign; a
    /// format with no NaN gives its negative-zero code, as ml_dtypes does (OCP MX v1.0 leaves the conversion of NaN to
    /// these formats implementation-defined; in an MX block the NaN goes to the block's scale instead).
    /// </summary>
    public uint NaNCode(double nan)
    {
        uint sign = double.IsNegative(nan) ? SignMask : 0;
        ulong payload = BitConverter.DoubleToUInt64Bits(nan) & ((1UL << 52) - 1);
        return NonFinite switch
        {
            NonFiniteCodes.Ieee => sign | (((1u << ExponentBits) - 1) << MantissaBits)
                | (uint)(payload >> (52 - MantissaBits)) | (1u << (MantissaBits - 1)),
            NonFiniteCodes.AllOnesNaN => sign | ((1u << (ExponentBits + MantissaBits)) - 1),
            _ => SignMask,
        };
    }

    private uint OverflowCode(double magnitude, bool negative, RoundingMode rounding, OverflowMode overflow)
    {
        if (overflow == OverflowMode.Saturate)
        {
            // OCP saturation mode: finite values beyond the range and infinities become the largest finite value.
            return MaxFiniteCode;
        }
        bool toLargestFinite = double.IsFinite(magnitude) && rounding switch
        {
            // IEEE 754 clause 7.4: a directed rounding that points back toward zero gives the largest finite value.
            RoundingMode.TowardZero => true,
            RoundingMode.TowardPositive => negative,
            RoundingMode.TowardNegative => !negative,
            _ => false,
        };
        if (toLargestFinite)
        {
            return MaxFiniteCode;
        }
        return HasInfinity ? ((1u << ExponentBits) - 1) << MantissaBits : NaNCode(double.NaN) & ~SignMask;
    }

    private uint MagnitudeCode(double magnitude)
    {
        if (magnitude == 0)
        {
            return 0;
        }
        int exponent = Math.ILogB(magnitude);
        if (HasSubnormals && exponent < MinNormalExponent)
        {
            // Exponent field 0: the value is M · 2^(1 - bias - m).
            return (uint)Math.ScaleB(magnitude, MantissaBits - MinNormalExponent);
        }
        uint mantissa = (uint)Math.ScaleB(magnitude, MantissaBits - exponent) - (1u << MantissaBits);
        return ((uint)(exponent + Bias) << MantissaBits) | mantissa;
    }

    /// <summary>Rounds a non-negative magnitude to an integer; <paramref name="negative"/> is the sign of the value.</summary>
    internal static double RoundToInteger(double n, RoundingMode rounding, bool negative) => rounding switch
    {
        RoundingMode.ToNearestEven => Math.Round(n, MidpointRounding.ToEven),
        RoundingMode.ToNearestAway => Math.Round(n, MidpointRounding.AwayFromZero),
        RoundingMode.TowardZero => Math.Floor(n),
        RoundingMode.TowardPositive => negative ? Math.Floor(n) : Math.Ceiling(n),
        RoundingMode.TowardNegative => negative ? Math.Ceiling(n) : Math.Floor(n),
        _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Not a deterministic RoundingMode."),
    };

    /// <summary>Rounds up when the 32 random bits, read as an integer, lie below the fraction scaled by 2^32.</summary>
    internal static double RoundStochastic(double n, uint random)
    {
        double floor = Math.Floor(n);
        return random < Math.ScaleB(n - floor, 32) ? floor + 1 : floor;
    }

    public override string ToString() => Name;
}
