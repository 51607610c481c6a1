namespace NumericKernels.Generators.Models
{
    /// <summary>The signatures a kernel method may have (T is float or double).</summary>
    internal enum KernelShape
    {
        /// <summary>T F(T x).</summary>
        Scalar,
        /// <summary>Vector128&lt;T&gt; F(Vector128&lt;T&gt; x).</summary>
        Vector128,
        /// <summary>Vector256&lt;T&gt; F(Vector256&lt;T&gt; x).</summary>
        Vector256,
        /// <summary>Vector512&lt;T&gt; F(Vector512&lt;T&gt; x).</summary>
        Vector512,
        /// <summary>void F(ReadOnlySpan&lt;T&gt; x, Span&lt;TOut&gt; y).</summary>
        Span,
    }

    /// <summary>Element type written by the span shape.</summary>
    internal enum SpanOutputKind
    {
        /// <summary>The input element type.</summary>
        SameAsInput,
        /// <summary>System.Half, from float input.</summary>
        Half,
        /// <summary>NumericKernels.BFloat16, from float input.</summary>
        BFloat16,
    }
}
