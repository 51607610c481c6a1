using System;

namespace NumericKernels
{
    /// <summary>
    /// Asks the generator for an integration kernel whose nodes and weights are computed at compile time in extended
    /// precision.
    /// </summary>
    /// <remarks>
    /// <para>Integrand rules (<see cref="Integrand"/> names a static method of the containing type):
    /// <c>double I(double a, double b)</c> (fixed rule); <c>QuadratureResult I(double a, double b)</c> (adaptive);
    /// <c>void I(ReadOnlySpan&lt;double&gt; a, ReadOnlySpan&lt;double&gt; b, Span&lt;double&gt; result)</c> (a batch).
    /// float versions too.</para>
    /// <para>Sampled rules: <c>double I(ReadOnlySpan&lt;double&gt; samples, double step)</c> (Trapezoid, Simpson) and, for
    /// Bayesian with fixed <see cref="Points"/>, <c>double I(ReadOnlySpan&lt;double&gt; samples, double interval)</c> with an
    /// optional <c>out double variance</c>.</para>
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class QuadratureAttribute : Attribute
    {
        /// <summary>Creates the request for <paramref name="rule"/>.</summary>
        public QuadratureAttribute(QuadratureRule rule) => Rule = rule;

        /// <summary>The rule.</summary>
        public QuadratureRule Rule { get; }

        /// <summary>Number of nodes (fixed rules) or samples (Bayesian).</summary>
        public int Points { get; set; }

        /// <summary>nameof a static method of the containing type: the integrand.</summary>
        public string? Integrand { get; set; }

        /// <summary>Absolute error target of adaptive rules.</summary>
        public double AbsoluteTolerance { get; set; }

        /// <summary>Relative error target of adaptive rules.</summary>
        public double RelativeTolerance { get; set; }

        /// <summary>
        /// Most interval subdivisions an adaptive rule may make: for <see cref="QuadratureRule.GaussKronrod"/> the most
        /// intervals in use (default 100, at most 65,536); for <see cref="QuadratureRule.TanhSinh"/> the most halvings of
        /// its step (default and at most 8, a step of 2^-8).
        /// </summary>
        public int MaxSubdivisions { get; set; }

        /// <summary>Covariance kernel for <see cref="QuadratureRule.Bayesian"/> (default <see cref="BayesKernel.Matern12"/>).</summary>
        public BayesKernel Kernel { get; set; }

        /// <summary>
        /// Kernel length scale for <see cref="QuadratureRule.Bayesian"/>, relative to the interval length (default 0.5, at
        /// most 100, and no longer than the weights can be computed for correctly rounded with the kernel and sample count:
        /// the generator says so when it is).
        /// </summary>
        public double LengthScale { get; set; }
    }
}
