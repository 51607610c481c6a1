using System;
using System.Text;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// The one indenting writer all emission goes through. Lines end with '\n' on every platform so generated
    /// text, and the snapshots of it, are identical wherever the generator runs.
    /// </summary>
    internal sealed class SourceWriter
    {
        private const int SpacesPerIndent = 4;
        private readonly StringBuilder _builder = new StringBuilder();
        private int _indent;

        public SourceWriter WriteLine(string line)
        {
            if (line.Length > 0)
            {
                _builder.Append(' ', _indent * SpacesPerIndent);
                _builder.Append(line);
            }
            _builder.Append('\n');
            return this;
        }

        public SourceWriter WriteLine() => WriteLine(string.Empty);

        /// <summary>Writes <paramref name="header"/> and an opening brace, and indents until the returned scope ends.</summary>
        public Block OpenBlock(string header)
        {
            if (header.Length != 0)
            {
                WriteLine(header);
            }
            WriteLine("{");
            _indent++;
            return new Block(this);
        }

        public override string ToString() => _builder.ToString();

        internal readonly struct Block : IDisposable
        {
            private readonly SourceWriter _writer;

            public Block(SourceWriter writer) => _writer = writer;

            public void Dispose()
            {
                _writer._indent--;
                _writer.WriteLine("}");
            }
        }
    }
}
