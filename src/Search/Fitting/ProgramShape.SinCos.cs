using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// <see cref="KernelAlgorithm.SinCosQuadrant"/>: two cores, sin r = r + r³·P(r²) and cos r = 1 - r²/2 + r⁴·Q(r²), on
    /// [0, b] with odd and even powers. "Degree" d is the sin core's (odd) degree; the cos core has degree d + 1, and the
    /// coefficients are named by their power: C3, C5, ..., Cd, then C4, C6, ..., C(d+1).
    /// </summary>
    internal static partial class ProgramShape
    {
        /// <summary>|x| up to which the float fast reduction holds (TrigProgramEmitter, KernelCatalog.Trig.cs).</summary>
        public const double SinCosFastLimit = 262144.0;

        private const string SinCosFastLimitHex = "0x1p18";

        /// <summary>
        /// π/4 widened by the shifter's slack at the fast limit: k = round(|x|·TwoOverPi) with TwoOverPi within 2^-25.2 of
        /// 2/π moves |x|·2/π - k past 1/2 by at most 2^18·2^-25.2·2/π = 2^-7.9, so |r| &lt;= π/4·(1 + 2^-6.9).
        /// </summary>
        private static readonly double SinCosHalfInterval = Math.PI / 4 * (1 + Math.Pow(2, -6.5));

        /// <summary>
        /// The operations of the fast path at sin degree d (TrigProgramEmitter): reduction 11, r² 1, sin core 3 + (d-1)/2,
        /// cos core 8 + (d-1)/2, quadrant select 3, sign 4; d + 28 (35 at degree 7).
        /// </summary>
        private static int SinCosFastCost(int degree) => degree + 28;

        /// <summary>
        /// The short program: reduction 6, r² 1, sin core 2 + (d-1)/2, cos core 3 + (d-1)/2, select 3, sign 4; d + 15.
        /// </summary>
        private static int SinCosShortFastCost(int degree) => degree + 15;

        private static IReadOnlyList<FitProblem> SinCosProblems(int degree)
        {
            if (degree < 3 || degree % 2 == 0) throw new NotSupportedException("SinCosQuadrant takes an odd sin degree of at least 3, not " + degree.ToString(CultureInfo.InvariantCulture));
            int count = (degree - 1) / 2;
            return new[]
            {
                new FitProblem("sin(r) = r + r³·P(r²)", TargetFunctions.Sin(), 0, SinCosHalfInterval,
                    new[] { new FixedTerm(1, 1.0) }, FitProblem.Powers(3, count, 2), ErrorMeasure.Relative),
                new FitProblem("cos(r) = 1 - r²/2 + r⁴·Q(r²)", TargetFunctions.Cos(), 0, SinCosHalfInterval,
                    new[] { new FixedTerm(0, 1.0), new FixedTerm(2, -0.5) }, FitProblem.Powers(4, count, 2), ErrorMeasure.Relative),
            };
        }

        private static IReadOnlyList<string> SinCosCoefficientNames(int degree) =>
            SinCosProblems(degree).SelectMany(p => p.FreePowers).Select(power => "C" + power.ToString(CultureInfo.InvariantCulture)).ToArray();

        /// <summary>As KernelCatalog.Trig.cs spells them: 2/π, and π/2 = Hi + Mid + Lo in float parts (+Mid for the TwoProduct).</summary>
        private static IEnumerable<(string, string)> SinCosReductionConstants(KernelAlgorithm algorithm, ElementKind element)
        {
            if (element != ElementKind.Float32) throw new NotSupportedException(algorithm + " is written for float32 only.");
            var constants = new List<(string, string)> { ("TwoOverPi", "0x1.45f306p-1"), ("NegPiO2Hi", "-0x1.921fb6p0") };
            if (algorithm == KernelAlgorithm.SinCosQuadrant) constants.Add(("PiO2Mid", "-0x1.777a5cp-25"));
            constants.Add(("NegPiO2Mid", "0x1.777a5cp-25"));
            constants.Add(("NegPiO2Lo", "0x1.ee59dap-50"));
            return constants;
        }
    }
}
