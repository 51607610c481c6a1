namespace NumericKernels
{
    /// <summary>The elementary functions an <see cref="ApproximateAttribute"/> kernel can compute.</summary>
    public enum MathFunction
    {
        /// <summary>e<sup>x</sup>.</summary>
        Exp,
        /// <summary>2<sup>x</sup>.</summary>
        Exp2,
        /// <summary>10<sup>x</sup>.</summary>
        Exp10,
        /// <summary>e<sup>x</sup> - 1, accurate near zero.</summary>
        ExpM1,
        /// <summary>Natural logarithm.</summary>
        Log,
        /// <summary>Base-2 logarithm.</summary>
        Log2,
        /// <summary>Base-10 logarithm.</summary>
        Log10,
        /// <summary>ln(1 + x), accurate near zero.</summary>
        Log1P,
        /// <summary>Sine of an angle in radians.</summary>
        Sin,
        /// <summary>Cosine of an angle in radians.</summary>
        Cos,
        /// <summary>Tangent of an angle in radians.</summary>
        Tan,
        /// <summary>Arcsine, in radians.</summary>
        Asin,
        /// <summary>Arccosine, in radians.</summary>
        Acos,
        /// <summary>Arctangent, in radians.</summary>
        Atan,
        /// <summary>Hyperbolic sine.</summary>
        Sinh,
        /// <summary>Hyperbolic cosine.</summary>
        Cosh,
        /// <summary>Hyperbolic tangent.</summary>
        Tanh,
        /// <summary>Error function.</summary>
        Erf,
        /// <summary>Complementary error function, 1 - erf(x), accurate for large x.</summary>
        Erfc,
        /// <summary>Logistic sigmoid 1 / (1 + e<sup>-x</sup>).</summary>
        Sigmoid,
        /// <summary>Cube root.</summary>
        Cbrt,
        /// <summary>1 / sqrt(x).</summary>
        ReciprocalSqrt,
    }
}
