using System.Linq;
using System.Threading;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Numerics;

namespace NumericKernels.Generators.Quadrature
{
    /// <summary>
    /// Computes a request's rule on [-1, 1] in double-double and rounds each node and weight once to the element type.
    /// This is the only expensive step of the family (a 1024-point Gauss-Legendre rule takes a few hundred milliseconds);
    /// it runs when the request changes, and an unrelated edit reuses its output.
    /// </summary>
    internal static class QuadraturePlanner
    {
        public static ParseResult<QuadratureSpec> Plan(ParseResult<QuadratureRequest> parsed, CancellationToken cancellationToken)
        {
            if (parsed.Model is not QuadratureRequest request)
            {
                return ParseResult<QuadratureSpec>.Failed(parsed.Diagnostics);
            }
            cancellationToken.ThrowIfCancellationRequested();
            (DoubleDouble[] nodes, DoubleDouble[] weights) = request.Rule switch
            {
                QuadratureRuleId.GaussLegendre => GaussLegendre.Compute(request.Points),
                QuadratureRuleId.ClenshawCurtis => ClenshawCurtis.Compute(request.Points),
                _ => throw new System.NotSupportedException("QuadratureRule." + request.Rule + " has no planner."),
            };
            return new ParseResult<QuadratureSpec>(
                new QuadratureSpec(request, Round(nodes, request.Element), Round(weights, request.Element)), parsed.Diagnostics);
        }

        private static EquatableArray<double> Round(DoubleDouble[] values, ElementKind element) =>
            new EquatableArray<double>(values.Select(v => element == ElementKind.Float32 ? (double)v.ToSingle() : v.ToDouble()));
    }
}
