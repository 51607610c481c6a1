using System.Linq;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests;

/// <summary>Every kernel method gets its own generated file, even when type names look alike once flattened.</summary>
public class HintNameTests
{
    [Fact]
    public void GenericTypeAndLookalikeNamedTypeBothGetTheirKernels()
    {
        const string source = """
            using System;
            using NumericKernels;
            namespace Demo
            {
                public static partial class A<T, U>
                {
                    [Polynomial(1.0, 2.0)] public static partial float P(float x);
                }
                public static partial class A_T_U
                {
                    [Polynomial(1.0, 2.0)] public static partial float P(float x);
                }
            }
            """;
        GeneratorRun run = GeneratorHarness.Run(source);
        Assert.Empty(run.CompilationProblems);
        Assert.Equal(run.Sources.Count(), run.Sources.Select(s => s.HintName).Distinct().Count());
        Assert.Equal(2, run.Sources.Count(s => s.HintName.Contains(".P_")));
    }
}
