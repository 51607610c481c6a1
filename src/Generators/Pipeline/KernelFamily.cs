using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Pipeline
{
    /// <summary>The tracking names of one family's steps, so tests find each step's outputs and check that they cache.</summary>
    internal sealed record FamilyTrackingNames(string Parsed, string? Planned, string Diagnostics, string Specs, string SharedUsed);

    /// <summary>
    /// One kind of kernel attribute, described as its stages: parse a method into a request, plan the request into a
    /// spec (or report why not), write the method from its spec, and write once per compilation the shared classes its
    /// methods delegate to (a catalog entry's program, a polynomial's evaluation). <see cref="KernelFamilies.Register"/>
    /// wires any family into the incremental pipeline the same way.
    /// </summary>
    /// <typeparam name="TRequest">What the parser produces (value data).</typeparam>
    /// <typeparam name="TSpec">What the method is written from (value data).</typeparam>
    /// <typeparam name="TShared">A shared class's model (value data); methods with equal models share one class.</typeparam>
    internal sealed record KernelFamily<TRequest, TSpec, TShared>
        where TRequest : class
        where TSpec : class
        where TShared : IEquatable<TShared>
    {
        /// <summary>Metadata name of the attribute.</summary>
        public required string AttributeName { get; init; }

        public required Func<GeneratorAttributeSyntaxContext, CancellationToken, ParseResult<TRequest>> Parse { get; init; }

        /// <summary>Request to spec; every failure is a diagnostic in the result, never an exception.</summary>
        public required Func<ParseResult<TRequest>, CancellationToken, ParseResult<TSpec>> Plan { get; init; }

        /// <summary>The name of the method a spec implements (it labels generator errors).</summary>
        public required Func<TSpec, string> MethodName { get; init; }

        /// <summary>The hint name of the method's file: unique per method, overloads included.</summary>
        public required Func<TSpec, string> MethodHintName { get; init; }

        public required Func<TSpec, string> EmitMethod { get; init; }

        /// <summary>The shared class a spec's method delegates to.</summary>
        public required Func<TSpec, TShared> Shared { get; init; }

        /// <summary>A shared class's hint name; also the order classes are emitted in (ordinal).</summary>
        public required Func<TShared, string> SharedHintName { get; init; }

        public required Func<TShared, string> EmitShared { get; init; }

        public required FamilyTrackingNames TrackingNames { get; init; }

        /// <summary>
        /// Adds what planning needs from the rest of the project to each parsed request (the [Approximate] family: the
        /// project's own catalog entries); null when parsing gives planning everything.
        /// </summary>
        public Func<IncrementalValuesProvider<Located<ParseResult<TRequest>>>, IncrementalValuesProvider<Located<ParseResult<TRequest>>>>? WithProjectData { get; init; }
    }
}
