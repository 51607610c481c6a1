using System;
using System.Linq;
using System.Reflection;
using NumericKernels.Generators.Tests.TestHelpers;
using Xunit;

namespace NumericKernels.Generators.Tests
{
    /// <summary>
    /// Runs generated [Polynomial] kernels (compiled for net10.0 in memory) and compares them with a scalar reference, bit
    /// for bit.
    /// </summary>
    public class PolynomialExecutionTests
    {
        private static readonly float[] s_coefficients = { 1.0f, 0.5f, 0.25f, -0.125f, 0.0625f };

        // Arrays cross the reflection boundary; spans and vectors stay inside the compiled code.
        private const string Probe = """
            public static class Probe
            {
                public static float Scalar(float x) => Kernels.Poly(x);

                public static float[] V128(float[] x) => Lanes(x, 4, chunk => { float[] r = new float[4]; Kernels.Poly(Vector128.Create(chunk)).CopyTo(r); return r; });

                public static float[] V256(float[] x) => Lanes(x, 8, chunk => { float[] r = new float[8]; Kernels.Poly(Vector256.Create(chunk)).CopyTo(r); return r; });

                public static float[] V512(float[] x) => Lanes(x, 16, chunk => { float[] r = new float[16]; Kernels.Poly(Vector512.Create(chunk)).CopyTo(r); return r; });

                public static float[] Span(float[] x)
                {
                    float[] y = new float[x.Length + 3];
                    Kernels.Poly(x, y);
                    return y.AsSpan(0, x.Length).ToArray();
                }

                public static float[] InPlace(float[] x)
                {
                    float[] y = (float[])x.Clone();
                    Kernels.Poly(y, y);
                    return y;
                }

                public static ushort[] ToHalf(float[] x)
                {
                    Half[] y = new Half[x.Length];
                    Kernels.PolyToHalf(x, y);
                    return y.Select(BitConverter.HalfToUInt16Bits).ToArray();
                }

                public static ushort[] ToBFloat16(float[] x)
                {
                    BFloat16[] y = new BFloat16[x.Length];
                    Kernels.PolyToBFloat16(x, y);
                    return y.Select(v => v.RawValue).ToArray();
                }

                public static string ShortDestination(int length)
                {
                    try { Kernels.Poly(new float[length], new float[length - 1]); return "no exception"; }
                    catch (ArgumentException e) { return e.ParamName ?? "null"; }
                }

                public static string PartialOverlap(int shift)
                {
                    float[] buffer = new float[64];
                    try { Kernels.Poly(buffer.AsSpan(0, 32), buffer.AsSpan(shift, 32)); return "no exception"; }
                    catch (ArgumentException e) { return e.ParamName ?? "null"; }
                }

                private static float[] Lanes(float[] x, int lanes, Func<float[], float[]> kernel)
                {
                    var result = new System.Collections.Generic.List<float>();
                    for (int i = 0; i < x.Length; i += lanes)
                    {
                        float[] chunk = new float[lanes];
                        Array.Copy(x, i, chunk, 0, Math.Min(lanes, x.Length - i));
                        result.AddRange(kernel(chunk).Take(Math.Min(lanes, x.Length - i)));
                    }
                    return result.ToArray();
                }
            }
            """;

        private static readonly Lazy<Assembly> s_assembly = new(() =>
        {
            string source = KernelSources.InKernelsClass(KernelSources.PolynomialAllShapesFloat)
                .Replace("using System;", "using System;\nusing System.Linq;") + "\n" + Probe;
            GeneratorRun run = GeneratorHarness.Run(source, TargetFramework.Net100);
            Assert.Empty(run.GeneratorDiagnostics);
            Assert.Empty(run.CompilationProblems.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
            return InMemoryAssembly.Load(run.Output);
        });

        private static float HornerReference(float x)
        {
            float p = s_coefficients[^1];
            for (int k = s_coefficients.Length - 2; k >= 0; k--)
            {
                p = MathF.FusedMultiplyAdd(p, x, s_coefficients[k]);
            }
            return p;
        }

        /// <summary>Ordinary and awkward inputs: a spread over [-8, 8], tiny and huge values, zeros, infinities, NaN.</summary>
        private static float[] Inputs()
        {
            var random = new Random(20240601);
            float[] spread = Enumerable.Range(0, 4000).Select(_ => (float)(random.NextDouble() * 16 - 8)).ToArray();
            float[] special = { 0f, -0f, 1f, -1f, float.Epsilon, -float.Epsilon, 1e-30f, 3e38f, -3e38f, float.MaxValue, float.PositiveInfinity, float.NegativeInfinity, float.NaN };
            return spread.Concat(special).ToArray();
        }

        private static void AssertBitIdentical(float[] inputs, float[] actual, string path)
        {
            Assert.Equal(inputs.Length, actual.Length);
            for (int i = 0; i < inputs.Length; i++)
            {
                float expected = HornerReference(inputs[i]);
                // NaN payloads are not part of the contract; every other result must match to the bit.
                bool same = float.IsNaN(expected) ? float.IsNaN(actual[i]) : BitConverter.SingleToInt32Bits(expected) == BitConverter.SingleToInt32Bits(actual[i]);
                Assert.True(same, $"{path}: p({inputs[i]:R}) = {actual[i]:R}, scalar FMA Horner reference {expected:R}");
            }
        }

        [Fact]
        public void Scalar_equals_scalar_fma_horner_bit_for_bit()
        {
            var scalar = InMemoryAssembly.Function<float, float>(s_assembly.Value, "Demo.Probe", "Scalar");
            float[] inputs = Inputs();
            AssertBitIdentical(inputs, inputs.Select(scalar).ToArray(), "scalar");
        }

        [Theory]
        [InlineData("V128")]
        [InlineData("V256")]
        [InlineData("V512")]
        public void Vector_paths_equal_scalar_fma_horner_bit_for_bit(string path)
        {
            var kernel = InMemoryAssembly.Function<float[], float[]>(s_assembly.Value, "Demo.Probe", path);
            float[] inputs = Inputs();
            AssertBitIdentical(inputs, kernel(inputs), path);
        }

        [Fact]
        public void Span_path_equals_scalar_fma_horner_for_every_length_0_to_70_out_of_place_and_in_place()
        {
            var span = InMemoryAssembly.Function<float[], float[]>(s_assembly.Value, "Demo.Probe", "Span");
            var inPlace = InMemoryAssembly.Function<float[], float[]>(s_assembly.Value, "Demo.Probe", "InPlace");
            float[] inputs = Inputs();
            for (int length = 0; length <= 70; length++)
            {
                float[] x = inputs.Skip(length * 13).Take(length).ToArray();
                AssertBitIdentical(x, span(x), $"span length {length}");
                AssertBitIdentical(x, inPlace(x), $"in-place span length {length}");
            }
            AssertBitIdentical(inputs, span(inputs), "span, all inputs");
        }

        [Fact]
        public void Narrowing_spans_equal_the_reference_converted_once()
        {
            var toHalf = InMemoryAssembly.Function<float[], ushort[]>(s_assembly.Value, "Demo.Probe", "ToHalf");
            var toBFloat16 = InMemoryAssembly.Function<float[], ushort[]>(s_assembly.Value, "Demo.Probe", "ToBFloat16");
            // Longer than one 256-element chunk, and not a multiple of it, to cover the chunk boundary and the tail.
            float[] inputs = Inputs().Where(v => !float.IsNaN(v)).Take(700).ToArray();

            ushort[] half = toHalf(inputs);
            ushort[] bfloat = toBFloat16(inputs);
            for (int i = 0; i < inputs.Length; i++)
            {
                float expected = HornerReference(inputs[i]);
                Assert.Equal(BitConverter.HalfToUInt16Bits((Half)expected), half[i]);
                Assert.Equal(((BFloat16)expected).RawValue, bfloat[i]);
            }
        }

        [Fact]
        public void Span_contract_violations_throw_ArgumentException_naming_the_users_destination_parameter()
        {
            var shortDestination = InMemoryAssembly.Function<int, string>(s_assembly.Value, "Demo.Probe", "ShortDestination");
            var partialOverlap = InMemoryAssembly.Function<int, string>(s_assembly.Value, "Demo.Probe", "PartialOverlap");

            Assert.Equal("results", shortDestination(1));
            Assert.Equal("results", shortDestination(40));
            Assert.Equal("results", partialOverlap(1));
            Assert.Equal("results", partialOverlap(31));
            Assert.Equal("no exception", partialOverlap(0));
            Assert.Equal("no exception", partialOverlap(32));
        }
    }
}
