using System;

namespace NumericKernels
{
    /// <summary>
    /// Asks the generator for a kernel computing <see cref="Function"/> within <see cref="MaxUlp"/> units in the last
    /// place of the output format, over [<see cref="DomainMin"/>, <see cref="DomainMax"/>].
    /// </summary>
    /// <remarks>
    /// <para>Put it on a <c>static partial</c> method of one of these shapes (T is <see cref="float"/> or <see cref="double"/>):
    /// <c>T F(T x)</c>; <c>Vector128&lt;T&gt; F(Vector128&lt;T&gt; x)</c> (also 256 and 512);
    /// <c>void F(ReadOnlySpan&lt;T&gt; x, Span&lt;TOut&gt; y)</c>, where TOut is T or, for float input, Half or BFloat16.</para>
    /// <para>The generator picks the cheapest catalog entry whose verified contract covers the request and reports a
    /// diagnostic naming the <c>nk-search</c> command that would produce one when none does. Error is measured against
    /// the exact real value. All paths (scalar, Vector128/256/512) give bit-identical results.</para>
    /// <para>The span form throws <see cref="ArgumentException"/> when y is shorter than x, allows x and y to be the same
    /// memory (in place), and picks the widest hardware-accelerated vector width at run time.</para>
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class ApproximateAttribute : Attribute
    {
        /// <summary>Creates the request for <paramref name="function"/>.</summary>
        public ApproximateAttribute(MathFunction function) => Function = function;

        /// <summary>The function to compute.</summary>
        public MathFunction Function { get; }

        /// <summary>Largest error allowed, in units in the last place of the output format. Default 1.</summary>
        public double MaxUlp { get; set; } = 1.0;

        /// <summary>Require the result to equal the exact value rounded in <see cref="Rounding"/>.</summary>
        public bool CorrectlyRounded { get; set; }

        /// <summary>
        /// Rounding direction. A directed mode also requires the result never to lie on the wrong side of the exact
        /// value.
        /// </summary>
        public RoundingMode Rounding { get; set; } = RoundingMode.ToNearestEven;

        /// <summary>Smallest input the bound must hold for. Default: the whole input type.</summary>
        public double DomainMin { get; set; } = double.NegativeInfinity;

        /// <summary>Largest input the bound must hold for. Default: the whole input type.</summary>
        public double DomainMax { get; set; } = double.PositiveInfinity;

        /// <summary>Whether NaN, infinities, zeros and subnormals must behave as IEEE 754 says.</summary>
        public SpecialValues SpecialValues { get; set; } = SpecialValues.Ieee;

        /// <summary>Pins a catalog entry by id, bypassing the cheapest-entry choice. Its contract must still cover the request.</summary>
        public string? Variant { get; set; }
    }
}
