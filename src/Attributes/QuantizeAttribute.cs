using System;

namespace NumericKernels
{
    /// <summary>
    /// Asks the generator for a kernel converting float values to the low-precision <see cref="Element"/> format, with
    /// optional block scales (OCP Microscaling Formats v1.0, NVFP4), into packed storage.
    /// </summary>
    /// <remarks>
    /// <para>Shapes: <c>void Q(ReadOnlySpan&lt;float&gt; x, Span&lt;byte&gt; codes)</c>; with blocks
    /// <c>void Q(ReadOnlySpan&lt;float&gt; x, Span&lt;byte&gt; codes, Span&lt;byte&gt; scales)</c>; typed outputs
    /// <c>Span&lt;Half&gt;</c>, <c>Span&lt;BFloat16&gt;</c>, <c>Span&lt;sbyte&gt;</c> where they fit. Stochastic rounding adds a
    /// trailing <c>ulong seed</c> and optionally <c>long offset</c>, the stream index of x[0].</para>
    /// <para>Packing: 8-bit formats one code per byte; 4-bit formats two per byte, element 2i in the low nibble; 6-bit
    /// formats four elements in three bytes, little-endian bit order. A last partial block is allowed.</para>
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class QuantizeAttribute : Attribute
    {
        /// <summary>Creates the request for the element format <paramref name="element"/>.</summary>
        public QuantizeAttribute(NumberFormat element) => Element = element;

        /// <summary>The element format.</summary>
        public NumberFormat Element { get; }

        /// <summary>Rounding of elements. Default round to nearest, ties to even.</summary>
        public RoundingMode Rounding { get; set; } = RoundingMode.ToNearestEven;

        /// <summary>Elements per shared scale: 0 for none, 32 for OCP MX, 16 for NVFP4.</summary>
        public int BlockSize { get; set; }

        /// <summary>Format of the block scale. Default <see cref="NumberFormat.ScaleE8M0"/>.</summary>
        public NumberFormat Scale { get; set; } = NumberFormat.ScaleE8M0;

        /// <summary>What happens to finite values beyond the format's range. Default saturate.</summary>
        public OverflowMode Overflow { get; set; } = OverflowMode.Saturate;
    }
}
