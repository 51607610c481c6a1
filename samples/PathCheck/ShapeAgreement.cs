using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NumericKernels.Samples.PathCheck
{
    /// <summary>An input where a shape's output bits differ from the scalar path's.</summary>
    internal readonly record struct Disagreement(string Shape, int Index, ulong InputBits, ulong ScalarBits, ulong ShapeBits);

    /// <summary>What one kernel produced: the SHA-256 of its output bits and every shape that disagreed with scalar.</summary>
    /// <param name="OutputHash">
    /// SHA-256 of the scalar outputs' bytes (little-endian) for the inputs inside the requested domain: the value runs
    /// on different runtimes and architectures are compared on.
    /// </param>
    /// <param name="CanonicalNaNHash">The same with every NaN replaced by one NaN, to tell a NaN-payload difference from a numeric one.</param>
    /// <param name="OutsideDomainHash">
    /// SHA-256 of the outputs for inputs outside the domain, or null when there are none. The contract leaves those
    /// results unspecified, so runs may differ there (for example in the sign of a NaN produced from infinities, which
    /// x64 and Arm choose differently).
    /// </param>
    /// <param name="DisagreeingInputs">How many (shape, input) pairs differed from the scalar path.</param>
    /// <param name="FirstDisagreements">The first few of those, to print.</param>
    internal sealed record KernelOutcome(
        string OutputHash, string CanonicalNaNHash, string? OutsideDomainHash, int DisagreeingInputs, IReadOnlyList<Disagreement> FirstDisagreements);

    /// <summary>
    /// Runs one kernel through every shape on the same inputs and compares the outputs with the scalar path bit for bit.
    /// </summary>
    internal static class ShapeAgreement
    {
        private const int DisagreementsShown = 5;

        public static KernelOutcome Check<T>(KernelPaths<T> kernel, T[] inputs)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] scalar = new T[inputs.Length];
            for (int i = 0; i < inputs.Length; i++)
            {
                scalar[i] = kernel.Scalar(inputs[i]);
            }

            var disagreements = new List<Disagreement>();
            int disagreeing = 0;
            foreach ((string shape, T[] output) in RunOtherShapes(kernel, inputs))
            {
                for (int i = 0; i < inputs.Length; i++)
                {
                    if (Bits(output[i]) == Bits(scalar[i]))
                    {
                        continue;
                    }
                    disagreeing++;
                    if (disagreements.Count < DisagreementsShown)
                    {
                        disagreements.Add(new Disagreement(shape, i, Bits(inputs[i]), Bits(scalar[i]), Bits(output[i])));
                    }
                }
            }
            (T[] inside, T[] outside) = SplitByDomain(kernel, inputs, scalar);
            return new KernelOutcome(
                Hash(inside), Hash(CanonicalizeNaNs(inside)), outside.Length == 0 ? null : Hash(outside), disagreeing, disagreements);
        }

        private static (T[] Inside, T[] Outside) SplitByDomain<T>(KernelPaths<T> kernel, T[] inputs, T[] outputs)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            var inside = new List<T>(inputs.Length);
            var outside = new List<T>();
            for (int i = 0; i < inputs.Length; i++)
            {
                (kernel.Covers(double.CreateTruncating(inputs[i])) ? inside : outside).Add(outputs[i]);
            }
            return (inside.ToArray(), outside.ToArray());
        }

        private static IEnumerable<(string Shape, T[] Output)> RunOtherShapes<T>(KernelPaths<T> kernel, T[] inputs)
            where T : unmanaged
        {
            T[] output = new T[inputs.Length];
            VectorShapes.Apply128(kernel.V128, inputs, output);
            yield return ("Vector128", output);

            output = new T[inputs.Length];
            VectorShapes.Apply256(kernel.V256, inputs, output);
            yield return ("Vector256", output);

            output = new T[inputs.Length];
            VectorShapes.Apply512(kernel.V512, inputs, output);
            yield return ("Vector512", output);

            output = new T[inputs.Length];
            kernel.Span(inputs, output);
            yield return ("span", output);

            output = (T[])inputs.Clone();
            kernel.Span(output, output);
            yield return ("span in place", output);

            yield return ("span in short pieces", RunInShortPieces(kernel.Span, inputs));
        }

        /// <summary>
        /// Calls the span kernel on consecutive pieces of every length from 1 to a few Vector512s, so the loop's tails
        /// (the overlapping last vector and the narrower widths) see every input too.
        /// </summary>
        private static T[] RunInShortPieces<T>(SpanKernel<T> kernel, T[] inputs)
            where T : unmanaged
        {
            T[] output = new T[inputs.Length];
            int longestPiece = 3 * Vector512Lanes<T>() + 1;
            int length = 1;
            for (int start = 0; start < inputs.Length; start += length, length = length % longestPiece + 1)
            {
                int live = Math.Min(length, inputs.Length - start);
                kernel(inputs.AsSpan(start, live), output.AsSpan(start, live));
            }
            return output;
        }

        private static int Vector512Lanes<T>() where T : unmanaged => 64 / Unsafe.SizeOf<T>();

        internal static ulong Bits<T>(T value)
            where T : unmanaged
            => Unsafe.SizeOf<T>() == sizeof(uint) ? Unsafe.As<T, uint>(ref value) : Unsafe.As<T, ulong>(ref value);

        private static T[] CanonicalizeNaNs<T>(T[] values)
            where T : unmanaged, IBinaryFloatingPointIeee754<T>
        {
            T[] copy = (T[])values.Clone();
            for (int i = 0; i < copy.Length; i++)
            {
                if (T.IsNaN(copy[i]))
                {
                    copy[i] = T.NaN;
                }
            }
            return copy;
        }

        private static string Hash<T>(T[] values)
            where T : unmanaged
            => Convert.ToHexString(Sha256.Hash(MemoryMarshal.AsBytes(values.AsSpan()))).ToLowerInvariant();
    }
}
