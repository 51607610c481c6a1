using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Parsing;
using NumericKernels.Generators.Pipeline;
using NumericKernels.Search.Verification;

namespace NumericKernels.Search.Cli
{
    /// <summary>
    /// Reads the <c>[assembly: CatalogEntry]</c> entries of a C# file (what <c>fit --output</c> writes) exactly as the
    /// generator reads them: the file is compiled against the attributes, and each attribute goes through the generator's
    /// own parser, so an entry this accepts is one the generator accepts.
    /// </summary>
    internal static class UserEntryFile
    {
        public static IReadOnlyList<CatalogEntry> Read(string path, CancellationToken cancellation = default)
        {
            if (!File.Exists(path)) throw new UsageException($"--file: {path} does not exist.");
            string text = File.ReadAllText(path);
            SyntaxTree tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path: path, cancellationToken: cancellation);
            var references = KernelCompiler.PlatformReferences
                .Append(MetadataReference.CreateFromFile(typeof(NumericKernels.ApproximateAttribute).Assembly.Location));
            CSharpCompilation compilation = CSharpCompilation.Create("UserEntries", new[] { tree }, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

            var problems = compilation.GetDiagnostics(cancellation).Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
            string source = "from [assembly: CatalogEntry] in " + Path.GetFileName(path);
            var results = compilation.Assembly.GetAttributes()
                .Where(attribute => attribute.AttributeClass?.ToDisplayString() == KernelAttributeNames.CatalogEntry)
                .Select(attribute => CatalogEntryParser.Parse(attribute, source, cancellation))
                .ToList();
            problems.AddRange(UserCatalog.Diagnose(results).Select(info => info.ToDiagnostic().ToString()));
            if (problems.Count > 0)
            {
                throw new UsageException($"{path} has entries the generator would not use:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
            }
            if (results.Count == 0) throw new UsageException($"{path} declares no [assembly: CatalogEntry(...)].");
            return results.Select(result => result.Entry!).ToList();
        }
    }
}
