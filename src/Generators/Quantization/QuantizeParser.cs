using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NumericKernels.Generators.Diagnostics;
using NumericKernels.Generators.Models;
using NumericKernels.Generators.Parsing;

namespace NumericKernels.Generators.Quantization
{
    /// <summary>
    /// Turns a [Quantize] or [Dequantize] method into a <see cref="QuantizeSpec"/>: checks every attribute argument
    /// (defined enum values, element and scale formats, block size, overflow mode, stochastic rounding and its seed)
    /// and the signature, each misuse a diagnostic on the argument or the method.
    /// </summary>
    internal static class QuantizeParser
    {
        private const string QuantizeShapes = "'void Q(ReadOnlySpan<float> x, Span<byte> codes)' (Span<sbyte> for Int8, Span<Half> for Float16, Span<BFloat16> for BFloat16), with a trailing 'ulong seed' and optional 'long offset' for stochastic rounding";
        private const string DequantizeShapes = "'void D(ReadOnlySpan<byte> codes, Span<float> y)' (ReadOnlySpan<sbyte> for Int8, ReadOnlySpan<Half> for Float16, ReadOnlySpan<BFloat16> for BFloat16)";
        private const string BlockQuantizeShapes = "'void Q(ReadOnlySpan<float> x, Span<byte> codes, Span<byte> scales)' with BlockSize 16 or 32, with a trailing 'ulong seed' and optional 'long offset' for stochastic rounding";
        private const string BlockDequantizeShapes = "'void D(ReadOnlySpan<byte> codes, ReadOnlySpan<byte> scales, Span<float> y)' with BlockSize 16 or 32";

        public static ParseResult<QuantizeSpec> ParseQuantize(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            => ParserGuard.Run<QuantizeSpec>(context, KernelAttributeNames.Quantize, (m, s, a, d) => Parse(QuantizeDirection.Quantize, m, s, a, d), cancellationToken);

        public static ParseResult<QuantizeSpec> ParseDequantize(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
            => ParserGuard.Run<QuantizeSpec>(context, KernelAttributeNames.Dequantize, (m, s, a, d) => Parse(QuantizeDirection.Dequantize, m, s, a, d), cancellationToken);

        private static QuantizeSpec? Parse(
            QuantizeDirection direction, IMethodSymbol method, MethodDeclarationSyntax syntax, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            int before = diagnostics.Count;
            string name = syntax.Identifier.ValueText;
            MethodFrame? frame = MethodTargetParser.ParseFrame(method, syntax, diagnostics);

            if (arguments.Constructor(0) is not TypedConstant elementArgument || !AttributeArguments.TryInt32(elementArgument, out int elementValue))
            {
                return null;
            }
            var element = (NumberFormatId)elementValue;
            var rounding = (RoundingModeId)arguments.Int32("Rounding", 0);
            var overflow = (OverflowModeId)arguments.Int32("Overflow", 0);
            int blockSize = arguments.Int32("BlockSize", 0);
            var scale = (NumberFormatId)arguments.Int32("Scale", (int)NumberFormatId.ScaleE8M0);
            bool defined = EnumArguments.Defined(element, "NumberFormat", arguments.PositionalLocation(0), diagnostics)
                & EnumArguments.Defined(rounding, "RoundingMode", arguments.NamedLocation("Rounding"), diagnostics)
                & EnumArguments.Defined(overflow, "OverflowMode", arguments.NamedLocation("Overflow"), diagnostics)
                & EnumArguments.Defined(scale, "NumberFormat", arguments.NamedLocation("Scale"), diagnostics);
            if (!defined)
            {
                return null;
            }

            ElementFormat? format = ElementFormat.Of(element);
            if (format is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ElementFormatNotStorable, arguments.PositionalLocation(0),
                    element.ToString(), "a code span", "it is not an element format (elements are Float16, BFloat16, Float8E4M3, Float8E5M2, Float6E3M2, Float6E2M3, Float4E2M1, Int8 and Int4)"));
                return null;
            }
            CheckBlocks(format, blockSize, scale, arguments, diagnostics);
            if (overflow == OverflowModeId.NonFinite && !format.HasNaN)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OverflowModeNotAvailable, arguments.NamedLocation("Overflow"), element.ToString()));
            }
            if (direction == QuantizeDirection.Dequantize)
            {
                NotForDequantize("Rounding", rounding != RoundingModeId.ToNearestEven, "every code converts to float exactly", arguments, diagnostics);
                NotForDequantize("Overflow", overflow != OverflowModeId.Saturate, "every code converts to float without overflow", arguments, diagnostics);
            }
            bool stochastic = direction == QuantizeDirection.Quantize && rounding == RoundingModeId.Stochastic;
            if (stochastic && blockSize is 16 or 32 && scale == NumberFormatId.ScaleUE4M3)
            {
                // x / scale is one float division: exact enough to decide every deterministic rounding (see the kernel), not to
                // give the 32 fraction bits stochastic rounding compares with its random word.
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.QuantizationOptionNotSupportedYet, arguments.NamedLocation("Rounding"),
                    "Rounding = Stochastic with a ScaleUE4M3 block scale", name));
            }

            if (diagnostics.Count != before)
            {
                // Fix the attribute first: its errors would make every signature look wrong.
                return null;
            }
            Shape? shape = ParseShape(direction, method, syntax, format, blockSize != 0, stochastic, diagnostics);
            if (diagnostics.Count != before || frame is null || shape is null)
            {
                return null;
            }
            var kernel = new QuantizeKernel(direction, element,
                direction == QuantizeDirection.Quantize ? rounding : RoundingModeId.ToNearestEven,
                direction == QuantizeDirection.Quantize ? overflow : OverflowModeId.Saturate,
                blockSize, blockSize == 0 ? NumberFormatId.ScaleE8M0 : scale);
            return new QuantizeSpec(frame, kernel, shape.Storage, shape.Input, shape.Output, shape.Scales, shape.Seed, shape.Offset);
        }

        private static void CheckBlocks(ElementFormat format, int blockSize, NumberFormatId scale, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            if (blockSize is not (0 or 16 or 32))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedBlockSize, arguments.NamedLocation("BlockSize"),
                    blockSize.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty));
                return;
            }
            if (blockSize == 0)
            {
                if (arguments.Named("Scale") is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionDoesNotApply, arguments.NamedLocation("Scale"),
                        "Scale", "without a BlockSize", "a scale format needs BlockSize = 16 or 32"));
                }
                return;
            }
            if (format.Bits > 8)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedBlockSize, arguments.NamedLocation("BlockSize"),
                    blockSize.ToString(System.Globalization.CultureInfo.InvariantCulture), " for " + format.Id + ": block scales apply to 8-bit and narrower element formats, so use BlockSize = 0"));
                return;
            }
            if (scale is not (NumberFormatId.ScaleE8M0 or NumberFormatId.ScaleUE4M3))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotAScaleFormat, arguments.NamedLocation("Scale"), scale.ToString()));
                return;
            }
        }

        private static void NotForDequantize(string option, bool written, string why, AttributeArguments arguments, List<DiagnosticInfo> diagnostics)
        {
            if (written)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.OptionDoesNotApply, arguments.NamedLocation(option), option, "Dequantize", why));
            }
        }

        private sealed record Shape(CodeStorage Storage, string Input, string Output, string? Scales, string? Seed, string? Offset);

        private static Shape? ParseShape(
            QuantizeDirection direction, IMethodSymbol method, MethodDeclarationSyntax syntax, ElementFormat format, bool blocked, bool stochastic, List<DiagnosticInfo> diagnostics)
        {
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                if (SymbolNames.ContainsErrorType(parameter.Type))
                {
                    return null; // the compiler reports the unbound type
                }
            }
            string attribute = direction.ToString();
            string shapes = (direction, blocked) switch
            {
                (QuantizeDirection.Quantize, false) => QuantizeShapes,
                (QuantizeDirection.Quantize, true) => BlockQuantizeShapes,
                (_, false) => DequantizeShapes,
                _ => BlockDequantizeShapes,
            };
            LocationInfo? identifier = LocationInfo.From(syntax.Identifier);
            bool byValue = true;
            foreach (IParameterSymbol parameter in method.Parameters)
            {
                byValue &= parameter.RefKind == RefKind.None && !parameter.IsParams;
            }
            int spans = method.Parameters.Length;
            int trailing = 0;
            while (spans > 0 && IsInteger(method.Parameters[spans - 1].Type))
            {
                spans--;
                trailing++;
            }
            if (!method.ReturnsVoid || !byValue || spans != (blocked ? 3 : 2) || trailing > 2)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedQuantizeShape, identifier, syntax.Identifier.ValueText, attribute, shapes));
                return null;
            }
            IParameterSymbol input = method.Parameters[0];
            // Quantize writes the codes (then, with blocks, the scales); Dequantize writes y, its last span.
            IParameterSymbol output = method.Parameters[direction == QuantizeDirection.Quantize ? 1 : spans - 1];
            // IsGenericOfOne always sets its out argument (to the type itself when it does not match).
            bool inputSpan = SymbolNames.IsGenericOfOne(input.Type, "System", "ReadOnlySpan", out ITypeSymbol inputElement);
            bool outputSpan = SymbolNames.IsGenericOfOne(output.Type, "System", "Span", out ITypeSymbol outputElement);
            ITypeSymbol floats = direction == QuantizeDirection.Quantize ? inputElement : outputElement;
            ITypeSymbol codeType = direction == QuantizeDirection.Quantize ? outputElement : inputElement;
            bool shapeOk = inputSpan && outputSpan && floats.SpecialType == SpecialType.System_Single;
            if (blocked)
            {
                // The scales: Span<byte> after the codes when quantizing, ReadOnlySpan<byte> after them when dequantizing.
                string scalesSpan = direction == QuantizeDirection.Quantize ? "Span" : "ReadOnlySpan";
                IParameterSymbol scales = direction == QuantizeDirection.Quantize ? method.Parameters[2] : method.Parameters[1];
                shapeOk &= SymbolNames.IsGenericOfOne(scales.Type, "System", scalesSpan, out ITypeSymbol scaleElement) && scaleElement.SpecialType == SpecialType.System_Byte;
            }
            if (!shapeOk)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedQuantizeShape, identifier, syntax.Identifier.ValueText, attribute, shapes));
                return null;
            }
            CodeStorage? storage = StorageOf(codeType);
            string? storageError = storage switch
            {
                null => "code spans hold byte, sbyte (Int8), Half (Float16) or BFloat16 (BFloat16)",
                CodeStorage.SByte when format.Id != NumberFormatId.Int8 => "sbyte holds Int8 codes only; use byte",
                CodeStorage.Half when format.Id != NumberFormatId.Float16 => "Half holds Float16 only; use byte",
                CodeStorage.BFloat16 when format.Id != NumberFormatId.BFloat16 => "BFloat16 holds BFloat16 only; use byte",
                _ => null,
            };
            if (storageError is not null)
            {
                IParameterSymbol codes = direction == QuantizeDirection.Quantize ? output : input;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ElementFormatNotStorable,
                    LocationInfo.From(syntax.ParameterList.Parameters[codes.Ordinal]), format.Id.ToString(), codes.Type.ToDisplayString(), storageError));
                return null;
            }
            if (!CheckSeed(direction, method, syntax, trailing, stochastic, diagnostics))
            {
                return null;
            }
            string? scalesName = blocked ? method.Parameters[direction == QuantizeDirection.Quantize ? 2 : 1].Name : null;
            string? seedName = stochastic ? method.Parameters[spans].Name : null;
            string? offsetName = stochastic && trailing == 2 ? method.Parameters[spans + 1].Name : null;
            return new Shape(storage!.Value, input.Name, output.Name, scalesName, seedName, offsetName);
        }

        private static bool CheckSeed(QuantizeDirection direction, IMethodSymbol method, MethodDeclarationSyntax syntax, int trailing, bool stochastic, List<DiagnosticInfo> diagnostics)
        {
            LocationInfo? identifier = LocationInfo.From(syntax.Identifier);
            int seedIndex = method.Parameters.Length - trailing;
            if (trailing > 0 && !stochastic)
            {
                string why = direction == QuantizeDirection.Dequantize
                    ? "[Dequantize] takes no seed: decoding is exact"
                    : "'" + method.Parameters[seedIndex].Name + "' is a seed, but Rounding is not Stochastic: remove it or set Rounding = RoundingMode.Stochastic";
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SeedMismatch, LocationInfo.From(syntax.ParameterList.Parameters[seedIndex]), why));
                return false;
            }
            if (stochastic)
            {
                bool seedOk = trailing >= 1 && method.Parameters[seedIndex].Type.SpecialType == SpecialType.System_UInt64
                    && (trailing == 1 || method.Parameters[seedIndex + 1].Type.SpecialType == SpecialType.System_Int64);
                if (!seedOk)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.SeedMismatch, identifier,
                        "Rounding = Stochastic needs a trailing 'ulong seed' parameter, optionally followed by 'long offset' (the stream index of the first element)"));
                    return false;
                }
            }
            return true;
        }

        private static bool IsInteger(ITypeSymbol type) => type.SpecialType is SpecialType.System_UInt64 or SpecialType.System_Int64
            or SpecialType.System_Int32 or SpecialType.System_UInt32;

        private static CodeStorage? StorageOf(ITypeSymbol type)
        {
            if (type.SpecialType == SpecialType.System_Byte) return CodeStorage.Byte;
            if (type.SpecialType == SpecialType.System_SByte) return CodeStorage.SByte;
            if (SymbolNames.IsHalf(type)) return CodeStorage.Half;
            if (SymbolNames.IsBFloat16(type)) return CodeStorage.BFloat16;
            return null;
        }
    }
}
