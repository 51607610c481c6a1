using System.Linq;
using Xunit;

namespace NumericKernels.Kernels.Tests;

/// <summary>A narrower request must really get a cheaper entry: each selected entry is emitted as its own class.</summary>
public class SelectionTests
{
    private static readonly string[] EmittedEntries = typeof(SelectionTests).Assembly.GetTypes()
        .Where(t => t.Namespace == "NumericKernels.Generated")
        .Select(t => t.Name)
        .ToArray();

    [Theory]
    [InlineData("Exp_F32_U1_Short")]
    [InlineData("Exp_F32_U4")]
    [InlineData("Exp_F32_U1_Short_Bounded")]
    [InlineData("Exp_F32_Unit_Direct8")]
    [InlineData("Log_F32_U1")]
    [InlineData("Log_F32_U4")]
    [InlineData("Exp_F64_U1")]
    [InlineData("Exp2_F32_Evolved_0_1_U1")]
    [InlineData("Sin_F32_U1")]
    [InlineData("Sin_F32_U4")]
    [InlineData("Sin_F32_U1_Bounded")]
    [InlineData("Cos_F32_U1")]
    [InlineData("Cos_F32_U4")]
    [InlineData("Cos_F32_U1_Bounded")]
    public void EachContractSelectsItsCheapestCoveringEntry(string entryClass) =>
        Assert.Contains(entryClass, EmittedEntries);
}
