using System;
using System.Collections.Generic;
using System.Linq;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs;
using NumericKernels.Search.Programs;
using NumericKernels.Search.Verification;
using Xunit;

namespace NumericKernels.Search.Tests.Programs
{
    /// <summary>
    /// fit, evolve and the polish trust the interpreter instead of compiling each candidate, so it must give the emitted
    /// scalar path's bits: every catalog entry's program, interpreted, against its compiled emitted class, on 2^20 inputs
    /// each (special values, random bit patterns and values across the fast path's range), NaN payloads included.
    /// </summary>
    public class ProgramInterpreterTests
    {
        private const int Inputs = 1 << 20;

        public static IEnumerable<object[]> EntryIds() => KernelCatalog.Entries.Select(e => new object[] { e.Id });

        [Theory]
        [MemberData(nameof(EntryIds))]
        public void InterpretedProgramIsBitIdenticalToTheCompiledScalarPath(string id)
        {
            CatalogEntry entry = KernelCatalog.Entries.Single(e => e.Id == id);
            var interpreter = new ProgramInterpreter(KernelPrograms.Build(entry));
            if (entry.Element == ElementKind.Float32)
            {
                using CompiledKernel<float> kernel = KernelCompiler.Compile<float>(entry);
                float[] x = SingleInputs(entry, new Random(StableSeed(id)));
                var y = new float[x.Length];
                interpreter.Evaluate(x, y);
                for (int i = 0; i < x.Length; i++)
                {
                    int expected = BitConverter.SingleToInt32Bits(kernel.Scalar(x[i]));
                    int actual = BitConverter.SingleToInt32Bits(y[i]);
                    if (expected != actual) Assert.Fail($"{id}: x = {x[i]:R} (0x{BitConverter.SingleToInt32Bits(x[i]):X8}): compiled 0x{expected:X8}, interpreted 0x{actual:X8}");
                }
            }
            else
            {
                using CompiledKernel<double> kernel = KernelCompiler.Compile<double>(entry);
                double[] x = DoubleInputs(entry, new Random(StableSeed(id)));
                var y = new double[x.Length];
                interpreter.Evaluate(x, y);
                for (int i = 0; i < x.Length; i++)
                {
                    long expected = BitConverter.DoubleToInt64Bits(kernel.Scalar(x[i]));
                    long actual = BitConverter.DoubleToInt64Bits(y[i]);
                    if (expected != actual) Assert.Fail($"{id}: x = {x[i]:R} (0x{BitConverter.DoubleToInt64Bits(x[i]):X16}): compiled 0x{expected:X16}, interpreted 0x{actual:X16}");
                }
            }
        }

        [Fact]
        public void ScalarAndSpanEvaluationAgree()
        {
            CatalogEntry entry = KernelCatalog.Entries.Single(e => e.Id == "sin.f32.u1");
            var interpreter = new ProgramInterpreter(KernelPrograms.Build(entry));
            float[] x = { 0.5f, 1e30f, float.NaN, -0f, 3e5f, float.NegativeInfinity };
            var y = new float[x.Length];
            interpreter.Evaluate(x, y);
            for (int i = 0; i < x.Length; i++) Assert.Equal(BitConverter.SingleToInt32Bits(y[i]), BitConverter.SingleToInt32Bits(interpreter.Evaluate(x[i])));
        }

        [Fact]
        public void ElementTypeMismatchIsAnArgumentException()
        {
            var interpreter = new ProgramInterpreter(KernelPrograms.Build(KernelCatalog.Entries.Single(e => e.Id == "exp.f64.u1")));
            Assert.Throws<ArgumentException>(() => interpreter.Evaluate(1f));
        }

        /// <summary>A seed fixed by the entry id (string hash codes differ between processes).</summary>
        private static int StableSeed(string id) => id.Aggregate(17, (hash, c) => unchecked(hash * 31 + c));

        /// <summary>Special values, both signs: zeros, subnormals, the normal range's ends, infinities, NaNs with payloads.</summary>
        private static readonly int[] SingleSpecials =
        {
            0x00000000, 0x00000001, 0x00000002, 0x007FFFFF, 0x00800000, 0x00800001, 0x3F800000, 0x3F7FFFFF, 0x3F800001, 0x3F3504F3,
            0x7F7FFFFF, 0x7F800000, 0x7FC00000, 0x7FC00001, 0x7FBFFFFF, 0x7F800001, 0x7FFFFFFF, 0x1B000000, 0x0D800000, 0x48800000,
        };

        private static float[] SingleInputs(CatalogEntry entry, Random random)
        {
            var x = new List<float>();
            foreach (int bits in SingleSpecials)
            {
                x.Add(BitConverter.Int32BitsToSingle(bits));
                x.Add(BitConverter.Int32BitsToSingle(bits | int.MinValue));
            }
            // Thresholds of the special paths and clamps, and their neighbours.
            foreach (NamedConstant c in entry.Constants)
            {
                float v = (float)HexFloat.Parse(c.HexFloat);
                foreach (float w in new[] { v, MathF.BitIncrement(v), MathF.BitDecrement(v), -v }) x.Add(w);
            }
            double low = Math.Max(entry.DomainMin, -300), high = Math.Min(entry.DomainMax, 300);
            while (x.Count < Inputs)
            {
                x.Add((x.Count % 3) switch
                {
                    0 => BitConverter.Int32BitsToSingle(random.Next() ^ (random.Next(2) << 31)),
                    1 => (float)(low + (high - low) * random.NextDouble()),
                    _ => (float)Math.ScaleB(random.NextDouble() * 2 - 1, random.Next(-30, 30)),
                });
            }
            return x.ToArray();
        }

        private static double[] DoubleInputs(CatalogEntry entry, Random random)
        {
            var x = new List<double>();
            foreach (long bits in new[] { 0L, 1L, 0x000FFFFFFFFFFFFFL, 0x0010000000000000L, 0x3FF0000000000000L, 0x7FEFFFFFFFFFFFFFL, 0x7FF0000000000000L, 0x7FF8000000000000L, 0x7FF8000000000001L, 0x7FF0000000000001L })
            {
                x.Add(BitConverter.Int64BitsToDouble(bits));
                x.Add(BitConverter.Int64BitsToDouble(bits | long.MinValue));
            }
            foreach (NamedConstant c in entry.Constants)
            {
                double v = HexFloat.Parse(c.HexFloat);
                foreach (double w in new[] { v, Math.BitIncrement(v), Math.BitDecrement(v), -v }) x.Add(w);
            }
            double low = Math.Max(entry.DomainMin, -800), high = Math.Min(entry.DomainMax, 800);
            while (x.Count < Inputs)
            {
                x.Add((x.Count % 3) switch
                {
                    0 => BitConverter.Int64BitsToDouble(random.NextInt64() ^ ((long)random.Next(2) << 63)),
                    1 => low + (high - low) * random.NextDouble(),
                    _ => Math.ScaleB(random.NextDouble() * 2 - 1, random.Next(-60, 60)),
                });
            }
            return x.ToArray();
        }
    }
}
