using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Generators.Programs.Algorithms
{
    /// <summary>
    /// The one place that maps a <see cref="KernelAlgorithm"/> to its descriptor. Nothing else in the generator or in
    /// nk-search branches on the algorithm: they ask its descriptor.
    /// </summary>
    internal static class AlgorithmRegistry
    {
        private static readonly Dictionary<KernelAlgorithm, AlgorithmDescriptor> Descriptors = new AlgorithmDescriptor[]
        {
            ExpAlgorithm.CodyWaite,
            ExpAlgorithm.CodyWaiteShort,
            ExpAlgorithm.Exp2Rounded,
            LogAlgorithm.ExponentSplit,
            LogAlgorithm.Log2ExponentSplit,
            LogAlgorithm.AtanhSeries,
            LogAlgorithm.Log2AtanhSeries,
            DirectPolynomialAlgorithm.Instance,
            DirectProgramAlgorithm.Instance,
            ErfAlgorithm.Instance,
            SinCosAlgorithm.Quadrant,
            SinCosAlgorithm.QuadrantShort,
            SigmoidAlgorithm.ExpQuotient,
            SigmoidAlgorithm.ExpQuotientShort,
            TanhAlgorithm.ExpQuotient,
            TanhAlgorithm.ExpQuotientShort,
            TanhAlgorithm.ExpM1Quotient,
            TanhAlgorithm.ExpM1QuotientShort,
            Exp10Algorithm.CodyWaite,
            Exp10Algorithm.CodyWaiteShort,
            ExpM1Algorithm.CodyWaite,
            ExpM1Algorithm.CodyWaiteShort,
            Log1PAlgorithm.ExponentSplit,
            Log1PAlgorithm.ExponentSplitShort,
            Log1PAlgorithm.AtanhSeries,
            LogAlgorithm.Log10ExponentSplit,
            LogAlgorithm.Log10ExponentSplitShort,
            LogAlgorithm.Log10AtanhSeries,
        }.ToDictionary(d => d.Algorithm);

        /// <summary>Every descriptor, in the order of <see cref="KernelAlgorithm"/>.</summary>
        public static IReadOnlyList<AlgorithmDescriptor> All { get; } = Descriptors.Values.OrderBy(d => d.Algorithm).ToArray();

        public static AlgorithmDescriptor For(KernelAlgorithm algorithm) =>
            Descriptors.TryGetValue(algorithm, out AlgorithmDescriptor? descriptor)
                ? descriptor
                : throw new NotSupportedException("No descriptor for algorithm " + algorithm + ".");
    }
}
