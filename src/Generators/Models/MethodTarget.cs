using System.Text;

namespace NumericKernels.Generators.Models
{
    /// <summary>Where a kernel method's implementing part goes, whatever its signature.</summary>
    /// <param name="Namespace">Namespace of the outermost type, or empty for the global namespace.</param>
    /// <param name="ContainingTypes">Enclosing types, outermost first.</param>
    /// <param name="Modifiers">The method's modifiers as written.</param>
    /// <param name="Name">The method's identifier, verbatim-escaped when it is a keyword.</param>
    internal sealed record MethodFrame(string Namespace, EquatableArray<ContainingTypeInfo> ContainingTypes, string Modifiers, string Name)
    {
        /// <summary>Namespace.Outer.Inner.Method_Key.g.cs for a method with signature key <paramref name="key"/>: unique per method and deterministic.</summary>
        public string HintName(string key)
        {
            var hint = new StringBuilder();
            if (Namespace.Length > 0)
            {
                hint.Append(Namespace).Append('.');
            }
            foreach (ContainingTypeInfo type in ContainingTypes)
            {
                AppendSafe(hint, type.Name);
                if (type.TypeParameters.Length > 0)
                {
                    // '-' cannot appear in a C# identifier, so Outer<T> (Outer-1) never meets a type named Outer_T.
                    hint.Append('-').Append(type.TypeParameters.Split(',').Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                hint.Append('.');
            }
            AppendSafe(hint, Name);
            hint.Append('_').Append(key).Append(".g.cs");
            return hint.ToString();
        }

        // Hint names become file names: keep them to characters valid everywhere.
        private static void AppendSafe(StringBuilder hint, string text)
        {
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c) || c == '_')
                {
                    hint.Append(c);
                }
                else if (c != '@' && c != ' ' && c != '>')
                {
                    hint.Append('_');
                }
            }
        }
    }

    /// <summary>Everything needed to write the implementing part of a user's partial kernel method.</summary>
    /// <param name="Namespace">Namespace of the outermost type, or empty for the global namespace.</param>
    /// <param name="ContainingTypes">Enclosing types, outermost first.</param>
    /// <param name="Modifiers">The method's modifiers as written (for example "internal static partial").</param>
    /// <param name="Name">The method's identifier, verbatim-escaped when it is a keyword.</param>
    /// <param name="Signature">The parsed shape.</param>
    internal sealed record MethodTarget(
        string Namespace,
        EquatableArray<ContainingTypeInfo> ContainingTypes,
        string Modifiers,
        string Name,
        KernelSignature Signature)
    {
        /// <summary>Where the implementing part goes, without the signature.</summary>
        public MethodFrame Frame => new MethodFrame(Namespace, ContainingTypes, Modifiers, Name);

        /// <summary>Namespace.Outer.Inner.Method_Key.g.cs: unique per method and deterministic.</summary>
        public string HintName => Frame.HintName(Signature.Key);
    }
}
