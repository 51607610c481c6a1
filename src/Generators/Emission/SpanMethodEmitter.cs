using NumericKernels.Generators.Models;
using NumericKernels.Generators.Parsing;

namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Writes the body of a user's span method: validates lengths and overlap (the contract's ArgumentException cases,
    /// named with the user's parameter), then hands a same-length destination to the implementation's Span method,
    /// which assumes both checks passed.
    /// </summary>
    internal static class SpanMethodEmitter
    {
        /// <summary>Elements per chunk for narrowing outputs: 1 KiB of float on the stack.</summary>
        public const int NarrowingChunk = 256;

        public static void EmitBody(SourceWriter w, KernelSignature signature, string implementationClass)
        {
            string x = Identifiers.Escape(signature.InputName);
            string y = Identifiers.Escape(signature.OutputName);
            // Locals share the scope of the two parameters only; pick names the user did not take.
            var names = new LocalNames(signature.InputName, signature.OutputName);

            using (w.OpenBlock($"if ({y}.Length < {x}.Length)"))
            {
                w.WriteLine($"throw new global::System.ArgumentException(\"Destination is shorter than the source.\", nameof({y}));");
            }
            if (signature.Output == SpanOutputKind.SameAsInput)
            {
                EmitSameType(w, x, y, implementationClass, names);
            }
            else
            {
                EmitNarrowing(w, signature, x, y, implementationClass, names);
            }
        }

        private static void EmitSameType(SourceWriter w, string x, string y, string implementationClass, LocalNames names)
        {
            string offset = names.Get("offset");
            using (w.OpenBlock($"if (global::System.MemoryExtensions.Overlaps({y}.Slice(0, {x}.Length), {x}, out int {offset}) && {offset} != 0)"))
            {
                w.WriteLine($"throw new global::System.ArgumentException(\"Destination overlaps the source without starting at the same element; only exact in-place use is supported.\", nameof({y}));");
            }
            w.WriteLine($"{implementationClass}.Span({x}, {y}.Slice(0, {x}.Length));");
        }

        // Results are computed in the input type into a stack buffer and converted one by one, so the kernel's verified
        // bound applies before the conversion and the conversion's own rounding is the only addition.
        private static void EmitNarrowing(SourceWriter w, KernelSignature signature, string x, string y, string implementationClass, LocalNames names)
        {
            string scalar = ElementTypeNames.For(signature.Element).Scalar;
            string output = KernelFileEmitter.OutputTypeName(signature);
            string buffer = names.Get("buffer"), start = names.Get("start"), count = names.Get("count");
            string chunk = names.Get("chunk"), target = names.Get("target"), i = names.Get("i");
            const string Marshal = "global::System.Runtime.InteropServices.MemoryMarshal";

            using (w.OpenBlock($"if (global::System.MemoryExtensions.Overlaps({Marshal}.AsBytes({y}.Slice(0, {x}.Length)), {Marshal}.AsBytes({x})))"))
            {
                w.WriteLine($"throw new global::System.ArgumentException(\"Destination overlaps the source; a narrowing kernel cannot work in place.\", nameof({y}));");
            }
            w.WriteLine($"global::System.Span<{scalar}> {buffer} = stackalloc {scalar}[{NarrowingChunk}];");
            using (w.OpenBlock($"for (int {start} = 0; {start} < {x}.Length; {start} += {NarrowingChunk})"))
            {
                w.WriteLine($"int {count} = global::System.Math.Min({NarrowingChunk}, {x}.Length - {start});");
                w.WriteLine($"global::System.Span<{scalar}> {chunk} = {buffer}.Slice(0, {count});");
                w.WriteLine($"{implementationClass}.Span({x}.Slice({start}, {count}), {chunk});");
                w.WriteLine($"global::System.Span<{output}> {target} = {y}.Slice({start}, {count});");
                using (w.OpenBlock($"for (int {i} = 0; {i} < {count}; {i}++)"))
                {
                    w.WriteLine($"{target}[{i}] = ({output}){chunk}[{i}];");
                }
            }
        }

        private readonly struct LocalNames
        {
            private readonly string _first;
            private readonly string _second;

            public LocalNames(string first, string second)
            {
                _first = first;
                _second = second;
            }

            public string Get(string preferred)
            {
                string name = preferred;
                while (name == _first || name == _second)
                {
                    name += "_";
                }
                return name;
            }
        }
    }
}
