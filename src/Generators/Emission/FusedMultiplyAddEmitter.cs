namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Emits private <c>MulAdd</c> helpers (a·b + c with one rounding) for the scalar and every vector width into the
    /// class being written. Kernels call these instead of a·b + c so every path rounds exactly like the scalar one.
    /// </summary>
    /// <remarks>
    /// .NET 9 added Vector128/256/512.FusedMultiplyAdd, always fused (a software fallback where the hardware lacks
    /// FMA). Generated code also compiles for net8.0, where the helpers call the x86 and Arm intrinsics and fall back to
    /// halves or lanes, so the operation is fused everywhere and never an estimate.
    /// </remarks>
    internal static class FusedMultiplyAddEmitter
    {
        public static void Emit(SourceWriter w, ElementTypeNames t, string accessibility = "private")
        {
            string s = t.Scalar;
            string v128 = t.Vector(128), v256 = t.Vector(256), v512 = t.Vector(512);
            const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";
            string arm = t.IsSingle ? "global::System.Runtime.Intrinsics.Arm.AdvSimd" : "global::System.Runtime.Intrinsics.Arm.AdvSimd.Arm64";

            w.WriteLine(Inline);
            w.WriteLine($"{accessibility} static {s} MulAdd({s} a, {s} b, {s} c) => {t.MathClass}.FusedMultiplyAdd(a, b, c);");
            w.WriteLine();

            w.WriteLine(Inline);
            using (w.OpenBlock($"{accessibility} static {v128} MulAdd({v128} a, {v128} b, {v128} c)"))
            {
                w.WriteLine("#if NET9_0_OR_GREATER");
                w.WriteLine("return global::System.Runtime.Intrinsics.Vector128.FusedMultiplyAdd(a, b, c);");
                w.WriteLine("#else");
                w.WriteLine("if (global::System.Runtime.Intrinsics.X86.Fma.IsSupported) return global::System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c);");
                w.WriteLine($"if ({arm}.IsSupported) return {arm}.FusedMultiplyAdd(c, a, b);");
                w.WriteLine($"global::System.Span<{s}> lanes = stackalloc {s}[{t.Lanes(128)}];");
                // Called as static methods: generated files have no using directives, so extension syntax would not bind,
                // and C# 12 does not infer Create<T>(ReadOnlySpan<T>) from a Span<T>.
                w.WriteLine($"for (int i = 0; i < lanes.Length; i++) lanes[i] = {t.MathClass}.FusedMultiplyAdd(global::System.Runtime.Intrinsics.Vector128.GetElement(a, i), global::System.Runtime.Intrinsics.Vector128.GetElement(b, i), global::System.Runtime.Intrinsics.Vector128.GetElement(c, i));");
                w.WriteLine($"return global::System.Runtime.Intrinsics.Vector128.Create((global::System.ReadOnlySpan<{s}>)lanes);");
                w.WriteLine("#endif");
            }
            w.WriteLine();

            w.WriteLine(Inline);
            using (w.OpenBlock($"{accessibility} static {v256} MulAdd({v256} a, {v256} b, {v256} c)"))
            {
                w.WriteLine("#if NET9_0_OR_GREATER");
                w.WriteLine("return global::System.Runtime.Intrinsics.Vector256.FusedMultiplyAdd(a, b, c);");
                w.WriteLine("#else");
                w.WriteLine("if (global::System.Runtime.Intrinsics.X86.Fma.IsSupported) return global::System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c);");
                w.WriteLine("return global::System.Runtime.Intrinsics.Vector256.Create(MulAdd(global::System.Runtime.Intrinsics.Vector256.GetLower(a), global::System.Runtime.Intrinsics.Vector256.GetLower(b), global::System.Runtime.Intrinsics.Vector256.GetLower(c)), MulAdd(global::System.Runtime.Intrinsics.Vector256.GetUpper(a), global::System.Runtime.Intrinsics.Vector256.GetUpper(b), global::System.Runtime.Intrinsics.Vector256.GetUpper(c)));");
                w.WriteLine("#endif");
            }
            w.WriteLine();

            w.WriteLine(Inline);
            using (w.OpenBlock($"{accessibility} static {v512} MulAdd({v512} a, {v512} b, {v512} c)"))
            {
                w.WriteLine("#if NET9_0_OR_GREATER");
                w.WriteLine("return global::System.Runtime.Intrinsics.Vector512.FusedMultiplyAdd(a, b, c);");
                w.WriteLine("#else");
                w.WriteLine("if (global::System.Runtime.Intrinsics.X86.Avx512F.IsSupported) return global::System.Runtime.Intrinsics.X86.Avx512F.FusedMultiplyAdd(a, b, c);");
                w.WriteLine("return global::System.Runtime.Intrinsics.Vector512.Create(MulAdd(global::System.Runtime.Intrinsics.Vector512.GetLower(a), global::System.Runtime.Intrinsics.Vector512.GetLower(b), global::System.Runtime.Intrinsics.Vector512.GetLower(c)), MulAdd(global::System.Runtime.Intrinsics.Vector512.GetUpper(a), global::System.Runtime.Intrinsics.Vector512.GetUpper(b), global::System.Runtime.Intrinsics.Vector512.GetUpper(c)));");
                w.WriteLine("#endif");
            }
        }
    }
}
