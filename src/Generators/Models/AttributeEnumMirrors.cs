namespace NumericKernels.Generators.Models
{
    // The generator reads attribute arguments as integers and never loads NumericKernels.Attributes, so it mirrors
    // the public enums it interprets (same order and values as src/Attributes).

    /// <summary>Mirror of NumericKernels.RoundingMode.</summary>
    internal enum RoundingModeId
    {
        ToNearestEven,
        ToNearestAway,
        TowardZero,
        TowardPositive,
        TowardNegative,
        Stochastic,
    }

    /// <summary>Mirror of NumericKernels.PolynomialScheme.</summary>
    internal enum PolynomialSchemeId
    {
        Auto,
        Horner,
        Estrin,
    }

    /// <summary>Mirror of NumericKernels.SpecialValues.</summary>
    internal enum SpecialValuesId
    {
        Ieee,
        FiniteOnly,
    }

    /// <summary>Mirror of NumericKernels.NumberFormat.</summary>
    internal enum NumberFormatId
    {
        Float64,
        Float32,
        Float16,
        BFloat16,
        Float8E4M3,
        Float8E5M2,
        Float6E3M2,
        Float6E2M3,
        Float4E2M1,
        Int8,
        Int4,
        ScaleE8M0,
        ScaleUE4M3,
    }

    /// <summary>Mirror of NumericKernels.OverflowMode.</summary>
    internal enum OverflowModeId
    {
        Saturate,
        NonFinite,
    }

    /// <summary>Mirror of NumericKernels.QuadratureRule.</summary>
    internal enum QuadratureRuleId
    {
        GaussLegendre,
        GaussKronrod,
        ClenshawCurtis,
        TanhSinh,
        Trapezoid,
        Simpson,
        Bayesian,
    }

    /// <summary>Mirror of NumericKernels.BayesKernel.</summary>
    internal enum BayesKernelId
    {
        Matern12,
        Matern32,
        Matern52,
        Matern72,
    }
}
