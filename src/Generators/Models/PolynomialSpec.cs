using System;

namespace NumericKernels.Generators.Models
{
    /// <summary>A parsed [Polynomial] method: the method to write, its coefficients and the scheme chosen.</summary>
    /// <param name="Target">The method to implement.</param>
    /// <param name="Coefficients">Coefficients in ascending order of power, as written (double); at least one, all finite.</param>
    /// <param name="RequestedScheme">The scheme the user asked for (possibly Auto).</param>
    /// <param name="Scheme">The scheme used: Horner or Estrin, never Auto.</param>
    internal sealed record PolynomialSpec(
        MethodTarget Target,
        EquatableArray<Coefficient> Coefficients,
        PolynomialSchemeId RequestedScheme,
        PolynomialSchemeId Scheme)
    {
        public int Degree => Coefficients.Count - 1;
    }

    /// <summary>
    /// A coefficient compared by its bits: double equality says 0.0 == -0.0, and a model that cannot see that edit would
    /// keep stale generated code.
    /// </summary>
    internal readonly record struct Coefficient(long Bits)
    {
        public double Value => BitConverter.Int64BitsToDouble(Bits);

        public static Coefficient From(double value) => new Coefficient(BitConverter.DoubleToInt64Bits(value));
    }
}
