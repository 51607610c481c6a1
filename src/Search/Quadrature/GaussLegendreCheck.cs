using System;
using System.Collections.Generic;
using System.Diagnostics;
using NumericKernels.Generators.Numerics;
using NumericKernels.Generators.Quadrature;

namespace NumericKernels.Search.Quadrature
{
    /// <summary>The result of checking one Gauss-Legendre rule against <see cref="MpfrGaussLegendre"/>.</summary>
    internal sealed record GaussLegendreResult(int Points, int Mismatches, double GenerationMilliseconds, List<string> Examples)
    {
        public bool Passed => Mismatches == 0;
    }

    /// <summary>
    /// Compares the generator's Gauss-Legendre rule of n points with the MPFR reference: every node and weight rounded to
    /// double and to float, the refined nodes within an ulp of the generator's and ascending (so they are n distinct
    /// roots of P_n, hence all of them).
    /// </summary>
    internal static class GaussLegendreCheck
    {
        public static GaussLegendreResult Run(int points)
        {
            var watch = Stopwatch.StartNew();
            (DoubleDouble[] nodes, DoubleDouble[] weights) = GaussLegendre.Compute(points);
            double generation = watch.Elapsed.TotalMilliseconds;
            int mismatches = 0;
            var examples = new List<string>();
            void Fail(string message)
            {
                mismatches++;
                if (examples.Count < 5)
                {
                    examples.Add($"n = {points}: {message}");
                }
            }
            using var reference = new MpfrGaussLegendre(points);
            double previous = double.NegativeInfinity;
            for (int i = 0; i < points; i++)
            {
                double start = nodes[i].ToDouble();
                RuleValue r = reference.Refine(start);
                if (Math.Abs(r.Node - start) > Math.Max(Math.Abs(r.Node), 1e-300) * 2.3e-16)
                {
                    Fail($"node {i}: {start:R} refines to {r.Node:R}, not the same root");
                }
                if (!(r.Node > previous))
                {
                    Fail($"node {i}: the roots do not ascend");
                }
                previous = r.Node;
                if (BitConverter.DoubleToInt64Bits(r.Node) != BitConverter.DoubleToInt64Bits(start))
                {
                    Fail($"node {i}: {start:R}, correctly rounded {r.Node:R}");
                }
                double weight = weights[i].ToDouble();
                if (BitConverter.DoubleToInt64Bits(r.Weight) != BitConverter.DoubleToInt64Bits(weight))
                {
                    Fail($"weight {i}: {weight:R}, correctly rounded {r.Weight:R}");
                }
                if (BitConverter.SingleToInt32Bits(r.NodeSingle) != BitConverter.SingleToInt32Bits(nodes[i].ToSingle()))
                {
                    Fail($"float node {i}: {nodes[i].ToSingle():R}, correctly rounded {r.NodeSingle:R}");
                }
                if (BitConverter.SingleToInt32Bits(r.WeightSingle) != BitConverter.SingleToInt32Bits(weights[i].ToSingle()))
                {
                    Fail($"float weight {i}: {weights[i].ToSingle():R}, correctly rounded {r.WeightSingle:R}");
                }
            }
            return new GaussLegendreResult(points, mismatches, generation, examples);
        }
    }
}
