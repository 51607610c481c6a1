using System;
using NumericKernels.Samples.PathCheck.Kernels;

namespace NumericKernels.Samples.PathCheck
{
    /// <summary>
    /// Quantization kernels have one span shape; what can differ within a run is the path: the widest vector loop, the
    /// narrower ones and the padded tail. Converting the inputs whole and in pieces of 12 and of 20 elements (tail only;
    /// Vector128 plus tail; both whole multiples of four, so pieces of packed 4- and 6-bit codes start on a byte) must give
    /// the same bytes; the whole output is hashed for comparison between runs.
    /// </summary>
    internal static class QuantizeAgreement
    {
        private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(Sha256.Hash(bytes)).ToLowerInvariant();

        public static (string Hash, int Disagreements) Check(QuantizePaths kernel, float[] inputs)
        {
            int count = inputs.Length / 4 * 4;
            ReadOnlySpan<float> x = inputs.AsSpan(0, count);
            int bytes = CodePacking.ByteCount(kernel.Format, count);
            var whole = new byte[bytes];
            kernel.Kernel(x, whole);
            int disagreements = 0;
            foreach (int piece in new[] { 12, 20 })
            {
                var pieces = new byte[bytes];
                for (int start = 0; start < count; start += piece)
                {
                    int length = Math.Min(piece, count - start);
                    kernel.Kernel(x.Slice(start, length), pieces.AsSpan(CodePacking.ByteCount(kernel.Format, start)));
                }
                for (int i = 0; i < bytes; i++)
                {
                    disagreements += whole[i] != pieces[i] ? 1 : 0;
                }
            }
            return (Hex(whole), disagreements);
        }

        public static (string Hash, int Disagreements) Check(DequantizePaths kernel)
        {
            int codeCount = 1 << NumberFormats.BitWidth(kernel.Format);
            int count = codeCount * 4 + 16;
            var codes = new byte[CodePacking.ByteCount(kernel.Format, count)];
            for (int i = 0; i < count; i++)
            {
                CodePacking.Write(kernel.Format, codes, i, (uint)((i * 7919L) % codeCount));
            }
            var whole = new float[count];
            kernel.Kernel(codes, whole);
            var pieces = new float[count];
            for (int start = 0; start < count; start += 12)
            {
                int length = Math.Min(12, count - start);
                kernel.Kernel(codes.AsSpan(CodePacking.ByteCount(kernel.Format, start)), pieces.AsSpan(start, length));
            }
            int disagreements = 0;
            for (int i = 0; i < count; i++)
            {
                disagreements += BitConverter.SingleToUInt32Bits(whole[i]) != BitConverter.SingleToUInt32Bits(pieces[i]) ? 1 : 0;
            }
            return (Hex(System.Runtime.InteropServices.MemoryMarshal.AsBytes(whole.AsSpan())), disagreements);
        }

        /// <summary>
        /// Block-scaled and stochastic kernels: the whole input (with a partial last block) against pieces of 32 and 96
        /// elements (whole blocks, each stochastic piece given its stream offset); codes and scales hashed together.
        /// </summary>
        public static (string Hash, int Disagreements) Check(BlockQuantizePaths kernel, float[] inputs)
        {
            int count = inputs.Length / 4 * 4 - 4; // not a whole number of blocks: the last one is partial
            ReadOnlySpan<float> x = inputs.AsSpan(0, count);
            int bytes = CodePacking.ByteCount(kernel.Format, count);
            int scaleCount = BlockQuantization.ScaleCount(kernel.BlockSize, count);
            const ulong seed = 0x5EED;
            const long offset = (1L << 32) - 1000; // pieces cross into the counter's next high word
            var whole = new byte[bytes + scaleCount];
            kernel.Kernel(x, whole.AsSpan(0, bytes), whole.AsSpan(bytes), seed, offset);
            int disagreements = 0;
            foreach (int piece in new[] { 32, 96 })
            {
                var pieces = new byte[whole.Length];
                for (int start = 0; start < count; start += piece)
                {
                    int length = Math.Min(piece, count - start);
                    Span<byte> scales = kernel.BlockSize == 0 ? Span<byte>.Empty : pieces.AsSpan(bytes + start / kernel.BlockSize);
                    kernel.Kernel(x.Slice(start, length), pieces.AsSpan(CodePacking.ByteCount(kernel.Format, start), CodePacking.ByteCount(kernel.Format, length)), scales, seed, offset + start);
                }
                for (int i = 0; i < whole.Length; i++)
                {
                    disagreements += whole[i] != pieces[i] ? 1 : 0;
                }
            }
            return (Hex(whole), disagreements);
        }

        /// <summary>Every code under every scale byte (NaN, zero and bit-7-set UE4M3 bytes included), whole and in pieces of one block.</summary>
        public static (string Hash, int Disagreements) Check(BlockDequantizePaths kernel)
        {
            int codeCount = 1 << NumberFormats.BitWidth(kernel.Format);
            int count = 256 * kernel.BlockSize * 2 + 5;
            var codes = new byte[CodePacking.ByteCount(kernel.Format, count)];
            for (int i = 0; i < count; i++)
            {
                CodePacking.Write(kernel.Format, codes, i, (uint)((i * 7919L) % codeCount));
            }
            var scales = new byte[BlockQuantization.ScaleCount(kernel.BlockSize, count)];
            for (int b = 0; b < scales.Length; b++)
            {
                scales[b] = (byte)(b * 97 % 256);
            }
            var whole = new float[count];
            kernel.Kernel(codes, scales, whole);
            var pieces = new float[count];
            for (int start = 0; start < count; start += kernel.BlockSize)
            {
                int length = Math.Min(kernel.BlockSize, count - start);
                kernel.Kernel(codes.AsSpan(CodePacking.ByteCount(kernel.Format, start)), scales.AsSpan(start / kernel.BlockSize), pieces.AsSpan(start, length));
            }
            int disagreements = 0;
            for (int i = 0; i < count; i++)
            {
                disagreements += BitConverter.SingleToUInt32Bits(whole[i]) != BitConverter.SingleToUInt32Bits(pieces[i]) ? 1 : 0;
            }
            return (Hex(System.Runtime.InteropServices.MemoryMarshal.AsBytes(whole.AsSpan())), disagreements);
        }
    }
}
