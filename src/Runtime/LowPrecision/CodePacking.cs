using System;

namespace NumericKernels;

/// <summary>
/// How codes sit in packed storage: 8-bit formats one per byte; 16-bit formats two bytes, little-endian; 4-bit
/// formats two per byte, element 2i in the low nibble; 6-bit formats four elements in three bytes, element 4i + j in
/// bits 6j..6j+5 of the little-endian 24-bit group. Bits past the last element of a partial byte or group are zero.
/// </summary>
public static class CodePacking
{
    /// <summary>Bytes that <paramref name="count"/> codes of <paramref name="format"/> occupy.</summary>
    public static int ByteCount(NumberFormat format, int count)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count is not negative.");
        }
        return (int)(((long)count * StorageBits(format) + 7) / 8);
    }

    /// <summary>Writes code <paramref name="code"/> of element <paramref name="index"/> into <paramref name="destination"/>.</summary>
    public static void Write(NumberFormat format, Span<byte> destination, int index, uint code)
    {
        switch (StorageBits(format))
        {
            case 4:
                int shift = (index & 1) * 4;
                destination[index >> 1] = (byte)((destination[index >> 1] & ~(0xF << shift)) | (int)((code & 0xF) << shift));
                break;
            case 6:
                int bit = index * 6;
                for (int b = 0; b < 6; b++, bit++)
                {
                    int mask = 1 << (bit & 7);
                    destination[bit >> 3] = (byte)(((code >> b) & 1) != 0 ? destination[bit >> 3] | mask : destination[bit >> 3] & ~mask);
                }
                break;
            case 8:
                destination[index] = (byte)code;
                break;
            default:
                destination[2 * index] = (byte)code;
                destination[2 * index + 1] = (byte)(code >> 8);
                break;
        }
    }

    /// <summary>Reads the code of element <paramref name="index"/> from <paramref name="source"/>.</summary>
    public static uint Read(NumberFormat format, ReadOnlySpan<byte> source, int index)
    {
        switch (StorageBits(format))
        {
            case 4:
                return (uint)(source[index >> 1] >> ((index & 1) * 4)) & 0xF;
            case 6:
                uint code = 0;
                int bit = index * 6;
                for (int b = 0; b < 6; b++, bit++)
                {
                    code |= (uint)((source[bit >> 3] >> (bit & 7)) & 1) << b;
                }
                return code;
            case 8:
                return source[index];
            default:
                return (uint)(source[2 * index] | (source[2 * index + 1] << 8));
        }
    }

    /// <summary>Bits one code takes in storage (the 7-bit UE4M3 scale takes a byte).</summary>
    public static int StorageBits(NumberFormat format) => NumberFormats.BitWidth(format) switch
    {
        4 => 4,
        6 => 6,
        7 or 8 => 8,
        16 => 16,
        _ => throw new ArgumentException($"{format} is not a packed storage format.", nameof(format)),
    };
}
