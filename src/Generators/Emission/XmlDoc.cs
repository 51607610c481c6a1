namespace NumericKernels.Generators.Emission
{
    /// <summary>Text safe inside XML doc comments.</summary>
    internal static class XmlDoc
    {
        public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
