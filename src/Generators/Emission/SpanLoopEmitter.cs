namespace NumericKernels.Generators.Emission
{
    /// <summary>
    /// Emits the body of a span kernel that applies per-element functions (one scalar, one per vector width) and picks the
    /// widest hardware-accelerated width at run time.
    /// </summary>
    /// <remarks>
    /// The caller validates lengths and overlap. Exact aliasing (y is x) is supported: the last full vector is loaded
    /// before anything is stored and written last, so the overlapping tail is computed from original inputs and the
    /// elements it rewrites get the values they already had.
    /// </remarks>
    internal static class SpanLoopEmitter
    {
        /// <param name="w">Writer positioned inside a method whose parameters are <c>x</c> (ReadOnlySpan) and <c>y</c> (Span).</param>
        /// <param name="t">Element type.</param>
        /// <param name="scalarFunction">Name of the scalar element function.</param>
        /// <param name="vectorFunctionPrefix">Prefix of the vector functions: prefix + "128", "256", "512".</param>
        /// <param name="fastPathCondition">
        /// For programs with a special path: given a width and a vector variable, the condition under which the fast
        /// path alone is right for every lane. The unrolled loop then tests both vectors and runs the inlined fast
        /// paths with no call on the hot path (a call would make the JIT spill every vector register around it); any
        /// other pair goes through the checked functions, reloading its inputs from memory.
        /// </param>
        public static void EmitBody(SourceWriter w, ElementTypeNames t, string scalarFunction, string vectorFunctionPrefix, System.Func<int, string, string>? fastPathCondition = null)
        {
            string s = t.Scalar;
            w.WriteLine($"ref {s} xRef = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(x);");
            w.WriteLine($"ref {s} yRef = ref global::System.Runtime.InteropServices.MemoryMarshal.GetReference(y);");
            w.WriteLine("nuint length = (nuint)x.Length;");
            w.WriteLine("nuint i = 0;");
            foreach (int bits in new[] { 512, 256, 128 })
            {
                int lanes = t.Lanes(bits);
                string vc = ElementTypeNames.VectorClass(bits);
                string f = vectorFunctionPrefix + bits;
                using (w.OpenBlock($"if ({vc}.IsHardwareAccelerated && length >= {lanes})"))
                {
                    w.WriteLine($"{t.Vector(bits)} last = {vc}.LoadUnsafe(ref xRef, length - {lanes});");
                    using (w.OpenBlock($"for (; i + {2 * lanes} <= length; i += {2 * lanes})"))
                    {
                        w.WriteLine($"{t.Vector(bits)} a = {vc}.LoadUnsafe(ref xRef, i);");
                        w.WriteLine($"{t.Vector(bits)} b = {vc}.LoadUnsafe(ref xRef, i + {lanes});");
                        if (fastPathCondition is null)
                        {
                            w.WriteLine($"{vc}.StoreUnsafe({f}(a), ref yRef, i);");
                            w.WriteLine($"{vc}.StoreUnsafe({f}(b), ref yRef, i + {lanes});");
                        }
                        else
                        {
                            using (w.OpenBlock($"if (({fastPathCondition(bits, "a")}) & ({fastPathCondition(bits, "b")}))"))
                            {
                                w.WriteLine($"{vc}.StoreUnsafe({f}Fast(a), ref yRef, i);");
                                w.WriteLine($"{vc}.StoreUnsafe({f}Fast(b), ref yRef, i + {lanes});");
                            }
                            using (w.OpenBlock("else"))
                            {
                                w.WriteLine($"{vc}.StoreUnsafe({f}({vc}.LoadUnsafe(ref xRef, i)), ref yRef, i);");
                                w.WriteLine($"{vc}.StoreUnsafe({f}({vc}.LoadUnsafe(ref xRef, i + {lanes})), ref yRef, i + {lanes});");
                            }
                        }
                    }
                    using (w.OpenBlock($"if (i + {lanes} <= length)"))
                    {
                        w.WriteLine($"{vc}.StoreUnsafe({f}({vc}.LoadUnsafe(ref xRef, i)), ref yRef, i);");
                        w.WriteLine($"i += {lanes};");
                    }
                    using (w.OpenBlock("if (i < length)"))
                    {
                        w.WriteLine($"{vc}.StoreUnsafe({f}(last), ref yRef, length - {lanes});");
                    }
                    w.WriteLine("return;");
                }
            }
            using (w.OpenBlock("for (; i < length; i++)"))
            {
                w.WriteLine($"global::System.Runtime.CompilerServices.Unsafe.Add(ref yRef, i) = {scalarFunction}(global::System.Runtime.CompilerServices.Unsafe.Add(ref xRef, i));");
            }
        }
    }
}
