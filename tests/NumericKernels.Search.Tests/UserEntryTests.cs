using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Pipeline;
using NumericKernels.Search.Cli;
using NumericKernels.Search.Fitting;
using NumericKernels.Search.Verification;
using Xunit;

namespace NumericKernels.Search.Tests
{
    /// <summary>
    /// The user-entry round trip: what nk-search writes as [assembly: CatalogEntry] reads back (through the generator's
    /// own parser) as the entry it wrote, and a fitted entry added to a project is the one the generator picks and meets
    /// its bound on every input of its domain, measured against Math.Exp in double.
    /// </summary>
    public class UserEntryTests
    {
        [Fact]
        public void Every_built_in_entry_written_as_a_user_entry_reads_back_as_itself()
        {
            string file = Path.Combine(Path.GetTempPath(), "nk-user-entries-" + Guid.NewGuid().ToString("N") + ".cs");
            try
            {
                // One file for all of them: each written file starts with its using directive, which may appear once.
                string text = "using NumericKernels;" + Environment.NewLine + string.Join(Environment.NewLine, KernelCatalog.Entries.Select(entry =>
                    CatalogEntryWriter.WriteAttribute(entry, "user." + entry.Id, "round trip").Replace("using NumericKernels;", string.Empty, StringComparison.Ordinal)));
                File.WriteAllText(file, text);

                IReadOnlyList<CatalogEntry> read = UserEntryFile.Read(file);

                Assert.Equal(KernelCatalog.Entries.Length, read.Count);
                string source = "from [assembly: CatalogEntry] in " + Path.GetFileName(file);
                foreach (CatalogEntry entry in KernelCatalog.Entries)
                {
                    CatalogEntry back = Assert.Single(read, r => r.Id == "user." + entry.Id);
                    Assert.Equal(entry with { Id = back.Id, Source = source }, back);
                }
            }
            finally
            {
                File.Delete(file);
            }
        }

        [Fact]
        public async Task A_fitted_entry_added_to_a_project_is_chosen_and_meets_its_bound_on_every_float_of_its_domain()
        {
            string directory = Path.Combine(Path.GetTempPath(), "nk-user-entry-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                string entries = Path.Combine(directory, "Entries.cs");
                var output = new StringWriter();
                int exit = await NkSearchCli.RunAsync(
                    new[] { "fit", "exp", "--format", "float32", "--max-ulp", "4", "--domain=1,2", "--id", "my.exp.1-2", "--output", entries, "--checkpoint", Path.Combine(directory, "fit.json") },
                    output, new StringWriter());
                Assert.True(exit == 0, output.ToString());
                string entryText = File.ReadAllText(entries);
                CatalogEntry fitted = Assert.Single(UserEntryFile.Read(entries));
                Assert.True(fitted.Verification.MaxUlp <= 4);

                // nk-search verify --file re-checks the file's entries (every float of [1, 2]).
                exit = await NkSearchCli.RunAsync(new[] { "verify", "--file", entries, "--exhaustive" }, output, new StringWriter());
                Assert.True(exit == 0, output.ToString());

                const string kernels = """
                    using System;
                    using NumericKernels;

                    public static partial class Kernels
                    {
                        [Approximate(MathFunction.Exp, MaxUlp = 4, DomainMin = 1, DomainMax = 2)]
                        public static partial void Exp(ReadOnlySpan<float> x, Span<float> y);

                        public static float[] Run(float[] x)
                        {
                            var y = new float[x.Length];
                            Exp(x, y);
                            return y;
                        }
                    }
                    """;
                (Compilation compilation, string methodSource) = Generate(entryText, kernels);
                Assert.Contains("User catalog entry, from [assembly: CatalogEntry] in Entries.cs, my.exp.1-2", methodSource);
                Assert.Contains("global::NumericKernels.Generated.My_Exp_1_2.Span(", methodSource);

                float[] inputs = FloatsBetween(1f, 2f);
                float[] results = RunKernel(compilation, inputs);
                double worst = 0;
                for (int i = 0; i < inputs.Length; i++)
                {
                    double exact = Math.Exp(inputs[i]);
                    double ulp = Math.Pow(2, Math.Floor(Math.Log2(exact)) - 23);
                    worst = Math.Max(worst, Math.Abs(results[i] - exact) / ulp);
                }
                Assert.True(worst <= 4, $"max error {worst} ULP over [1, 2]");
                // Math.Exp in double is within 2^-29 float ULP of e^x: the fit's own record agrees to that.
                Assert.True(Math.Abs(worst - fitted.Verification.MaxUlp) < 1e-3, $"measured {worst}, recorded {fitted.Verification.MaxUlp}");
            }
            finally
            {
                Directory.Delete(directory, recursive: true);
            }
        }

        private static (Compilation Output, string MethodSource) Generate(string entries, string kernels)
        {
            var parse = new CSharpParseOptions(LanguageVersion.Latest);
            var references = KernelCompiler.PlatformReferences
                .Append(MetadataReference.CreateFromFile(typeof(NumericKernels.ApproximateAttribute).Assembly.Location))
                .Append(MetadataReference.CreateFromFile(typeof(NumericKernels.BFloat16).Assembly.Location));
            var compilation = CSharpCompilation.Create(
                "UserEntryConsumer",
                new[] { CSharpSyntaxTree.ParseText(entries, parse, "Entries.cs"), CSharpSyntaxTree.ParseText(kernels, parse, "Kernels.cs") },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, allowUnsafe: true));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(new[] { new NumericKernelsGenerator().AsSourceGenerator() }, parseOptions: parse)
                .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out var diagnostics);
            var errors = diagnostics.Concat(output.GetDiagnostics()).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
            string method = driver.GetRunResult().Results[0].GeneratedSources.Single(s => s.HintName.StartsWith("Kernels.Exp_", StringComparison.Ordinal)).SourceText.ToString();
            return (output, method);
        }

        private static float[] RunKernel(Compilation compilation, float[] inputs)
        {
            using var stream = new MemoryStream();
            var emitted = compilation.Emit(stream);
            Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics));
            stream.Position = 0;
            var context = new AssemblyLoadContext("user-entry-consumer", isCollectible: true);
            try
            {
                Assembly assembly = context.LoadFromStream(stream);
                MethodInfo run = assembly.GetType("Kernels")!.GetMethod("Run")!;
                return (float[])run.Invoke(null, new object[] { inputs })!;
            }
            finally
            {
                context.Unload();
            }
        }

        private static float[] FloatsBetween(float low, float high)
        {
            var values = new List<float>();
            for (float x = low; x <= high; x = MathF.BitIncrement(x)) values.Add(x);
            return values.ToArray();
        }
    }
}
