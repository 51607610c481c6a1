using System;
using System.Linq;
using System.Runtime.Intrinsics;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests;

/// <summary>The sin/cos program: float fast paths, the double Payne-Hanek reduction only where it is needed.</summary>
public class TrigProgramEmitterTests
{
    private static CatalogEntry Entry(string id) => KernelCatalog.Entries.Single(e => e.Id == id);

    private static string Method(string source, string signatureStart)
    {
        int start = source.IndexOf(signatureStart, StringComparison.Ordinal);
        Assert.True(start >= 0, "missing " + signatureStart);
        // The body ends at the brace that closes the first one opened after the signature.
        int depth = 0;
        for (int i = source.IndexOf('{', start); i < source.Length; i++)
        {
            if (source[i] == '{') depth++;
            else if (source[i] == '}' && --depth == 0) return source.Substring(start, i + 1 - start);
        }
        throw new InvalidOperationException("unbalanced braces after " + signatureStart);
    }

    [Theory]
    [InlineData("sin.f32.u1")]
    [InlineData("cos.f32.u1")]
    public void FastPathsStayInFloatAndOnlyTheSpecialPathWidensToDouble(string id)
    {
        string source = EntryEmitter.Emit(Entry(id));
        foreach (string path in new[] { "Scalar", "V128", "V256", "V512" })
        {
            // The definitions, not the calls: the parameter list follows the name.
            string parameter = path == "Scalar" ? "(float x)" : "(global::System.Runtime.Intrinsics.Vector";
            string fast = Method(source, path + "Fast" + parameter);
            Assert.DoesNotContain("double", fast, StringComparison.Ordinal);
            Assert.Contains("MulAdd(", fast, StringComparison.Ordinal);
            Assert.Contains("TwoOverPiChunk9", Method(source, path + "Special" + parameter), StringComparison.Ordinal);
        }
        Assert.Contains("WidenLower", Method(source, "V512Special(global::"), StringComparison.Ordinal);
        Assert.Contains("Narrow", Method(source, "V512Special(global::"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sin.f32.u1.bounded")]
    [InlineData("cos.f32.u1.bounded")]
    public void BoundedEntriesHaveNoRangeCheckNoSpecialPathAndNoDouble(string id)
    {
        string source = EntryEmitter.Emit(Entry(id));
        Assert.DoesNotContain("Special", source, StringComparison.Ordinal);
        Assert.DoesNotContain("FastLimit", source, StringComparison.Ordinal);
        Assert.DoesNotContain("double", source.Substring(source.IndexOf("internal static class", StringComparison.Ordinal)).Replace("private static double MulAdd", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    /// <summary>The emitted text compiles alone and its paths agree on a vector mixing fast and special lanes.</summary>
    [Theory]
    [InlineData("sin.f32.u1")]
    [InlineData("cos.f32.u1")]
    public void EmittedClassCompilesAndItsPathsAgreeOnMixedLanes(string id)
    {
        CatalogEntry entry = Entry(id);
        var assembly = InMemoryAssembly.Load(GeneratorHarness.CreateCompilation(EntryEmitter.Emit(entry)));
        string type = "NumericKernels.Generated." + EntryEmitter.ClassName(entry);
        var scalar = InMemoryAssembly.Function<float, float>(assembly, type, "Scalar");
        var v512 = InMemoryAssembly.Function<Vector512<float>, Vector512<float>>(assembly, type, "V512");
        float[] x = { 0.5f, 1e30f, -3f, float.PositiveInfinity, 9.424778f, float.NaN, -0f, 3e38f, 1e-40f, 262144f, 262144.03f, -7e5f, 2f, 1e10f, 0.78539819f, -1f };
        Vector512<float> y = v512(Vector512.Create(x));
        for (int i = 0; i < x.Length; i++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(scalar(x[i])), BitConverter.SingleToInt32Bits(y[i]));
        }
        Assert.True(float.IsNaN(scalar(float.NegativeInfinity)));
        Assert.Equal(entry.Function == MathFunctionId.Sin ? BitConverter.SingleToInt32Bits(-0f) : BitConverter.SingleToInt32Bits(1f), BitConverter.SingleToInt32Bits(scalar(-0f)));
    }

    /// <summary>Widen, Narrow and Floor on every vector width exist on .NET 8 too: the kernels compile for both targets.</summary>
    [Theory]
    [InlineData(TargetFramework.Net80)]
    [InlineData(TargetFramework.Net100)]
    public void SinAndCosOfEveryShapeCompileCleanly(TargetFramework framework)
    {
        string shapes = string.Concat(new[] { "Sin", "Cos" }.Select(f => $$"""
                [Approximate(MathFunction.{{f}})] public static partial float {{f}}(float x);
                [Approximate(MathFunction.{{f}})] public static partial Vector128<float> {{f}}(Vector128<float> x);
                [Approximate(MathFunction.{{f}})] public static partial Vector256<float> {{f}}(Vector256<float> x);
                [Approximate(MathFunction.{{f}})] public static partial Vector512<float> {{f}}(Vector512<float> x);
                [Approximate(MathFunction.{{f}})] public static partial void {{f}}(ReadOnlySpan<float> x, Span<float> y);
                [Approximate(MathFunction.{{f}}, DomainMin = -1000, DomainMax = 1000)] public static partial void {{f}}Bounded(ReadOnlySpan<float> x, Span<float> y);

            """));
        GeneratorRun run = GeneratorHarness.Run(KernelSources.InKernelsClass(shapes), framework);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.DriverDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(4, run.Sources.Count(source => source.HintName.StartsWith("NumericKernels.Catalog.", StringComparison.Ordinal)));
    }
}
