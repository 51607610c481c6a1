using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NumericKernels.Generators.Tests.TestHelpers
{
    /// <summary>The frameworks generated code must compile for: reference assemblies plus the SDK's preprocessor symbols.</summary>
    public enum TargetFramework
    {
        Net80,
        Net100,
    }

    internal static class TargetFrameworks
    {
        public static IEnumerable<MetadataReference> References(TargetFramework framework)
        {
            IEnumerable<MetadataReference> framworkReferences = framework == TargetFramework.Net80
                ? Basic.Reference.Assemblies.Net80.References.All
                : Basic.Reference.Assemblies.Net100.References.All;
            return framworkReferences.Concat(new[]
            {
                MetadataReference.CreateFromFile(typeof(ApproximateAttribute).Assembly.Location),
                MetadataReference.CreateFromFile(typeof(BFloat16).Assembly.Location),
            });
        }

        /// <summary>Parse options as the SDK sets them: the default language version and the TFM's symbols.</summary>
        public static CSharpParseOptions ParseOptions(TargetFramework framework)
        {
            var symbols = new List<string> { "NET", "NETCOREAPP", "NETCOREAPP3_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER" };
            int last = framework == TargetFramework.Net80 ? 8 : 10;
            for (int major = 5; major <= last; major++)
            {
                symbols.Add($"NET{major}_0_OR_GREATER");
            }
            symbols.Add($"NET{last}_0");
            LanguageVersion language = framework == TargetFramework.Net80 ? LanguageVersion.CSharp12 : LanguageVersion.Latest;
            return new CSharpParseOptions(language, DocumentationMode.Diagnose, preprocessorSymbols: symbols);
        }
    }
}
