using System;

namespace NumericKernels
{
    /// <summary>
    /// Asks the generator for a kernel converting packed <see cref="Element"/> codes (and block scales) back to float.
    /// Mirrors the shapes of <see cref="QuantizeAttribute"/> with inputs and outputs swapped.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class DequantizeAttribute : Attribute
    {
        /// <summary>Creates the request for the element format <paramref name="element"/>.</summary>
        public DequantizeAttribute(NumberFormat element) => Element = element;

        /// <summary>The element format.</summary>
        public NumberFormat Element { get; }

        /// <summary>Rounding used when the float result is narrower than the decoded value (it never is for float32).</summary>
        public RoundingMode Rounding { get; set; } = RoundingMode.ToNearestEven;

        /// <summary>Elements per shared scale: 0 for none, 32 for OCP MX, 16 for NVFP4.</summary>
        public int BlockSize { get; set; }

        /// <summary>Format of the block scale. Default <see cref="NumberFormat.ScaleE8M0"/>.</summary>
        public NumberFormat Scale { get; set; } = NumberFormat.ScaleE8M0;

        /// <summary>Overflow handling; kept for symmetry with <see cref="QuantizeAttribute"/>.</summary>
        public OverflowMode Overflow { get; set; } = OverflowMode.Saturate;
    }
}
