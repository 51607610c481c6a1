using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Parsing;

namespace NumericKernels.Generators.Quantization
{
    /// <summary>
    /// Writes a [Quantize] or [Dequantize] method: span checks that name the parameter, then a call of the shared kernel
    /// class (<see cref="QuantizeKernelEmitter"/>) on the bytes of the code span.
    /// </summary>
    internal static class QuantizeMethodEmitter
    {
        public static string Emit(QuantizeSpec spec) => KernelFileEmitter.Emit(spec.Frame, w =>
        {
            QuantizeKernel kernel = spec.Kernel;
            bool quantize = kernel.Direction == QuantizeDirection.Quantize;
            string input = Identifiers.Escape(spec.InputName);
            string output = Identifiers.Escape(spec.OutputName);
            string codes = quantize ? output : input;
            string count = quantize ? input + ".Length" : output + ".Length";
            string codeType = StorageType(spec.Storage);
            int bits = kernel.Format.Bits;

            w.WriteLine("/// <summary>");
            w.WriteLine("/// " + XmlDoc.Escape(Contract(kernel)));
            w.WriteLine("/// </summary>");
            w.WriteLine($"/// <exception cref=\"global::System.ArgumentException\"><paramref name=\"{spec.InputName}\"/> and <paramref name=\"{spec.OutputName}\"/> overlap, or <paramref name=\"{(quantize ? spec.OutputName : spec.InputName)}\"/> is too short for the elements.</exception>");
            w.WriteLine(KernelFileEmitter.GeneratedCodeAttribute);
            string declaration = quantize
                ? $"{spec.Frame.Modifiers} void {spec.Frame.Name}(global::System.ReadOnlySpan<float> {input}, global::System.Span<{codeType}> {output})"
                : $"{spec.Frame.Modifiers} void {spec.Frame.Name}(global::System.ReadOnlySpan<{codeType}> {input}, global::System.Span<float> {output})";
            using (w.OpenBlock(declaration))
            {
                string needed = spec.Storage == CodeStorage.Byte ? $"(({bits}L * {count}) + 7) / 8" : count;
                string have = codes + ".Length";
                string codeBytes = spec.Storage == CodeStorage.Byte ? codes : $"global::System.Runtime.InteropServices.MemoryMarshal.AsBytes({codes})";
                using (w.OpenBlock($"if ({have} < {needed})"))
                {
                    string unit = spec.Storage == CodeStorage.Byte ? "bytes" : "elements";
                    w.WriteLine($"throw new global::System.ArgumentException(\"{kernel.Format.Id} codes of \" + {count} + \" elements need \" + ({needed}) + \" {unit}; the span has \" + {have} + \".\", \"{(quantize ? spec.OutputName : spec.InputName)}\");");
                }
                string inputBytes = quantize ? $"global::System.Runtime.InteropServices.MemoryMarshal.AsBytes({input})" : codeBytes;
                string outputBytes = quantize ? codeBytes : $"global::System.Runtime.InteropServices.MemoryMarshal.AsBytes({output})";
                string readOnlyOutput = $"(global::System.ReadOnlySpan<byte>){outputBytes}";
                using (w.OpenBlock($"if (global::System.MemoryExtensions.Overlaps({inputBytes}, {readOnlyOutput}))"))
                {
                    w.WriteLine($"throw new global::System.ArgumentException(\"The codes and the float values must not share memory: the conversion changes the element size.\", \"{spec.OutputName}\");");
                }
                w.WriteLine(quantize
                    ? $"{kernel.QualifiedClassName}.Run({input}, {codeBytes});"
                    : $"{kernel.QualifiedClassName}.Run({codeBytes}, {output});");
            }
        });

        private static string StorageType(CodeStorage storage) => storage switch
        {
            CodeStorage.SByte => "sbyte",
            CodeStorage.Half => "global::System.Half",
            CodeStorage.BFloat16 => "global::NumericKernels.BFloat16",
            _ => "byte",
        };

        /// <summary>What the kernel computes, for the XML docs.</summary>
        public static string Contract(QuantizeKernel kernel)
        {
            ElementFormat f = kernel.Format;
            string packing = f.Bits switch
            {
                16 => "two bytes per element, little-endian",
                8 => "one byte per element",
                6 => "four elements in three bytes, element 4i + j in bits 6j to 6j + 5 of the little-endian group",
                _ => "two elements per byte, element 2i in the low nibble",
            };
            if (kernel.Direction == QuantizeDirection.Dequantize)
            {
                return $"Converts {f.Id} codes ({packing}) to float exactly, NaN codes to quiet NaNs with their sign; every path (Vector128/256/512 and the tail) is bit-identical to NumericKernels.NumberFormats.DecodeToSingle.";
            }
            string overflow = f.IsInteger
                ? "clamped to the integer range, NaN to 0"
                : kernel.Overflow == OverflowModeId.Saturate
                    ? "saturating at the largest finite value (infinities too, as OCP's saturation mode does)"
                    : (f.HasInfinity ? "overflowing to infinity" : "overflowing to NaN") + " as IEEE 754 clause 7.4 says for the rounding mode";
            return $"Converts float values to {f.Id} codes ({packing}), rounding {kernel.Rounding} and {overflow}; every path (Vector128/256/512 and the tail) is bit-identical to NumericKernels.NumberFormats.Encode, the scalar reference.";
        }
    }
}
