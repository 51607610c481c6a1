using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using NumericKernels.Generators.Parsing;
using Xunit;

namespace NumericKernels.Attributes.Tests;

/// <summary>The attributes as DESIGN.md states them, and as the generator (which never loads them) reads them.</summary>
public class AttributeContractTests
{
    private static readonly Assembly s_attributes = typeof(ApproximateAttribute).Assembly;

    [Fact]
    public void Every_name_the_generator_looks_for_is_a_sealed_method_only_attribute_here()
    {
        Assert.Equal(5, KernelAttributeNames.KernelAttributes.Length);
        foreach (string name in KernelAttributeNames.KernelAttributes)
        {
            Type? type = s_attributes.GetType(name);
            Assert.True(type is not null, name + " is not in NumericKernels.Attributes");
            Assert.True(type!.IsSealed && typeof(Attribute).IsAssignableFrom(type), name);
            AttributeUsageAttribute usage = type.GetCustomAttribute<AttributeUsageAttribute>()!;
            Assert.Equal(AttributeTargets.Method, usage.ValidOn);
            Assert.False(usage.AllowMultiple);
            Assert.False(usage.Inherited);
        }
    }

    [Fact]
    public void Every_named_argument_the_generator_reads_is_a_settable_property_of_a_kernel_attribute()
    {
        // The parsers read named arguments by their property names as string literals; a renamed property would be
        // ignored silently, so each literal must name a public settable property of a kernel attribute or CatalogEntry.
        string parsing = Path.Combine(RepositoryRoot(), "src", "Generators");
        var names = Directory.GetFiles(parsing, "*Parser*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Regex.Matches(File.ReadAllText(file), "arguments\\.(?:Named|NamedLocation|Double|Int32|Boolean|String|Strings)\\(\"([A-Za-z]+)\"").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        Assert.True(names.Count >= 15, "found only " + names.Count + " named arguments: " + string.Join(", ", names));
        var properties = KernelAttributeNames.KernelAttributes.Append(KernelAttributeNames.CatalogEntry)
            .Select(name => s_attributes.GetType(name)!)
            .SelectMany(type => type.GetProperties())
            .Where(property => property.SetMethod is { IsPublic: true })
            .Select(property => property.Name)
            .ToHashSet();
        string[] unknown = names.Where(name => !properties.Contains(name)).ToArray();
        Assert.True(unknown.Length == 0, "read by the generator but not a property: " + string.Join(", ", unknown));
    }

    [Fact]
    public void CatalogEntry_is_an_assembly_attribute_that_may_repeat()
    {
        Type type = s_attributes.GetType(KernelAttributeNames.CatalogEntry)!;
        AttributeUsageAttribute usage = type.GetCustomAttribute<AttributeUsageAttribute>()!;
        Assert.Equal(AttributeTargets.Assembly, usage.ValidOn);
        Assert.True(usage.AllowMultiple);
        var entry = new CatalogEntryAttribute("my.exp", MathFunction.Exp, NumberFormat.Float32, "DirectPolynomial");
        Assert.Equal((double.NegativeInfinity, double.PositiveInfinity, SpecialValues.Ieee, PolynomialScheme.Auto), (entry.DomainMin, entry.DomainMax, entry.SpecialValues, entry.Scheme));
        Assert.True(double.IsNaN(entry.VerifiedMaxUlp));
    }

    [Fact]
    public void Approximate_defaults_are_the_documented_contract()
    {
        var attribute = new ApproximateAttribute(MathFunction.Exp);
        Assert.Equal(1.0, attribute.MaxUlp);
        Assert.False(attribute.CorrectlyRounded);
        Assert.Equal(RoundingMode.ToNearestEven, attribute.Rounding);
        Assert.Equal(double.NegativeInfinity, attribute.DomainMin);
        Assert.Equal(double.PositiveInfinity, attribute.DomainMax);
        Assert.Equal(SpecialValues.Ieee, attribute.SpecialValues);
        Assert.Null(attribute.Variant);
    }

    [Fact]
    public void Quantize_and_dequantize_defaults_are_nearest_even_saturating_per_element_with_E8M0_scales()
    {
        var quantize = new QuantizeAttribute(NumberFormat.Float8E4M3);
        var dequantize = new DequantizeAttribute(NumberFormat.Float8E4M3);
        Assert.Equal((RoundingMode.ToNearestEven, OverflowMode.Saturate, 0, NumberFormat.ScaleE8M0), (quantize.Rounding, quantize.Overflow, quantize.BlockSize, quantize.Scale));
        Assert.Equal((RoundingMode.ToNearestEven, OverflowMode.Saturate, 0, NumberFormat.ScaleE8M0), (dequantize.Rounding, dequantize.Overflow, dequantize.BlockSize, dequantize.Scale));
    }

    [Fact]
    public void Polynomial_keeps_its_coefficients_in_ascending_order()
    {
        var polynomial = new PolynomialAttribute(1.0, 0.5, 0.25);
        Assert.Equal(new[] { 1.0, 0.5, 0.25 }, polynomial.Coefficients);
        Assert.Equal(PolynomialScheme.Auto, polynomial.Scheme);
    }

    [Fact]
    public void The_attributes_assembly_holds_no_logic_and_depends_on_netstandard_only()
    {
        Assert.Equal(new[] { "netstandard" }, s_attributes.GetReferencedAssemblies().Select(a => a.Name).ToArray());
        Assert.All(s_attributes.GetExportedTypes(), type => Assert.True(type.IsEnum || typeof(Attribute).IsAssignableFrom(type), type.FullName));
    }

    private static string RepositoryRoot([CallerFilePath] string thisFile = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", ".."));
}
