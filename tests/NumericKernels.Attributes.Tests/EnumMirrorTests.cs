using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Models;
using Xunit;

namespace NumericKernels.Attributes.Tests;

/// <summary>
/// The generator never loads this assembly: it reads attribute arguments as integers and interprets them through its
/// own mirrors of the public enums. A member added, removed or reordered on one side only would silently turn one
/// request into another, so every mirror must have the public enum's names at the public enum's values.
/// </summary>
public class EnumMirrorTests
{
    public static IEnumerable<object[]> Mirrors() => new[]
    {
        new object[] { typeof(MathFunction), typeof(MathFunctionId) },
        new object[] { typeof(RoundingMode), typeof(RoundingModeId) },
        new object[] { typeof(SpecialValues), typeof(SpecialValuesId) },
        new object[] { typeof(PolynomialScheme), typeof(PolynomialSchemeId) },
        new object[] { typeof(NumberFormat), typeof(NumberFormatId) },
        new object[] { typeof(OverflowMode), typeof(OverflowModeId) },
        new object[] { typeof(QuadratureRule), typeof(QuadratureRuleId) },
        new object[] { typeof(BayesKernel), typeof(BayesKernelId) },
    };

    [Theory]
    [MemberData(nameof(Mirrors))]
    public void Mirror_has_the_public_enums_names_at_its_values(Type publicEnum, Type mirror)
    {
        Assert.Equal(Members(publicEnum), Members(mirror));
    }

    [Fact]
    public void Every_public_enum_of_the_attributes_assembly_has_a_mirror()
    {
        var mirrored = Mirrors().Select(pair => (Type)pair[0]).ToHashSet();
        var enums = typeof(ApproximateAttribute).Assembly.GetExportedTypes().Where(type => type.IsEnum);
        Assert.All(enums, type => Assert.Contains(type, mirrored));
    }

    private static string[] Members(Type enumType)
        => Enum.GetValues(enumType).Cast<object>()
            .Select(value => Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) + "=" + Enum.GetName(enumType, value))
            .ToArray();
}
