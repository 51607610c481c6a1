using System;
using System.Collections.Generic;
using System.Linq;

namespace NumericKernels.Runtime.Tests;

/// <summary>
/// Rounding written from its definition, independently of the library's arithmetic: list every finite value of a
/// format (from its codes), find the two that bracket the input, and pick one by the rounding mode's rule on
/// distances and code parity. Overflow follows IEEE 754 clause 7.4 (the value past the largest finite one is the
/// largest plus one quantum) and the OCP saturation rule.
/// </summary>
internal sealed class NearestValueReference
{
    private readonly double[] _magnitudes;
    private readonly uint[] _codes;
    private readonly uint _signMask;
    private readonly uint _maxCode;
    private readonly double _max;
    private readonly double _beyondMax;
    private readonly uint? _infinityCode;
    private readonly uint? _nanCode;

    public NearestValueReference(NumberFormat format)
    {
        Format = format;
        int bits = NumberFormats.BitWidth(format);
        bool signed = format is not (NumberFormat.ScaleE8M0 or NumberFormat.ScaleUE4M3);
        _signMask = signed ? 1u << (bits - 1) : 0;
        var finite = new List<(double Value, uint Code)>();
        for (uint code = 0; code < 1u << bits; code++)
        {
            double value = NumberFormats.Decode(format, code);
            if (double.IsNaN(value))
            {
                _nanCode ??= code & ~_signMask;
            }
            else if (double.IsPositiveInfinity(value))
            {
                _infinityCode = code;
            }
            else if ((code & _signMask) == 0)
            {
                finite.Add((value, code));
            }
        }
        finite.Sort((a, b) => a.Value.CompareTo(b.Value));
        _magnitudes = finite.Select(f => f.Value).ToArray();
        _codes = finite.Select(f => f.Code).ToArray();
        _max = _magnitudes[^1];
        _maxCode = _codes[^1];
        // The value one quantum past the largest, in the format with an unbounded exponent.
        double previous = _magnitudes[^2];
        _beyondMax = Math.ILogB(previous) == Math.ILogB(_max) ? 2 * _max - previous : 2 * _max;
    }

    public NumberFormat Format { get; }

    public uint Round(double x, RoundingMode rounding, OverflowMode overflow)
    {
        if (double.IsNaN(x))
        {
            return uint.MaxValue; // NaN handling is checked by spec values, not here.
        }
        bool negative = double.IsNegative(x);
        if (_signMask == 0 && negative && x != 0)
        {
            return uint.MaxValue;
        }
        uint sign = negative ? _signMask : 0;
        double a = Math.Abs(x);
        if (double.IsPositiveInfinity(a))
        {
            return sign | (overflow == OverflowMode.Saturate ? _maxCode : (_infinityCode ?? _nanCode!.Value));
        }
        if (a > _max)
        {
            return sign | Overflow(a, negative, rounding, overflow);
        }
        int index = Array.BinarySearch(_magnitudes, a);
        if (index >= 0)
        {
            return sign | _codes[index];
        }
        int above = ~index;
        if (above == 0)
        {
            // Below the least value of a format without zero (E8M0).
            return sign | _codes[0];
        }
        int below = above - 1;
        bool up = rounding switch
        {
            RoundingMode.TowardZero => false,
            RoundingMode.TowardPositive => !negative,
            RoundingMode.TowardNegative => negative,
            RoundingMode.ToNearestAway => a - _magnitudes[below] >= _magnitudes[above] - a,
            _ => a - _magnitudes[below] > _magnitudes[above] - a
                || (a - _magnitudes[below] == _magnitudes[above] - a && (_codes[above] & 1) == 0),
        };
        return sign | _codes[up ? above : below];
    }

    private uint Overflow(double a, bool negative, RoundingMode rounding, OverflowMode overflow)
    {
        bool beyond = rounding switch
        {
            RoundingMode.TowardZero => false,
            RoundingMode.TowardPositive => !negative,
            RoundingMode.TowardNegative => negative,
            RoundingMode.ToNearestAway => a - _max >= _beyondMax - a,
            // The value past the largest has the opposite parity of the largest code.
            _ => a - _max > _beyondMax - a || (a - _max == _beyondMax - a && (_maxCode & 1) == 1),
        };
        if (!beyond || overflow == OverflowMode.Saturate)
        {
            return _maxCode;
        }
        return _infinityCode ?? _nanCode!.Value;
    }
}
