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
        private const int Unroll = 4;

        private static string Offset(int index, int lanes) => index == 0 ? "" : " + " + (index * lanes).ToString(System.Globalization.CultureInfo.InvariantCulture);

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
                    // Four independent vectors per iteration keep enough work in flight to hide the latency of
                    // long polynomial chains (log's Horner chain is ~10 dependent operations).
                    string[] names = { "a", "b", "c", "d" };
                    using (w.OpenBlock($"for (; i + {Unroll * lanes} <= length; i += {Unroll * lanes})"))
                    {
                        for (int u = 0; u < Unroll; u++)
                        {
                            w.WriteLine($"{t.Vector(bits)} {names[u]} = {vc}.LoadUnsafe(ref xRef, i{Offset(u, lanes)});");
                        }
                        if (fastPathCondition is null)
                        {
                            for (int u = 0; u < Unroll; u++)
                            {
                                w.WriteLine($"{vc}.StoreUnsafe({f}({names[u]}), ref yRef, i{Offset(u, lanes)});");
                            }
                        }
                        else
                        {
                            var conditions = new System.Collections.Generic.List<string>();
                            for (int u = 0; u < Unroll; u++) conditions.Add("(" + fastPathCondition(bits, names[u]) + ")");
                            using (w.OpenBlock($"if ({string.Join(" & ", conditions)})"))
                            {
                                for (int u = 0; u < Unroll; u++)
                                {
                                    w.WriteLine($"{vc}.StoreUnsafe({f}Fast({names[u]}), ref yRef, i{Offset(u, lanes)});");
                                }
                            }
                            using (w.OpenBlock("else"))
                            {
                                for (int u = 0; u < Unroll; u++)
                                {
                                    w.WriteLine($"{vc}.StoreUnsafe({f}({vc}.LoadUnsafe(ref xRef, i{Offset(u, lanes)})), ref yRef, i{Offset(u, lanes)});");
                                }
                            }
                        }
                    }
                    using (w.OpenBlock($"for (; i + {lanes} <= length; i += {lanes})"))
                    {
                        w.WriteLine($"{vc}.StoreUnsafe({f}({vc}.LoadUnsafe(ref xRef, i)), ref yRef, i);");
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
