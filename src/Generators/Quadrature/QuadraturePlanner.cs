using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Numerics;

namespace NumericKernels.Generators.Quadrature
{
    /// <summary>
    /// Computes a request's rule on [-1, 1] in double-double and rounds each node and weight once to the element type.
    /// This is the family's only expensive work (a 1024-point Gauss-Legendre rule takes a few hundred milliseconds), so it
    /// runs inside the method's source output, which runs only when the request (value data, no locations) changes: an
    /// unrelated edit, or one that moves the method, reuses the generated text without computing the rule again.
    /// </summary>
    internal static class QuadraturePlanner
    {
        public static QuadratureSpec Plan(QuadratureRequest request)
        {
            if (request.Rule is QuadratureRuleId.Trapezoid or QuadratureRuleId.Simpson)
            {
                return new QuadratureSpec(request, EquatableArray<double>.Empty, EquatableArray<double>.Empty);
            }
            if (request.Rule == QuadratureRuleId.Bayesian)
            {
                (DoubleDouble[] bayes, DoubleDouble variance, double error, _) = BayesianQuadrature.Compute(request.Points, request.Kernel, request.LengthScale);
                // The variance is a small difference of order-1 terms: below its rounding bound, the bound (an upper bound) is kept.
                double v = System.Math.Max(variance.ToDouble(), error);
                return new QuadratureSpec(request, EquatableArray<double>.Empty, Round(bayes, request.Element), EquatableArray<double>.Empty,
                    request.Element == ElementKind.Float32 ? (double)(float)v : v);
            }
            if (request.Rule == QuadratureRuleId.GaussKronrod)
            {
                (DoubleDouble[] x, DoubleDouble[] kronrod, DoubleDouble[] gauss) = GaussKronrod.Compute(request.Points);
                return new QuadratureSpec(request, Round(x, request.Element), Round(kronrod, request.Element), Round(gauss, request.Element));
            }
            (DoubleDouble[] nodes, DoubleDouble[] weights) = request.Rule switch
            {
                // The complements 1 - x (distances to the ends) on the finest grid, t = k 2^-levels, while they are normal.
                QuadratureRuleId.TanhSinh => TanhSinh.Compute(request.MaxSubdivisions, request.Element == ElementKind.Float32 ? 1.1754943508222875e-38 : 2.2250738585072014e-308),
                QuadratureRuleId.GaussLegendre => GaussLegendre.Compute(request.Points),
                QuadratureRuleId.ClenshawCurtis => ClenshawCurtis.Compute(request.Points),
                _ => throw new System.NotSupportedException("QuadratureRule." + request.Rule + " has no planner."),
            };
            return new QuadratureSpec(request, Round(nodes, request.Element), Round(weights, request.Element));
        }

        private static EquatableArray<double> Round(DoubleDouble[] values, ElementKind element) =>
            new EquatableArray<double>(values.Select(v => element == ElementKind.Float32 ? (double)v.ToSingle() : v.ToDouble()));
    }
}
