using BenchmarkDotNet.Running;

namespace NumericKernels.Benchmarks.Generator;

/// <summary><c>dotnet run -c Release --project benchmarks/NumericKernels.Benchmarks.Generator -- --filter '*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--steps"])
        {
            StepTimes.Print();
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
