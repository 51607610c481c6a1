namespace NumericKernels
{
    /// <summary>Covariance kernels for <see cref="QuadratureRule.Bayesian"/>: Matérn with half-integer smoothness.</summary>
    public enum BayesKernel
    {
        /// <summary>Matérn ν = 1/2 (exponential kernel).</summary>
        Matern12,
        /// <summary>Matérn ν = 3/2.</summary>
        Matern32,
        /// <summary>Matérn ν = 5/2.</summary>
        Matern52,
        /// <summary>Matérn ν = 7/2.</summary>
        Matern72,
    }
}
