using System;
using System.Collections.Generic;
using NumericKernels.Generators.Numerics;

namespace NumericKernels.Generators.Quadrature
{
    /// <summary>
    /// The tanh-sinh (double exponential) substitution x = tanh((pi/2) sinh t) on [-1, 1], sampled at t = k 2^-levels for
    /// k = 0, 1, 2, ... in double-double: for each k the complement c = 1 - x = 2 / (1 + e^(pi sinh t)) (the distance to
    /// the end, kept apart from 1 so that a node next to an endpoint is placed exactly, never on it) and the weight
    /// dx/dt = (pi/2) cosh t sech^2((pi/2) sinh t) = pi cosh t c / (1 + q) with q = e^(-pi sinh t). The tables of the
    /// adaptive tanh-sinh kernel (QuadratureMethodEmitter.WriteTanhSinh).
    /// </summary>
    internal static class TanhSinh
    {
        /// <summary>The finest level: a step of 2^-8 in t.</summary>
        public const int MaxLevels = 8;

        /// <summary>
        /// Complements and weights for k = 0, 1, ... while the complement is at least <paramref name="smallest"/> (the
        /// element type's smallest normal number) and pi sinh t at most 650 (double-double exp's validated range).
        /// </summary>
        public static (DoubleDouble[] Complements, DoubleDouble[] Weights) Compute(int levels, double smallest)
        {
            if (levels < 0 || levels > MaxLevels)
            {
                throw new ArgumentOutOfRangeException(nameof(levels), levels, "tanh-sinh tables have 0 to " + MaxLevels + " levels.");
            }
            var complements = new List<DoubleDouble>();
            var weights = new List<DoubleDouble>();
            double scale = DoubleDouble.PowerOfTwo(-levels);
            for (int k = 0; ; k++)
            {
                DoubleDouble t = (DoubleDouble)k * scale; // exact
                DoubleDouble e = DoubleDoubleMath.Exp(t);
                DoubleDouble inverse = (DoubleDouble)1 / e;
                DoubleDouble sinh = (e - inverse) * 0.5;
                DoubleDouble cosh = (e + inverse) * 0.5;
                DoubleDouble u = DoubleDoubleMath.Pi * sinh;
                if (u.Hi > 650)
                {
                    break;
                }
                DoubleDouble q = DoubleDoubleMath.Exp(-u);
                DoubleDouble onePlusQ = 1 + q;
                DoubleDouble complement = (DoubleDouble)2 * q / onePlusQ;
                if (complement.Hi < smallest)
                {
                    break;
                }
                complements.Add(complement);
                weights.Add(DoubleDoubleMath.Pi * cosh * complement / onePlusQ);
            }
            return (complements.ToArray(), weights.ToArray());
        }
    }
}
