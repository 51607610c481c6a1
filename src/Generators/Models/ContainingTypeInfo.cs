namespace NumericKernels.Generators.Models
{
    /// <summary>
    /// One type of the chain enclosing a kernel method, enough to re-declare it as a partial part.
    /// </summary>
    /// <param name="Modifiers">The modifiers as written on the user's part (for example "public static partial").
    /// Copying one legal part's modifiers is always legal for another part.</param>
    /// <param name="Keyword">class, struct, interface, record, record struct or record class.</param>
    /// <param name="Name">Identifier, verbatim-escaped when it is a keyword.</param>
    /// <param name="TypeParameters">The type parameter list including angle brackets (with variance), or empty.</param>
    internal readonly record struct ContainingTypeInfo(string Modifiers, string Keyword, string Name, string TypeParameters)
    {
        public string Declaration => Modifiers + " " + Keyword + " " + Name + TypeParameters;
    }
}
