using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// The programs nk-search fit may try for a request, cheapest first: the range reductions the generator has for
    /// the function (both exp variants, with or without carried reduction error), and on a small domain a single direct
    /// polynomial, each over a range of degrees.
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
                var (low, high) = single ? (2, 14) : (6, 16);
                int step = 1;
                if (ExpQuotientShape.HasOddPolynomial(algorithm)) (low, high, step) = ExpQuotientShape.TanhDegrees;
                for (int degree = low; degree <= high; degree += step) candidates.Add(new FitCandidate(algorithm, degree, special));
            }
            if (request.Algorithm is KernelAlgorithm only)
            {
                var allowed = candidates.Select(c => c.Algorithm).Distinct().ToList();
                if (!allowed.Contains(only))
                {
                    throw new NotSupportedException($"fit {ProgramShape.FunctionName(request.Function)}: --algorithm {only} does not apply here (possible: {string.Join(", ", allowed)}).");
                }
                candidates.RemoveAll(c => c.Algorithm != only);
            }
            return candidates.OrderBy(c => c.Cost).ThenBy(c => c.Degree).ToList();
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
                case MathFunctionId.Sigmoid when request.IsSingle:
                    return new[] { KernelAlgorithm.SigmoidExpQuotientShort, KernelAlgorithm.SigmoidExpQuotient };
                case MathFunctionId.Tanh when request.IsSingle:
                    return new[] { KernelAlgorithm.TanhExpM1QuotientShort, KernelAlgorithm.TanhExpQuotientShort, KernelAlgorithm.TanhExpQuotient, KernelAlgorithm.TanhExpM1Quotient };
                case MathFunctionId.Log or MathFunctionId.Log2:
                    throw new NotSupportedException(
                        $"fit {ProgramShape.FunctionName(request.Function)} --format float64 needs the atanh-series reduction (LogAtanhSeries), whose fit nk-search does not implement yet; only float32 logs are fitted.");
                default:
                    throw new NotSupportedException(
                        $"fit {ProgramShape.FunctionName(request.Function)}: the generator has no range reduction for it yet (it has exp, exp2, log, log2, and float32 sigmoid and tanh).");
            }
        }
    }
}
