namespace NumericKernels.Generators.Emission
{
    /// <summary>Text safe inside XML doc comments.</summary>
    internal static class XmlDoc
    {
        /// <summary>Escapes XML and keeps the text on one line: a line break would end the /// comment.</summary>
        public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
    }
}
