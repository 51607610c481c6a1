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
            string codesName = quantize ? spec.OutputName : spec.InputName;
            string codes = quantize ? output : input;
            string count = quantize ? input + ".Length" : output + ".Length";
            string codeType = StorageType(spec.Storage);
            int bits = kernel.Format.Bits;
            string? scales = spec.ScalesName is null ? null : Identifiers.Escape(spec.ScalesName);

            w.WriteLine("/// <summary>");
            w.WriteLine("/// " + XmlDoc.Escape(Contract(kernel)));
            w.WriteLine("/// </summary>");
            string tooShort = $"<paramref name=\"{codesName}\"/>" + (spec.ScalesName is null ? string.Empty : $" or <paramref name=\"{spec.ScalesName}\"/>");
            w.WriteLine($"/// <exception cref=\"global::System.ArgumentException\">Two of the spans overlap, or {tooShort} is too short for the elements.</exception>");
            w.WriteLine(KernelFileEmitter.GeneratedCodeAttribute);
            var parameters = new System.Collections.Generic.List<string>();
            if (quantize)
            {
                parameters.Add($"global::System.ReadOnlySpan<float> {input}");
                parameters.Add($"global::System.Span<{codeType}> {output}");
                if (scales is not null)
                {
                    parameters.Add($"global::System.Span<byte> {scales}");
                }
                if (spec.SeedName is not null)
                {
                    parameters.Add($"ulong {Identifiers.Escape(spec.SeedName)}");
                }
                if (spec.OffsetName is not null)
                {
                    parameters.Add($"long {Identifiers.Escape(spec.OffsetName)}");
                }
            }
            else
            {
                parameters.Add($"global::System.ReadOnlySpan<{codeType}> {input}");
                if (scales is not null)
                {
                    parameters.Add($"global::System.ReadOnlySpan<byte> {scales}");
                }
                parameters.Add($"global::System.Span<float> {output}");
            }
            using (w.OpenBlock($"{spec.Frame.Modifiers} void {spec.Frame.Name}({string.Join(", ", parameters)})"))
            {
                string needed = spec.Storage == CodeStorage.Byte ? $"(({bits}L * {count}) + 7) / 8" : count;
                string have = codes + ".Length";
                string codeBytes = spec.Storage == CodeStorage.Byte ? codes : $"global::System.Runtime.InteropServices.MemoryMarshal.AsBytes({codes})";
                using (w.OpenBlock($"if ({have} < {needed})"))
                {
                    string unit = spec.Storage == CodeStorage.Byte ? "bytes" : "elements";
                    w.WriteLine($"throw new global::System.ArgumentException(\"{kernel.Format.Id} codes of \" + {count} + \" elements need \" + ({needed}) + \" {unit}; the span has \" + {have} + \".\", \"{codesName}\");");
                }
                if (scales is not null)
                {
                    string blocks = $"({count} + {kernel.BlockSize - 1}) / {kernel.BlockSize}";
                    using (w.OpenBlock($"if ({scales}.Length < {blocks})"))
                    {
                        w.WriteLine($"throw new global::System.ArgumentException(\"\" + {count} + \" elements in blocks of {kernel.BlockSize} need \" + ({blocks}) + \" {kernel.Scale} scales; the span has \" + {scales}.Length + \".\", \"{spec.ScalesName}\");");
                    }
                }
                string floats = quantize ? input : output;
                string floatBytes = $"global::System.Runtime.InteropServices.MemoryMarshal.AsBytes({floats})";
                // Every written span must not overlap any other span: quantization writes codes and scales, dequantization y.
                var checks = new System.Collections.Generic.List<(string A, string B, string Name, string Why)>();
                if (quantize)
                {
                    checks.Add((floatBytes, codeBytes, spec.OutputName, "The codes and the float values must not share memory: the conversion changes the element size."));
                    if (scales is not null)
                    {
                        checks.Add((floatBytes, scales, spec.ScalesName!, "The scales and the float values must not share memory."));
                        checks.Add((codeBytes, scales, spec.ScalesName!, "The scales and the codes must not share memory."));
                    }
                }
                else
                {
                    checks.Add((codeBytes, floatBytes, spec.OutputName, "The codes and the float values must not share memory: the conversion changes the element size."));
                    if (scales is not null)
                    {
                        checks.Add((scales, floatBytes, spec.OutputName, "The scales and the float values must not share memory."));
                    }
                }
                foreach ((string a, string b, string name, string why) in checks)
                {
                    using (w.OpenBlock($"if (global::System.MemoryExtensions.Overlaps((global::System.ReadOnlySpan<byte>){a}, (global::System.ReadOnlySpan<byte>){b}))"))
                    {
                        w.WriteLine($"throw new global::System.ArgumentException(\"{why}\", \"{name}\");");
                    }
                }
                var arguments = new System.Collections.Generic.List<string> { quantize ? input : codeBytes };
                if (quantize)
                {
                    arguments.Add(codeBytes);
                }
                if (scales is not null)
                {
                    arguments.Add(scales);
                }
                if (!quantize)
                {
                    arguments.Add(output);
                }
                if (kernel.Stochastic)
                {
                    arguments.Add(Identifiers.Escape(spec.SeedName!));
                    arguments.Add(spec.OffsetName is null ? "0L" : Identifiers.Escape(spec.OffsetName));
                }
                w.WriteLine($"{kernel.QualifiedClassName}.Run({string.Join(", ", arguments)});");
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
            string block = kernel.Scale == NumberFormatId.ScaleE8M0
                ? $"in OCP MX blocks of {kernel.BlockSize} with an E8M0 shared exponent floor(log2 amax) - emax"
                : $"in blocks of {kernel.BlockSize} with a UE4M3 scale amax / max rounded to nearest even (NVFP4)";
            if (kernel.Direction == QuantizeDirection.Dequantize)
            {
                return kernel.Blocked
                    ? $"Converts {f.Id} codes ({packing}) {block} to float: the element times its block's scale rounded once; a NaN scale gives NaN for its whole block; every path (Vector128/256/512 and the tail) is bit-identical to NumericKernels.BlockQuantization.Dequantize."
                    : $"Converts {f.Id} codes ({packing}) to float exactly, NaN codes to quiet NaNs with their sign; every path (Vector128/256/512 and the tail) is bit-identical to NumericKernels.NumberFormats.DecodeToSingle.";
            }
            string rounding = kernel.Stochastic
                ? "rounding stochastically (up with probability equal to the discarded fraction, from the counter-based random bits of NumericKernels.StochasticRounding." + (f.Id == NumberFormatId.BFloat16 ? "RandomBits16" : "RandomBits") + "(seed, offset + i), so any split of the stream gives the same codes)"
                : "rounding " + kernel.Rounding;
            string overflow = f.IsInteger
                ? "clamped to the integer range, NaN to 0"
                : kernel.Overflow == OverflowModeId.Saturate
                    ? "saturating at the largest finite value (infinities too, as OCP's saturation mode does)"
                    : (f.HasInfinity ? "overflowing to infinity" : "overflowing to NaN") + " as IEEE 754 clause 7.4 says for the rounding mode";
            return kernel.Blocked
                ? $"Converts float values to {f.Id} codes ({packing}) {block}, {rounding} and {overflow}; a block holding NaN or infinity gets the NaN scale and zero codes; every path (Vector128/256/512 and the tail) is bit-identical to NumericKernels.BlockQuantization.Quantize, the scalar reference."
                : $"Converts float values to {f.Id} codes ({packing}), {rounding} and {overflow}; every path (Vector128/256/512 and the tail) is bit-identical to NumericKernels.NumberFormats.Encode{(kernel.Stochastic ? "Stochastic" : string.Empty)}, the scalar reference.";
        }
    }
}
