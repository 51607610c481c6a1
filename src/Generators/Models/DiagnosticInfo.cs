using System.Linq;
using Microsoft.CodeAnalysis;
using NumericKernels.Generators.Diagnostics;

namespace NumericKernels.Generators.Models
{
    /// <summary>
    /// A diagnostic as equatable data (descriptor id, place, message arguments), so parse and plan results that carry
    /// diagnostics still cache; it becomes a <see cref="Diagnostic"/> in the reporting output only.
    /// </summary>
    internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> MessageArgs)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs)
            => new DiagnosticInfo(descriptor.Id, location, new EquatableArray<string>(messageArgs));

        /// <summary>Whether the diagnostic is an error (and not a suggestion that leaves the request usable).</summary>
        public bool IsError => DiagnosticDescriptors.ById(DescriptorId).DefaultSeverity == DiagnosticSeverity.Error;

        public Diagnostic ToDiagnostic() => Diagnostic.Create(
            DiagnosticDescriptors.ById(DescriptorId),
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            MessageArgs.Cast<object>().ToArray());
    }
}
