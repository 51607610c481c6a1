using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace NumericKernels.Samples
{
    /// <summary>
    /// Finds which catalog entry the generator chose for an annotated method, without hard-coding entry ids in the
    /// samples: the generated user method delegates to a class in <c>NumericKernels.Generated</c>, and that class's XML
    /// doc (in the assembly's documentation file) starts with "Catalog entry &lt;id&gt;".
    /// </summary>
    /// <remarks>
    /// The generator exposes the id only in XML docs, which reflection cannot read, so the delegation target is found
    /// from the method's IL (its call instructions). When that fails, callers fall back to the generated class name or
    /// to printing the contract alone.
    /// </remarks>
    internal static class CatalogEntryLookup
    {
        private const string GeneratedNamespace = "NumericKernels.Generated";
        private const byte CallOpcode = 0x28;
        private static readonly Regex EntryIdPattern = new(@"Catalog entry (\S+)", RegexOptions.CultureInvariant);
        private static readonly Dictionary<Assembly, Dictionary<string, string>> DocsByAssembly = new();

        /// <summary>The generated entry class the method calls, or null when none is found.</summary>
        public static Type? FindEntryClass(MethodInfo method)
        {
            byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null)
            {
                return null;
            }
            // A raw byte scan may see 0x28 inside an operand; resolving the following token and requiring the declaring
            // type to live in the generated namespace filters those out.
            for (int i = 0; i + 4 < il.Length; i++)
            {
                if (il[i] != CallOpcode)
                {
                    continue;
                }
                int token = BitConverter.ToInt32(il, i + 1);
                Type? target = TryResolveDeclaringType(method.Module, token);
                if (target?.Namespace == GeneratedNamespace)
                {
                    return target;
                }
            }
            return null;
        }

        /// <summary>The catalog entry id (e.g. "exp.f32.u1"), or null when it cannot be determined.</summary>
        public static string? FindEntryId(MethodInfo method)
        {
            Type? entryClass = FindEntryClass(method);
            if (entryClass is null)
            {
                return null;
            }
            string? summary = null;
            DocumentationOf(entryClass.Assembly).TryGetValue("T:" + entryClass.FullName, out summary);
            Match match = EntryIdPattern.Match(summary ?? string.Empty);
            return match.Success ? match.Groups[1].Value : entryClass.Name;
        }

        private static Type? TryResolveDeclaringType(Module module, int token)
        {
            int table = (int)((uint)token >> 24);
            const int MethodDefTable = 0x06, MemberRefTable = 0x0A, MethodSpecTable = 0x2B;
            if (table != MethodDefTable && table != MemberRefTable && table != MethodSpecTable)
            {
                return null;
            }
            try
            {
                return module.ResolveMethod(token)?.DeclaringType;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        private static Dictionary<string, string> DocumentationOf(Assembly assembly)
        {
            lock (DocsByAssembly)
            {
                if (!DocsByAssembly.TryGetValue(assembly, out Dictionary<string, string>? docs))
                {
                    docs = LoadDocumentation(assembly);
                    DocsByAssembly.Add(assembly, docs);
                }
                return docs;
            }
        }

        private static Dictionary<string, string> LoadDocumentation(Assembly assembly)
        {
            var docs = new Dictionary<string, string>(StringComparer.Ordinal);
            string path = Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");
            if (!File.Exists(path))
            {
                return docs;
            }
            foreach (XElement member in XDocument.Load(path).Descendants("member"))
            {
                string? name = (string?)member.Attribute("name");
                if (name is not null)
                {
                    docs[name] = member.Value;
                }
            }
            return docs;
        }
    }
}
