using System;

namespace NumericKernels.Search.Verification
{
    /// <summary>The emitted <c>Span(ReadOnlySpan&lt;T&gt; x, Span&lt;T&gt; y)</c> method (spans cannot be type arguments of Func).</summary>
    internal delegate void SpanKernel<T>(ReadOnlySpan<T> x, Span<T> y);
}
