using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Quantization
{
    internal enum QuantizeDirection
    {
        Quantize,
        Dequantize,
    }

    /// <summary>The element type of the user's code span; the kernels themselves work on bytes.</summary>
    internal enum CodeStorage
    {
        Byte,
        SByte,
        Half,
        BFloat16,
    }

    /// <summary>
    /// What one shared conversion class computes: the element format, the direction, the block scale (BlockSize 0 for
    /// none) and, for quantization, the rounding and overflow. Methods with equal kernels share one class whatever their
    /// names and code span types.
    /// </summary>
    internal sealed record QuantizeKernel(QuantizeDirection Direction, NumberFormatId Element, RoundingModeId Rounding, OverflowModeId Overflow, int BlockSize = 0, NumberFormatId Scale = NumberFormatId.ScaleE8M0)
    {
        public string ClassName => (Direction == QuantizeDirection.Quantize
            ? "Quantize_" + Element + "_" + Rounding + "_" + Overflow
            : "Dequantize_" + Element)
            + (Blocked ? "_Block" + BlockSize.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + Scale : string.Empty);

        public string QualifiedClassName => "global::NumericKernels.Generated." + ClassName;

        public string HintName => "NumericKernels.Generated." + ClassName + ".g.cs";

        public ElementFormat Format => ElementFormat.Of(Element)!;

        public bool Blocked => BlockSize != 0;

        public bool Stochastic => Direction == QuantizeDirection.Quantize && Rounding == RoundingModeId.Stochastic;
    }

    /// <summary>A [Quantize] or [Dequantize] method: where it goes, its parameters and the kernel it delegates to.</summary>
    /// <param name="Frame">The method's place and modifiers.</param>
    /// <param name="Kernel">The shared conversion.</param>
    /// <param name="Storage">The element type of the code span.</param>
    /// <param name="InputName">The input span's parameter name (floats for Quantize, codes for Dequantize).</param>
    /// <param name="OutputName">The output span's parameter name.</param>
    /// <param name="ScalesName">The block scales' parameter name, or null without blocks.</param>
    /// <param name="SeedName">The stochastic rounding seed's parameter name, or null.</param>
    /// <param name="OffsetName">The stream offset's parameter name, or null (offset 0).</param>
    internal sealed record QuantizeSpec(MethodFrame Frame, QuantizeKernel Kernel, CodeStorage Storage, string InputName, string OutputName,
        string? ScalesName = null, string? SeedName = null, string? OffsetName = null)
    {
        public string HintName => Frame.HintName(Kernel.Direction + "_" + Storage);
    }
}
