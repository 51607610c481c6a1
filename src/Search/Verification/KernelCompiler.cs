using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.Loader;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;

namespace NumericKernels.Search.Verification
{
    /// <summary>
    /// Compiles the exact source text the generator emits for a catalog entry, in memory, against the running runtime's
    /// own assemblies, and loads it in a collectible context: what is verified is what ships.
    /// </summary>
    internal static class KernelCompiler
    {
        private static readonly string[] RuntimeSymbols = FrameworkSymbols(Environment.Version.Major);

        private static string[] FrameworkSymbols(int major)
        {
            var symbols = new System.Collections.Generic.List<string> { "NET", "NETCOREAPP" };
            for (int v = 5; v <= major; v++) symbols.Add("NET" + v + "_0_OR_GREATER");
            symbols.Add("NET" + major + "_0");
            return symbols.ToArray();
        }

        private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new Lazy<IReadOnlyList<MetadataReference>>(LoadReferences, LazyThreadSafetyMode.ExecutionAndPublication);

        private static int s_compilationCount;

        /// <summary>Emits, compiles and loads <paramref name="entry"/>.</summary>
        public static CompiledKernel<T> Compile<T>(CatalogEntry entry)
            where T : unmanaged
            => Compile<T>(EntryEmitter.Emit(entry), EntryEmitter.Namespace + "." + EntryEmitter.ClassName(entry));

        /// <summary>Compiles <paramref name="source"/> and binds the entry methods of <paramref name="fullClassName"/>.</summary>
        public static CompiledKernel<T> Compile<T>(string source, string fullClassName)
            where T : unmanaged
        {
            (AssemblyLoadContext context, Type type) = CompileType(source, fullClassName);
            return new CompiledKernel<T>(context, type);
        }

        /// <summary>
        /// Compiles <paramref name="source"/> in memory and loads it in a collectible context; the caller unloads the
        /// context when done with <paramref name="fullClassName"/>.
        /// </summary>
        public static (AssemblyLoadContext Context, Type Type) CompileType(string source, string fullClassName)
        {
            int id = Interlocked.Increment(ref s_compilationCount);
            string assemblyName = "NumericKernels.Verify." + id;
            // The symbols of the running framework, so the branch verified is the branch a consumer on it compiles
            // (net9+ takes Vector*.FusedMultiplyAdd; scripts/check-net8.sh shows net8's branch gives the same bits).
            SyntaxTree tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: RuntimeSymbols));
            var compilation = CSharpCompilation.Create(
                assemblyName,
                new[] { tree },
                References.Value,
                new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    optimizationLevel: OptimizationLevel.Release,
                    allowUnsafe: true,
                    deterministic: true));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                var errors = result.Diagnostics
                    .Where(d => d.Severity == DiagnosticSeverity.Error)
                    .Take(5)
                    .Select(d => d.ToString());
                throw new KernelCompilationException($"The emitted source of {fullClassName} does not compile: " + string.Join("; ", errors));
            }
            image.Position = 0;
            var context = new AssemblyLoadContext(assemblyName, isCollectible: true);
            var assembly = context.LoadFromStream(image);
            Type type = assembly.GetType(fullClassName)
                ?? throw new KernelCompilationException($"The compiled source has no class {fullClassName}.");
            return (context, type);
        }

        /// <summary>The running runtime's System assemblies, as references for compiling a user's file.</summary>
        public static IReadOnlyList<MetadataReference> PlatformReferences => References.Value;

        /// <summary>Every assembly of the running runtime, as the compiler would see them in a net10.0 project.</summary>
        private static IReadOnlyList<MetadataReference> LoadReferences()
        {
            string paths = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string
                ?? throw new KernelCompilationException("The runtime does not list its trusted platform assemblies.");
            var references = new List<MetadataReference>();
            foreach (string path in paths.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                string name = Path.GetFileNameWithoutExtension(path);
                // The platform's own assemblies are enough for emitted kernels; the tool's packages would only slow binding.
                if (name.StartsWith("System.", StringComparison.Ordinal) || name == "System" || name == "mscorlib" || name == "netstandard")
                {
                    references.Add(MetadataReference.CreateFromFile(path));
                }
            }
            return references;
        }
    }
}
