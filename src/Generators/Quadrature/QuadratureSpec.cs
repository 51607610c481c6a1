using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Quadrature
{
    /// <summary>The signature a [Quadrature] method has.</summary>
    internal enum QuadratureShape
    {
        /// <summary><c>T I(T a, T b)</c>: one interval, a fixed rule.</summary>
        Fixed,
        /// <summary><c>QuadratureResult I(T a, T b)</c>: one interval, adaptive, with an error estimate.</summary>
        Adaptive,
        /// <summary><c>void I(ReadOnlySpan&lt;T&gt; a, ReadOnlySpan&lt;T&gt; b, Span&lt;T&gt; result)</c>: a batch of intervals.</summary>
        Batch,
        /// <summary><c>T I(ReadOnlySpan&lt;T&gt; samples, T step)</c> or, Bayesian, <c>(samples, interval)</c>.</summary>
        Sampled,
        /// <summary>Bayesian <c>T I(ReadOnlySpan&lt;T&gt; samples, T interval, out T variance)</c>.</summary>
        SampledWithVariance,
    }

    /// <summary>Which vector overloads of the integrand exist (flags), so nodes or intervals can be evaluated in SIMD.</summary>
    [System.Flags]
    internal enum VectorOverloads
    {
        None = 0,
        Vector128 = 1,
        Vector256 = 2,
        Vector512 = 4,
    }

    /// <summary>
    /// A [Quadrature] method as parsed: where it goes, the rule and its size, the element type, the shape with its
    /// parameter names, the integrand (a static method of the containing type) with the vector overloads it has, and for
    /// adaptive rules the tolerances and the subdivision limit; for Bayesian quadrature the kernel and its length scale.
    /// </summary>
    internal sealed record QuadratureRequest(
        MethodFrame Frame,
        QuadratureRuleId Rule,
        int Points,
        ElementKind Element,
        QuadratureShape Shape,
        EquatableArray<string> ParameterNames,
        string? Integrand,
        VectorOverloads Overloads,
        double AbsoluteTolerance = 0,
        double RelativeTolerance = 0,
        int MaxSubdivisions = 0,
        BayesKernelId Kernel = BayesKernelId.Matern12,
        double LengthScale = 0)
    {
        public string HintName => Frame.HintName(Shape + "_" + Element);

        public QuadratureSupport Support => new QuadratureSupport(Element);

        public bool HasOverload(int bits) => (Overloads & OverloadOf(bits)) != 0;

        public static VectorOverloads OverloadOf(int bits) => bits switch
        {
            128 => VectorOverloads.Vector128,
            256 => VectorOverloads.Vector256,
            512 => VectorOverloads.Vector512,
            _ => VectorOverloads.None,
        };
    }

    /// <summary>A planned [Quadrature] method: the request and its rule on [-1, 1], each node and weight rounded once to the element type.</summary>
    /// <param name="Request">The parsed method.</param>
    /// <param name="Nodes">The nodes on [-1, 1], ascending, rounded to the element type (tanh-sinh: the complements 1 - x at
    /// t = k 2^-levels; Bayesian: none).</param>
    /// <param name="Weights">Their weights (the Kronrod weights for Gauss-Kronrod).</param>
    /// <param name="GaussWeights">For Gauss-Kronrod: the embedded Gauss rule's weights at the Kronrod nodes (0 where no
    /// Gauss node is); empty for other rules.</param>
    /// <param name="Variance">For Bayesian quadrature: the posterior variance of the integral over [0, 1] (unit kernel amplitude), rounded to the element type.</param>
    internal sealed record QuadratureSpec(QuadratureRequest Request, EquatableArray<double> Nodes, EquatableArray<double> Weights, EquatableArray<double> GaussWeights = default, double Variance = 0)
    {
        public QuadratureSupport Support => Request.Support;
    }

    /// <summary>
    /// The shared class generated quadrature methods call for their arithmetic (fused multiply-add on every path), one
    /// per element type.
    /// </summary>
    internal sealed record QuadratureSupport(ElementKind Element)
    {
        public string ClassName => "QuadratureMath_" + Element;

        public string QualifiedClassName => "global::NumericKernels.Generated." + ClassName;

        public string HintName => "NumericKernels.Generated." + ClassName + ".g.cs";
    }
}
