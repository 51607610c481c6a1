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
}
