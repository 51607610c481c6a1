using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Planning;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    public class PolynomialPlanningTests
    {
        [Theory]
        [InlineData(0, "Horner")]
        [InlineData(1, "Horner")]
        [InlineData(3, "Horner")]
        [InlineData(4, "Horner")] // tie: 4 FMAs either way, Horner wins
        [InlineData(5, "Estrin")]
        [InlineData(12, "Estrin")]
        public void Auto_picks_the_shorter_chain_with_ties_to_Horner(int degree, string expected)
            => Assert.Equal(expected, PolynomialSchemeChooser.Choose(PolynomialSchemeId.Auto, degree).ToString());

        [Fact]
        public void Explicit_schemes_are_kept()
        {
            Assert.Equal(PolynomialSchemeId.Estrin, PolynomialSchemeChooser.Choose(PolynomialSchemeId.Estrin, 2));
            Assert.Equal(PolynomialSchemeId.Horner, PolynomialSchemeChooser.Choose(PolynomialSchemeId.Horner, 20));
        }

        [Theory]
        [InlineData(1, 1)]
        [InlineData(2, 2)]
        [InlineData(3, 2)]
        [InlineData(4, 3)]
        [InlineData(7, 3)]
        [InlineData(8, 4)]
        public void Estrin_levels_are_ceil_log2_of_the_term_count(int degree, int levels)
            => Assert.Equal(levels, PolynomialSchemeChooser.EstrinLevels(degree));

        [Theory]
        [InlineData(1.0, "0x1p+0")]
        [InlineData(-0.0, "-0x0p+0")]
        [InlineData(0.1, "0x1.999999999999ap-4")]
        [InlineData(double.Epsilon, "0x0.0000000000001p-1022")]
        [InlineData(-1.5e300, "-0x1.1eb2d66005835p+997")]
        public void Double_hex_floats_are_exact(double value, string expected)
            => Assert.Equal(expected, HexFloatFormatter.Format(value)); // expected values from Python's float.hex

        [Theory]
        [InlineData(1.0f, "0x1p+0")]
        [InlineData(0.1f, "0x1.99999ap-4")]
        [InlineData(float.Epsilon, "0x0.000002p-126")]
        [InlineData(-3.0f, "-0x1.8p+1")]
        public void Float_hex_floats_are_exact(float value, string expected)
            => Assert.Equal(expected, HexFloatFormatter.Format(value));

        [Theory]
        [InlineData(0.1, "0.100000001f")]
        [InlineData(-0.0, "-0.0f")]
        [InlineData(1e-45, "1.40129846E-45f")]
        public void Float_literals_have_nine_significant_digits_a_real_form_and_a_suffix(double value, string expected)
            => Assert.Equal(expected, NumberLiterals.Literal(value, Catalog.ElementKind.Float32));
    }
}
