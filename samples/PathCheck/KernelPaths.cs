using System;
using System.Reflection;
using System.Runtime.Intrinsics;

namespace NumericKernels.Samples.PathCheck
{
    /// <summary>The span shape of a generated kernel.</summary>
    internal delegate void SpanKernel<T>(ReadOnlySpan<T> x, Span<T> y);

    /// <summary>
    /// One kernel request (function, element type, bound, domain) reached through each shape the generator emits for it.
    /// All five are separate annotated methods, so each is generated code the user would call.
    /// </summary>
    /// <param name="Name">Stable label used in the hash lines that scripts compare across runs.</param>
    /// <param name="Contract">The request as written in the attribute.</param>
    /// <param name="ScalarMethod">The annotated scalar method, used to find the catalog entry the generator chose.</param>
    /// <param name="Scalar">T F(T x), the path the others are compared with.</param>
    /// <param name="V128">The Vector128 shape.</param>
    /// <param name="V256">The Vector256 shape (software-emulated where not accelerated).</param>
    /// <param name="V512">The Vector512 shape (software-emulated where not accelerated).</param>
    /// <param name="Span">The span shape, which picks a vector width at run time.</param>
    internal sealed record KernelPaths<T>(
        string Name,
        string Contract,
        MethodInfo ScalarMethod,
        Func<T, T> Scalar,
        Func<Vector128<T>, Vector128<T>> V128,
        Func<Vector256<T>, Vector256<T>> V256,
        Func<Vector512<T>, Vector512<T>> V512,
        SpanKernel<T> Span)
        where T : unmanaged
    {
        /// <summary>Smallest input of the requested domain; outside the domain results are unspecified.</summary>
        public double DomainMin { get; init; } = double.NegativeInfinity;

        /// <summary>Largest input of the requested domain.</summary>
        public double DomainMax { get; init; } = double.PositiveInfinity;

        /// <summary>Whether the contract covers <paramref name="x"/>: every input, NaN included, when the domain is the whole type.</summary>
        public bool Covers(double x) =>
            double.IsNegativeInfinity(DomainMin) && double.IsPositiveInfinity(DomainMax) || (x >= DomainMin && x <= DomainMax);
    }
}
