using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// The programs nk-search fit may try for a request, cheapest first: the range reductions the generator has for
    /// the function (both exp variants, with or without carried reduction error), and on a small domain a single direct
    /// polynomial, each over a range of degrees, with the core polynomial in Horner's and in Estrin's scheme.
    /// </summary>
    internal static class CandidatePlanner
    {
        /// <summary>Direct polynomials are tried on domains no wider than this (and, for logs, positive and away from 1).</summary>
        public const double DirectDomainWidth = 4.0;

        /// <summary>The candidates, cheapest first; throws <see cref="NotSupportedException"/> naming what the generator lacks.</summary>
        public static IReadOnlyList<FitCandidate> Plan(FitRequest request)
        {
            var candidates = new List<FitCandidate>();
            bool single = request.IsSingle;
            if (AllowsDirect(request))
            {
                for (int degree = 1; degree <= (single ? 14 : 24); degree++) candidates.Add(new FitCandidate(KernelAlgorithm.DirectPolynomial, degree, false));
            }
            foreach (KernelAlgorithm algorithm in Reductions(request))
            {
                bool special = NeedsSpecialPath(algorithm, request);
                if (algorithm is KernelAlgorithm.LogAtanhSeries or KernelAlgorithm.Log2AtanhSeries)
                {
                    // Odd degrees in s: 2 to 12 coefficients of P(s²).
                    for (int degree = 5; degree <= 25; degree += 2) candidates.Add(new FitCandidate(algorithm, degree, special));
                    continue;
                }
                var (low, high) = single ? (2, 14) : (6, 16);
                if (algorithm == KernelAlgorithm.ErfPiecewise) (low, high) = single ? (3, 14) : (16, 30);
                int step = 1;
                if (ExpQuotientShape.HasOddPolynomial(algorithm)) (low, high, step) = ExpQuotientShape.TanhDegrees;
                for (int degree = low; degree <= high; degree += step)
                {
                    // The quadrant program's degree is its odd sin core's.
                    if (algorithm is KernelAlgorithm.SinCosQuadrant or KernelAlgorithm.SinCosQuadrantShort && degree % 2 == 0) continue;
                    candidates.Add(new FitCandidate(algorithm, degree, special));
                }
            }
            // Estrin twins: same polynomial, shorter chain, a few more operations and other roundings. Below four
            // coefficients the chains are as long as Horner's.
            var estrin = candidates.Where(c => ProgramShape.HasEstrinForm(c.Algorithm) && ProgramShape.CoefficientCount(c.Algorithm, c.Degree) >= 4)
                .Select(c => c with { Scheme = EvaluationScheme.Estrin }).ToList();
            if (request.Scheme == EvaluationScheme.Estrin) candidates = estrin;
            else if (request.Scheme == null) candidates.AddRange(estrin);
            if (request.Algorithm is KernelAlgorithm only)
            {
                var allowed = candidates.Select(c => c.Algorithm).Distinct().ToList();
                if (!allowed.Contains(only))
                {
                    throw new NotSupportedException($"fit {ProgramShape.FunctionName(request.Function)}: --algorithm {only} does not apply here (possible: {string.Join(", ", allowed)}).");
                }
                candidates.RemoveAll(c => c.Algorithm != only);
            }
            return candidates.OrderBy(c => c.Cost).ThenBy(c => c.Degree).ThenBy(c => c.Scheme).ToList();
        }

        public static bool NeedsSpecialPath(KernelAlgorithm algorithm, FitRequest request)
        {
            if (ExpQuotientShape.IsTanh(algorithm)) return false;
            var normal = ProgramShape.NormalScaleDomain(algorithm, request.Element);
            return normal == null || request.DomainMin < normal.Value.Min || request.DomainMax > normal.Value.Max;
        }

        private static bool AllowsDirect(FitRequest request)
        {
            if (!double.IsFinite(request.DomainMin) || !double.IsFinite(request.DomainMax)) return false;
            if (request.DomainMax - request.DomainMin > DirectDomainWidth) return false;
            // sin crosses zero and cos is even: their small domains are served by the quadrant program.
            if (request.Function is MathFunctionId.Sin or MathFunctionId.Cos) return false;
            bool isLog = request.Function is MathFunctionId.Log or MathFunctionId.Log2;
            // Relative error is undefined where log crosses zero.
            return !isLog || (request.DomainMin > 0 && (request.DomainMax < 1 || request.DomainMin > 1));
        }

        private static IEnumerable<KernelAlgorithm> Reductions(FitRequest request)
        {
            switch (request.Function)
            {
                case MathFunctionId.Exp:
                    return new[] { KernelAlgorithm.ExpCodyWaiteShort, KernelAlgorithm.ExpCodyWaite };
                case MathFunctionId.Exp2:
                    return new[] { KernelAlgorithm.Exp2Rounded };
                case MathFunctionId.Log when request.IsSingle:
                    return new[] { KernelAlgorithm.LogExponentSplit };
                case MathFunctionId.Log2 when request.IsSingle:
                    return new[] { KernelAlgorithm.Log2ExponentSplit };
                case MathFunctionId.Erf:
                    return new[] { KernelAlgorithm.ErfPiecewise };
                case MathFunctionId.Sin or MathFunctionId.Cos when request.IsSingle:
                    return new[] { KernelAlgorithm.SinCosQuadrantShort, KernelAlgorithm.SinCosQuadrant };
                case MathFunctionId.Sigmoid when request.IsSingle:
                    return new[] { KernelAlgorithm.SigmoidExpQuotientShort, KernelAlgorithm.SigmoidExpQuotient };
                case MathFunctionId.Tanh when request.IsSingle:
                    return new[] { KernelAlgorithm.TanhExpM1QuotientShort, KernelAlgorithm.TanhExpQuotientShort, KernelAlgorithm.TanhExpQuotient, KernelAlgorithm.TanhExpM1Quotient };
                case MathFunctionId.Log:
                    // float64 needs more terms of f than float32; in s = f/(2+f) the series is odd with |s| <= 0.1716.
                    return new[] { KernelAlgorithm.LogAtanhSeries };
                case MathFunctionId.Log2:
                    return new[] { KernelAlgorithm.Log2AtanhSeries };
                default:
                    throw new NotSupportedException(
                        $"fit {ProgramShape.FunctionName(request.Function)}: the generator has no range reduction for it yet (it has exp, exp2, log, log2, erf, and float32 sin, cos, sigmoid and tanh).");
            }
        }
    }
}
