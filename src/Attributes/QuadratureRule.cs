namespace NumericKernels
{
    /// <summary>Numerical integration rules for <see cref="QuadratureAttribute"/>.</summary>
    public enum QuadratureRule
    {
        /// <summary>Gauss-Legendre: n nodes, exact for polynomials of degree 2n - 1.</summary>
        GaussLegendre,
        /// <summary>Gauss-Kronrod: a Gauss rule extended with n + 1 nodes, giving an error estimate; adaptive.</summary>
        GaussKronrod,
        /// <summary>Clenshaw-Curtis: Chebyshev extreme points with weights from the cosine transform.</summary>
        ClenshawCurtis,
        /// <summary>tanh-sinh (double exponential): robust for endpoint singularities.</summary>
        TanhSinh,
        /// <summary>Composite trapezoid rule on equally spaced samples.</summary>
        Trapezoid,
        /// <summary>Composite Simpson rule on equally spaced samples.</summary>
        Simpson,
        /// <summary>Bayesian quadrature: the posterior mean of the integral under a Gaussian process prior.</summary>
        Bayesian,
    }
}
