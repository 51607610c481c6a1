using System;

namespace NumericKernels
{
    /// <summary>
    /// Asks the generator for a kernel evaluating the polynomial c0 + c1·x + c2·x<sup>2</sup> + ... with the given
    /// coefficients (ascending order), in the same shapes as <see cref="ApproximateAttribute"/>.
    /// </summary>
    /// <remarks>
    /// Coefficients are rounded once to the element type (float or double). With <see cref="PolynomialScheme.Horner"/>
    /// every path equals, bit for bit, a scalar Horner evaluation with one fused multiply-add per coefficient.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class PolynomialAttribute : Attribute
    {
        /// <summary>Creates the request; <paramref name="coefficients"/>[i] multiplies x<sup>i</sup>.</summary>
        public PolynomialAttribute(params double[] coefficients) => Coefficients = coefficients;

        /// <summary>The coefficients in ascending order of power.</summary>
        public double[] Coefficients { get; }

        /// <summary>Evaluation scheme. Default <see cref="PolynomialScheme.Auto"/>.</summary>
        public PolynomialScheme Scheme { get; set; } = PolynomialScheme.Auto;
    }
}
