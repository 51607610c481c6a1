using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Planning;
using NumericKernels.Generators.Programs;
using NumericKernels.Generators.Programs.Algorithms;

namespace NumericKernels.Search.Fitting
{
    /// <summary>
    /// The programs nk-search fit may try for a request, cheapest first: every algorithm whose descriptor can fit the
    /// function, element and domain, over the degrees it lists, each with the core polynomials in Horner's scheme and,
    /// where that shortens the program's critical path, in Estrin's. Each candidate's cost is its program's, built with stand-in
    /// coefficients.
    /// </summary>
    internal static class CandidatePlanner
    {
        /// <summary>The candidates, cheapest first; throws <see cref="NotSupportedException"/> naming what the generator lacks.</summary>
        public static IReadOnlyList<FitCandidate> Plan(FitRequest request)
        {
            var descriptors = AlgorithmRegistry.All.Where(d => d.CanFit(request.Function, request.Element, request.DomainMin, request.DomainMax)).ToList();
            if (descriptors.Count == 0)
            {
                string known = string.Join(", ", AlgorithmRegistry.All
                    .SelectMany(d => Enum.GetValues(typeof(MathFunctionId)).Cast<MathFunctionId>()
                        .Where(f => d.CanFit(f, request.Element, double.NegativeInfinity, double.PositiveInfinity)))
                    .Distinct().OrderBy(f => f).Select(Describe.Function));
                throw new NotSupportedException(
                    $"fit {Describe.Function(request.Function)}: the generator has no {Describe.Format(request.Element)} program for it on this domain yet (it has {known}).");
            }
            if (request.Algorithm is KernelAlgorithm only)
            {
                if (!descriptors.Any(d => d.Algorithm == only))
                {
                    throw new NotSupportedException($"fit {Describe.Function(request.Function)}: --algorithm {only} does not apply here (possible: {string.Join(", ", descriptors.Select(d => d.Algorithm))}).");
                }
                descriptors.RemoveAll(d => d.Algorithm != only);
            }
            var candidates = new List<FitCandidate>();
            foreach (AlgorithmDescriptor descriptor in descriptors)
            {
                bool special = descriptor.NeedsSpecialPath(request.Element, request.DomainMin, request.DomainMax);
                foreach (int degree in descriptor.Degrees(request.Element))
                {
                    var query = new FitQuery(request.Function, request.Element, degree, request.DomainMin, request.DomainMax, special);
                    KernelProgram horner = KernelPrograms.Build(descriptor.Placeholder(query, EvaluationScheme.Horner));
                    KernelProgram estrin = KernelPrograms.Build(descriptor.Placeholder(query, EvaluationScheme.Estrin));
                    if (request.Scheme != EvaluationScheme.Estrin) candidates.Add(new FitCandidate(descriptor.Algorithm, degree, special, EvaluationScheme.Horner, ProgramCost.Of(horner)));
                    // Estrin twins where they shorten the critical path: the same polynomial, a few more operations and
                    // other roundings (below four coefficients the chains are as long as Horner's).
                    if (request.Scheme != EvaluationScheme.Horner && ProgramCost.Depth(estrin) < ProgramCost.Depth(horner)) candidates.Add(new FitCandidate(descriptor.Algorithm, degree, special, EvaluationScheme.Estrin, ProgramCost.Of(estrin)));
                }
            }
            return candidates.OrderBy(c => c.Cost).ThenBy(c => c.Degree).ThenBy(c => c.Scheme).ToList();
        }

        /// <summary>The descriptor's question for a planned candidate.</summary>
        public static FitQuery Query(FitRequest request, FitCandidate candidate) =>
            new FitQuery(request.Function, request.Element, candidate.Degree, request.DomainMin, request.DomainMax, candidate.SpecialPath);
    }
}
