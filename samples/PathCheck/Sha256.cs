using System;
using System.Buffers.Binary;
using System.Numerics;

namespace NumericKernels.Samples.PathCheck
{
    /// <summary>
    /// SHA-256 (FIPS 180-4) in managed code. System.Security.Cryptography needs OpenSSL on Linux, which an arm64 run under
    /// qemu-aarch64 with only the cross C/C++ runtime libraries does not have; the check must not depend on it.
    /// </summary>
    internal static class Sha256
    {
        // FIPS 180-4 §4.2.2 and §5.3.3: the first 32 bits of the fractional parts of the cube roots of the first 64 primes
        // and of the square roots of the first 8. Derived here in exact integer arithmetic rather than typed in.
        private static readonly uint[] RoundConstants = FractionalRootBits(64, 3);
        private static readonly uint[] InitialHash = FractionalRootBits(8, 2);

        public static byte[] Hash(ReadOnlySpan<byte> message)
        {
            uint[] state = (uint[])InitialHash.Clone();
            uint[] schedule = new uint[64];
            int fullBlocks = message.Length / 64;
            for (int b = 0; b < fullBlocks; b++)
            {
                Compress(state, schedule, message.Slice(b * 64, 64));
            }

            // Padding: 0x80, zeros, then the message length in bits as a big-endian 64-bit integer.
            int remaining = message.Length - fullBlocks * 64;
            Span<byte> tail = stackalloc byte[128];
            tail.Clear();
            message.Slice(fullBlocks * 64).CopyTo(tail);
            tail[remaining] = 0x80;
            int tailLength = remaining + 9 <= 64 ? 64 : 128;
            BinaryPrimitives.WriteUInt64BigEndian(tail.Slice(tailLength - 8), (ulong)message.Length * 8);
            for (int offset = 0; offset < tailLength; offset += 64)
            {
                Compress(state, schedule, tail.Slice(offset, 64));
            }

            byte[] digest = new byte[32];
            for (int i = 0; i < 8; i++)
            {
                BinaryPrimitives.WriteUInt32BigEndian(digest.AsSpan(i * 4), state[i]);
            }
            return digest;
        }

        private static void Compress(uint[] state, uint[] w, ReadOnlySpan<byte> block)
        {
            for (int t = 0; t < 16; t++)
            {
                w[t] = BinaryPrimitives.ReadUInt32BigEndian(block.Slice(t * 4));
            }
            for (int t = 16; t < 64; t++)
            {
                uint s0 = BitOperations.RotateRight(w[t - 15], 7) ^ BitOperations.RotateRight(w[t - 15], 18) ^ (w[t - 15] >> 3);
                uint s1 = BitOperations.RotateRight(w[t - 2], 17) ^ BitOperations.RotateRight(w[t - 2], 19) ^ (w[t - 2] >> 10);
                w[t] = w[t - 16] + s0 + w[t - 7] + s1;
            }

            uint a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
            for (int t = 0; t < 64; t++)
            {
                uint sum1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
                uint choose = (e & f) ^ (~e & g);
                uint t1 = h + sum1 + choose + RoundConstants[t] + w[t];
                uint sum0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
                uint majority = (a & b) ^ (a & c) ^ (b & c);
                uint t2 = sum0 + majority;
                h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
            }
            state[0] += a; state[1] += b; state[2] += c; state[3] += d;
            state[4] += e; state[5] += f; state[6] += g; state[7] += h;
        }

        /// <summary>floor(frac(p^(1/root)) · 2^32) for the first <paramref name="count"/> primes p.</summary>
        private static uint[] FractionalRootBits(int count, int root)
        {
            var bits = new uint[count];
            int found = 0;
            for (int candidate = 2; found < count; candidate++)
            {
                if (IsPrime(candidate))
                {
                    bits[found++] = (uint)IntegerRoot((UInt128)candidate << (32 * root), root); // low 32 bits are the fraction
                }
            }
            return bits;
        }

        /// <summary>The largest m with m^root &lt;= value, by bisection on exact 128-bit integers.</summary>
        private static ulong IntegerRoot(UInt128 value, int root)
        {
            ulong low = 0, high = 1UL << 40; // roots here are below 2^36
            while (low < high)
            {
                ulong middle = low + (high - low + 1) / 2;
                UInt128 power = 1;
                for (int i = 0; i < root; i++)
                {
                    power *= middle;
                }
                if (power <= value)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }
            return low;
        }

        private static bool IsPrime(int n)
        {
            for (int d = 2; d * d <= n; d++)
            {
                if (n % d == 0)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
