using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;

namespace NumericKernels.Generators.Programs.Lowering
{
    /// <summary>
    /// Writes the members of a program's class: its constants, <c>Scalar</c>, <c>V128</c>, <c>V256</c>, <c>V512</c> (each a
    /// guard choosing an inlined fast path or a never-inlined special path), <c>Span</c>, and the fused multiply-add helpers.
    /// </summary>
    internal static class ProgramClassEmitter
    {
        private static readonly int[] Paths = { 0, 128, 256, 512 };

        private const string AggressiveInlining = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        public static void EmitMembers(SourceWriter w, KernelProgram program)
        {
            EmitConstants(w, program);
            foreach (int bits in Paths)
            {
                w.WriteLine();
                EmitPath(w, program, new PathSpelling(bits));
            }
            w.WriteLine();
            ElementTypeNames t = ElementTypeNames.For(program.Element);
            w.WriteLine("/// <summary>Applies the kernel to every element of <paramref name=\"x\"/>. The caller guarantees y.Length &gt;= x.Length and that x and y are the same memory or do not overlap.</summary>");
            using (w.OpenBlock($"public static void Span(global::System.ReadOnlySpan<{t.Scalar}> x, global::System.Span<{t.Scalar}> y)"))
            {
                Func<int, string, string>? condition = program.Guard is ProgramBlock guard
                    ? (bits, v) => new BlockLowering(program, guard, new PathSpelling(bits)).GuardExpression(v)
                    : null;
                SpanLoopEmitter.EmitBody(w, t, "Scalar", "V", condition);
            }
            foreach (LaneType type in FusedTypes(program))
            {
                w.WriteLine();
                FusedMultiplyAddEmitter.Emit(w, ElementTypeNames.For(type == LaneType.Float32 ? ElementKind.Float32 : ElementKind.Float64));
            }
        }

        private static void EmitPath(SourceWriter w, KernelProgram program, PathSpelling path)
        {
            string type = path.TypeName(program.ElementType, default, false);
            string name = path.FunctionName;
            if (program.Guard is not ProgramBlock guard || program.Special is not ProgramBlock special)
            {
                w.WriteLine(AggressiveInlining);
                using (OpenMethod(w, path, $"public static {type} {name}({type} x)"))
                {
                    new BlockLowering(program, program.Fast, path).EmitStatements(w);
                }
                return;
            }
            w.WriteLine(AggressiveInlining);
            using (OpenMethod(w, path, $"public static {type} {name}({type} x)"))
            {
                w.WriteLine($"return {new BlockLowering(program, guard, path).GuardExpression("x")} ? {name}Fast(x) : {name}Special(x);");
            }
            w.WriteLine();
            // Fast paths are inlined into the span loop: a call per vector would pass Vector512 arguments through memory
            // and reload every constant, costing more than the kernel itself.
            w.WriteLine(AggressiveInlining);
            using (OpenMethod(w, path, $"private static {type} {name}Fast({type} x)"))
            {
                new BlockLowering(program, program.Fast, path).EmitStatements(w);
            }
            w.WriteLine();
            // The special path is never inlined, so the span loop's hot path stays small.
            w.WriteLine("[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]");
            using (OpenMethod(w, path, $"private static {type} {name}Special({type} x)"))
            {
                new BlockLowering(program, special, path).EmitStatements(w);
            }
        }

        /// <summary>
        /// Scalar bodies open an <c>unchecked</c> block: scalar code does integer arithmetic on bit patterns that wraps by
        /// design, and a consumer compiled with CheckForOverflowUnderflow must not get an OverflowException from a kernel.
        /// (Vector arithmetic never checks.)
        /// </summary>
        private static IDisposable OpenMethod(SourceWriter w, PathSpelling path, string signature)
        {
            SourceWriter.Block method = w.OpenBlock(signature);
            return path.IsScalar ? new NestedBlocks(w.OpenBlock("unchecked"), method) : method;
        }

        private sealed class NestedBlocks : IDisposable
        {
            private readonly SourceWriter.Block _inner;
            private readonly SourceWriter.Block _outer;

            public NestedBlocks(SourceWriter.Block inner, SourceWriter.Block outer)
            {
                _inner = inner;
                _outer = outer;
            }

            public void Dispose()
            {
                _inner.Dispose();
                _outer.Dispose();
            }
        }

        /// <summary>The constants some path reads, in table order, as private consts.</summary>
        private static void EmitConstants(SourceWriter w, KernelProgram program)
        {
            var used = new bool[program.Constants.Count];
            foreach (ProgramBlock block in Blocks(program))
            {
                foreach (bool scalar in new[] { true, false })
                {
                    bool[] live = Liveness.Of(block, scalar);
                    for (int i = 0; i < block.Count; i++)
                    {
                        if (live[i] && block[i].Op == Opcode.Constant && block[i].Type.IsFloat()) used[(int)block[i].Immediate] = true;
                    }
                }
            }
            for (int i = 0; i < program.Constants.Count; i++)
            {
                if (!used[i]) continue;
                ProgramConstant constant = program.Constants[i];
                string type = PathSpelling.ElementName(constant.Type);
                w.WriteLine($"private const {type} {constant.Name} = {Literal(constant)}; // {constant.Comment}");
            }
        }

        /// <summary>A C# literal with exactly the constant's bits.</summary>
        public static string Literal(ProgramConstant constant)
        {
            bool single = constant.Type == LaneType.Float32;
            string type = single ? "float" : "double";
            double value = constant.Value;
            if (double.IsNaN(value))
            {
                long canonical = single ? FloatBits.Of(float.NaN) : FloatBits.Of(double.NaN);
                if (constant.Bits != canonical) throw new InvalidOperationException($"Constant {constant.Name}: only the canonical NaN ({type}.NaN) can be written as a constant.");
                return type + ".NaN";
            }
            if (double.IsPositiveInfinity(value)) return type + ".PositiveInfinity";
            if (double.IsNegativeInfinity(value)) return type + ".NegativeInfinity";
            return HexFloat.ToCSharpLiteral(value, single);
        }

        private static IEnumerable<ProgramBlock> Blocks(KernelProgram program)
        {
            yield return program.Fast;
            if (program.Guard is not null) yield return program.Guard;
            if (program.Special is not null) yield return program.Special;
        }

        /// <summary>The float types of the program's fused multiply-adds, the element type first.</summary>
        private static IEnumerable<LaneType> FusedTypes(KernelProgram program) =>
            Blocks(program).SelectMany(block => block.Instructions)
                .Where(i => i.Op == Opcode.FusedMultiplyAdd)
                .Select(i => i.Type)
                .Distinct()
                .OrderBy(type => type == program.ElementType ? 0 : 1);
    }
}
