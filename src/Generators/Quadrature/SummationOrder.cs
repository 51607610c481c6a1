using System;
using System.Globalization;
using NumericKernels.Generators.Emission;

namespace NumericKernels.Generators.Quadrature
{
    /// <summary>
    /// The one summation order of generated quadrature code, written once: accumulators added pairwise (j with j + count/2
    /// first, halving until one is left), which is what folding registers and then a register's upper half onto its lower
    /// half does, so scalar and vector paths produce the same additions.
    /// </summary>
    internal static class SummationOrder
    {
        /// <summary>
        /// The expression summing the values at indices 0..<paramref name="count"/> - 1 pairwise (null for an absent value:
        /// an unused accumulator, which adds nothing); null when every value is absent.
        /// </summary>
        public static string? Pairwise(int count, Func<int, string?> leaf) => Pairwise(0, 1, count, leaf);

        private static string? Pairwise(int r, int step, int count, Func<int, string?> leaf)
        {
            if (step >= count)
            {
                return leaf(r);
            }
            string? left = Pairwise(r, 2 * step, count, leaf);
            string? right = Pairwise(r + step, 2 * step, count, leaf);
            return left is null ? right : right is null ? left : $"({left} + {right})";
        }

        /// <summary>
        /// Writes the fold of vector registers whose lane j of register q is accumulator q W + j: register q + R/2 is added
        /// to register q (pairing j with j + K/2) until register 0 holds them all. Untouched registers (all-zero
        /// accumulators) are left out; a register that only its partner touched is copied.
        /// </summary>
        public static void FoldRegisters(SourceWriter w, string vectorType, Func<int, string> register, bool[] touched)
        {
            for (int count = touched.Length; count > 1; count /= 2)
            {
                for (int q = 0; q < count / 2; q++)
                {
                    int other = q + count / 2;
                    if (touched[other])
                    {
                        w.WriteLine(touched[q] ? $"{register(q)} = {register(q)} + {register(other)};" : $"{vectorType} {register(q)} = {register(other)};");
                        touched[q] = true;
                    }
                }
            }
        }

        /// <summary>
        /// Writes the fold of one register's lanes (upper half onto lower half down to 128 bits) into locals named by
        /// <paramref name="local"/>; returns the expression of the pairwise sum of the last 128-bit register's lanes.
        /// </summary>
        public static string FoldLanes(SourceWriter w, ElementTypeNames t, int bits, string register, Func<string, string> local)
        {
            string current = register;
            for (int width = bits; width > 128; width /= 2)
            {
                string folded = local("r" + (width / 2).ToString(CultureInfo.InvariantCulture));
                string vc = ElementTypeNames.VectorClass(width);
                w.WriteLine($"{t.Vector(width / 2)} {folded} = {vc}.GetLower({current}) + {vc}.GetUpper({current});");
                current = folded;
            }
            string v128 = ElementTypeNames.VectorClass(128);
            return Pairwise(t.Lanes(128), j => $"{v128}.GetElement({current}, {j})")!;
        }
    }
}
