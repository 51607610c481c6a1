using System;
using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using NumericKernels.Samples;
using NumericKernels.Samples.PathCheck;
using NumericKernels.Samples.PathCheck.Kernels;

// PathCheck [--random N]
// Prints the runtime facts, then per kernel a "hash" line (outputs for inputs inside the requested domain), which
// scripts/check-paths.sh compares between runs, and informational "nan-canonical-hash" and "outside-domain-hash" lines.
// Exits 1 when any shape disagrees with the scalar path on any input, inside the domain or not.
const int DefaultRandomCount = 1 << 20;
int randomCount = ParseRandomCount(args, DefaultRandomCount);

foreach (string fact in RuntimeFacts.Describe())
{
    Console.WriteLine(fact);
}

float[] floatInputs = Float32InputSet.Create(randomCount);
double[] doubleInputs = Float64InputSet.Create(randomCount);
Console.WriteLine($"inputs      float32 {floatInputs.Length}, float64 {doubleInputs.Length} ({randomCount} pseudo-random each, fixed seed)");
if (KernelRegistry.Float64.Count == 0)
{
    Console.WriteLine("note        float64 kernels not built (Float64Kernels=false)");
}
Console.WriteLine("shapes      scalar, Vector128, Vector256, Vector512, span, span in place, span in short pieces");

int failures = 0;
foreach (KernelPaths<float> kernel in KernelRegistry.Float32)
{
    failures += Report(kernel, floatInputs);
}
foreach (KernelPaths<double> kernel in KernelRegistry.Float64)
{
    failures += Report(kernel, doubleInputs);
}

foreach (QuantizePaths kernel in QuantizeKernels.Quantizers)
{
    var (hash, disagreements) = QuantizeAgreement.Check(kernel, floatInputs);
    Console.WriteLine($"kernel      {kernel.Name}: whole and in pieces {(disagreements == 0 ? "agree" : $"DISAGREE on {disagreements} bytes")}");
    Console.WriteLine($"hash {kernel.Name} entry=quantization {hash}");
    failures += disagreements == 0 ? 0 : 1;
}
foreach (DequantizePaths kernel in QuantizeKernels.Dequantizers)
{
    var (hash, disagreements) = QuantizeAgreement.Check(kernel);
    Console.WriteLine($"kernel      {kernel.Name}: whole and in pieces {(disagreements == 0 ? "agree" : $"DISAGREE on {disagreements} values")}");
    Console.WriteLine($"hash {kernel.Name} entry=quantization {hash}");
    failures += disagreements == 0 ? 0 : 1;
}
foreach (BlockQuantizePaths kernel in BlockQuantizeKernels.Quantizers)
{
    var (hash, disagreements) = QuantizeAgreement.Check(kernel, floatInputs);
    Console.WriteLine($"kernel      {kernel.Name}: whole and in pieces {(disagreements == 0 ? "agree" : $"DISAGREE on {disagreements} bytes")}");
    Console.WriteLine($"hash {kernel.Name} entry=quantization {hash}");
    failures += disagreements == 0 ? 0 : 1;
}
foreach (BlockDequantizePaths kernel in BlockQuantizeKernels.Dequantizers)
{
    var (hash, disagreements) = QuantizeAgreement.Check(kernel);
    Console.WriteLine($"kernel      {kernel.Name}: whole and in pieces {(disagreements == 0 ? "agree" : $"DISAGREE on {disagreements} values")}");
    Console.WriteLine($"hash {kernel.Name} entry=quantization {hash}");
    failures += disagreements == 0 ? 0 : 1;
}

foreach (QuadraturePaths<double> kernel in QuadratureKernels.Float64)
{
    failures += ReportQuadrature(kernel, doubleInputs);
}
foreach (QuadraturePaths<float> kernel in QuadratureKernels.Float32)
{
    failures += ReportQuadrature(kernel, floatInputs);
}
foreach (SampledPaths<double> kernel in QuadratureKernels.SampledFloat64)
{
    Console.WriteLine($"hash {kernel.Name} entry=quadrature {QuadratureAgreement.Hash(kernel, doubleInputs)}");
}
foreach (SampledPaths<float> kernel in QuadratureKernels.SampledFloat32)
{
    Console.WriteLine($"hash {kernel.Name} entry=quadrature {QuadratureAgreement.Hash(kernel, floatInputs)}");
}
foreach (AdaptivePaths<double> kernel in QuadratureKernels.AdaptiveFloat64)
{
    failures += ReportAdaptive(kernel, doubleInputs);
}
foreach (AdaptivePaths<float> kernel in QuadratureKernels.AdaptiveFloat32)
{
    failures += ReportAdaptive(kernel, floatInputs);
}

Console.WriteLine(failures == 0
    ? "result      all shapes agree bit for bit"
    : $"result      {failures} kernel(s) have shapes that disagree");
return failures == 0 ? 0 : 1;

static int Report<T>(KernelPaths<T> kernel, T[] inputs)
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    var clock = Stopwatch.StartNew();
    KernelOutcome outcome = ShapeAgreement.Check(kernel, inputs);
    string entry = CatalogEntryLookup.FindEntryId(kernel.ScalarMethod) ?? "unknown";
    string verdict = outcome.DisagreeingInputs == 0 ? "shapes agree" : $"SHAPES DISAGREE on {outcome.DisagreeingInputs} outputs";
    Console.WriteLine($"kernel      {kernel.Name}: {kernel.Contract} -> entry {entry}; {verdict} ({clock.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s)");
    foreach (Disagreement d in outcome.FirstDisagreements)
    {
        Console.WriteLine($"  mismatch  {d.Shape} input #{d.Index} bits 0x{d.InputBits:X}: scalar 0x{d.ScalarBits:X}, {d.Shape} 0x{d.ShapeBits:X}");
    }
    Console.WriteLine($"hash {kernel.Name} entry={entry} {outcome.OutputHash}");
    Console.WriteLine($"nan-canonical-hash {kernel.Name} entry={entry} {outcome.CanonicalNaNHash}");
    if (outcome.OutsideDomainHash is not null)
    {
        Console.WriteLine($"outside-domain-hash {kernel.Name} entry={entry} {outcome.OutsideDomainHash}");
    }
    return outcome.DisagreeingInputs == 0 ? 0 : 1;
}

static int ReportQuadrature<T>(QuadraturePaths<T> kernel, T[] inputs)
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    var (hash, disagreements) = QuadratureAgreement.Check(kernel, inputs);
    Console.WriteLine($"kernel      {kernel.Name}: vector integrand, scalar integrand and batch {(disagreements == 0 ? "agree" : $"DISAGREE on {disagreements} intervals")}");
    Console.WriteLine($"hash {kernel.Name} entry=quadrature {hash}");
    return disagreements == 0 ? 0 : 1;
}

static int ReportAdaptive<T>(AdaptivePaths<T> kernel, T[] inputs)
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    var (hash, disagreements) = QuadratureAgreement.Check(kernel, inputs);
    Console.WriteLine($"kernel      {kernel.Name}: vector and scalar integrand {(disagreements == 0 ? "agree" : $"DISAGREE on {disagreements} intervals")}");
    Console.WriteLine($"hash {kernel.Name} entry=quadrature {hash}");
    return disagreements == 0 ? 0 : 1;
}

static int ParseRandomCount(string[] args, int fallback)
{
    for (int i = 0; i + 1 < args.Length; i++)
    {
        if (args[i] == "--random")
        {
            return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
        }
    }
    return fallback;
}
