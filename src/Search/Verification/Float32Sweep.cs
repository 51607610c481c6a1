using System;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Numerics;
using R = NumericKernels.Search.Numerics.DoubleReference;

namespace NumericKernels.Search.Verification
{
    /// <summary>
    /// Runs a float32 kernel over a plan of inputs on every core, chunk by chunk through its Span method, measuring each
    /// result against a double-precision reference (the fast path; the caller re-checks the worst inputs with MPFR).
    /// </summary>
    internal static class Float32Sweep
    {
        public const int ChunkSize = 1 << 16;

        /// <summary>One input in this many is also run through Scalar, V128, V256 and V512 and compared bit for bit.</summary>
        public const int ConsistencyStride = 1024;

        public static SweepTally Run(CompiledKernel<float> kernel, MathFunctionId function, Float32InputPlan plan, Action<long>? progress, CancellationToken cancellation) => function switch
        {
            MathFunctionId.Exp => Run<R.Exp>(kernel, plan, progress, cancellation),
            MathFunctionId.Exp2 => Run<R.Exp2>(kernel, plan, progress, cancellation),
            MathFunctionId.Exp10 => Run<R.Exp10>(kernel, plan, progress, cancellation),
            MathFunctionId.ExpM1 => Run<R.ExpM1>(kernel, plan, progress, cancellation),
            MathFunctionId.Log => Run<R.Log>(kernel, plan, progress, cancellation),
            MathFunctionId.Log2 => Run<R.Log2>(kernel, plan, progress, cancellation),
            MathFunctionId.Log10 => Run<R.Log10>(kernel, plan, progress, cancellation),
            MathFunctionId.Log1P => Run<R.Log1P>(kernel, plan, progress, cancellation),
            MathFunctionId.Sin => Run<R.Sin>(kernel, plan, progress, cancellation),
            MathFunctionId.Cos => Run<R.Cos>(kernel, plan, progress, cancellation),
            MathFunctionId.Tan => Run<R.Tan>(kernel, plan, progress, cancellation),
            MathFunctionId.Asin => Run<R.Asin>(kernel, plan, progress, cancellation),
            MathFunctionId.Acos => Run<R.Acos>(kernel, plan, progress, cancellation),
            MathFunctionId.Atan => Run<R.Atan>(kernel, plan, progress, cancellation),
            MathFunctionId.Sinh => Run<R.Sinh>(kernel, plan, progress, cancellation),
            MathFunctionId.Cosh => Run<R.Cosh>(kernel, plan, progress, cancellation),
            MathFunctionId.Tanh => Run<R.Tanh>(kernel, plan, progress, cancellation),
            MathFunctionId.Erf => Run<R.Erf>(kernel, plan, progress, cancellation),
            MathFunctionId.Erfc => Run<R.Erfc>(kernel, plan, progress, cancellation),
            MathFunctionId.Sigmoid => Run<R.Sigmoid>(kernel, plan, progress, cancellation),
            MathFunctionId.Cbrt => Run<R.Cbrt>(kernel, plan, progress, cancellation),
            MathFunctionId.ReciprocalSqrt => Run<R.ReciprocalSqrt>(kernel, plan, progress, cancellation),
            _ => throw new ArgumentOutOfRangeException(nameof(function), function, "No double reference for this function."),
        };

        /// <summary>The double reference of <paramref name="function"/> as a delegate, for the few evaluations outside the hot loop.</summary>
        public static Func<double, double> Reference(MathFunctionId function) => function switch
        {
            MathFunctionId.Exp => R.Exp.Evaluate,
            MathFunctionId.Exp2 => R.Exp2.Evaluate,
            MathFunctionId.Exp10 => R.Exp10.Evaluate,
            MathFunctionId.ExpM1 => R.ExpM1.Evaluate,
            MathFunctionId.Log => R.Log.Evaluate,
            MathFunctionId.Log2 => R.Log2.Evaluate,
            MathFunctionId.Log10 => R.Log10.Evaluate,
            MathFunctionId.Log1P => R.Log1P.Evaluate,
            MathFunctionId.Sin => R.Sin.Evaluate,
            MathFunctionId.Cos => R.Cos.Evaluate,
            MathFunctionId.Tan => R.Tan.Evaluate,
            MathFunctionId.Asin => R.Asin.Evaluate,
            MathFunctionId.Acos => R.Acos.Evaluate,
            MathFunctionId.Atan => R.Atan.Evaluate,
            MathFunctionId.Sinh => R.Sinh.Evaluate,
            MathFunctionId.Cosh => R.Cosh.Evaluate,
            MathFunctionId.Tanh => R.Tanh.Evaluate,
            MathFunctionId.Erf => R.Erf.Evaluate,
            MathFunctionId.Erfc => R.Erfc.Evaluate,
            MathFunctionId.Sigmoid => R.Sigmoid.Evaluate,
            MathFunctionId.Cbrt => R.Cbrt.Evaluate,
            MathFunctionId.ReciprocalSqrt => R.ReciprocalSqrt.Evaluate,
            _ => throw new ArgumentOutOfRangeException(nameof(function), function, "No double reference for this function."),
        };

        private static SweepTally Run<TReference>(CompiledKernel<float> kernel, Float32InputPlan plan, Action<long>? progress, CancellationToken cancellation)
            where TReference : struct, IDoubleReference
        {
            long chunks = (plan.Count + ChunkSize - 1) / ChunkSize;
            var total = new SweepTally();
            var gate = new object();
            var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount };
            Parallel.For(
                0L,
                chunks,
                options,
                () => new Worker(kernel),
                (chunk, _, worker) =>
                {
                    long start = chunk * ChunkSize;
                    int count = (int)Math.Min(ChunkSize, plan.Count - start);
                    worker.Process<TReference>(plan, start, count);
                    progress?.Invoke(count);
                    return worker;
                },
                worker =>
                {
                    lock (gate) total.Merge(worker.Tally);
                });
            return total;
        }

        private sealed class Worker
        {
            private readonly CompiledKernel<float> _kernel;
            private readonly float[] _input = new float[ChunkSize];
            private readonly float[] _output = new float[ChunkSize];

            public Worker(CompiledKernel<float> kernel) => _kernel = kernel;

            public SweepTally Tally { get; } = new SweepTally();

            public void Process<TReference>(Float32InputPlan plan, long start, int count)
                where TReference : struct, IDoubleReference
            {
                Span<float> input = _input.AsSpan(0, count);
                Span<float> output = _output.AsSpan(0, count);
                plan.Fill(start, input);
                _kernel.Span(input, output);
                WorstCases worst = Tally.Worst;
                double threshold = worst.Threshold;
                for (int i = 0; i < input.Length; i++)
                {
                    float x = input[i];
                    float result = output[i];
                    double reference = TReference.Evaluate(x);
                    float expected = (float)reference;
                    if (float.IsFinite(result) && float.IsFinite(expected) && (result != 0 || expected != 0))
                    {
                        double error = Math.Abs(reference - result) * InverseFloatUlp(reference);
                        if (error > threshold)
                        {
                            worst.Offer(error, BitConverter.SingleToInt32Bits(x), BitConverter.SingleToInt32Bits(result));
                            threshold = worst.Threshold;
                        }
                    }
                    else if (ResultKind.Differs(expected, result))
                    {
                        Tally.KindFailures.Add(new FailureExample(BitConverter.SingleToInt32Bits(x), BitConverter.SingleToInt32Bits(result), BitConverter.SingleToInt32Bits(expected), "kind"));
                    }
                }
                Tally.InputsChecked += count;
                CheckPathsAgree(input, output, start);
            }

            /// <summary>
            /// 1 / ulp_float(v) for the binade of v, with subnormals at 2^-149 and beyond-max values at 2^104. A
            /// reference that is exactly a power of two may be the rounding of a true value just below it, whose ULP is
            /// half as large, so powers of two are measured against the smaller ULP: conservative, never flattering.
            /// </summary>
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            private static double InverseFloatUlp(double value)
            {
                long bits = BitConverter.DoubleToInt64Bits(value);
                int exponent = (int)((bits >> 52) & 0x7FF) - 1023;
                if ((bits & 0xF_FFFF_FFFF_FFFFL) == 0)
                {
                    exponent--;
                }
                exponent = Math.Clamp(exponent, -126, 127);
                return BitConverter.Int64BitsToDouble((long)(23 - exponent + 1023) << 52);
            }

            private void CheckPathsAgree(ReadOnlySpan<float> input, ReadOnlySpan<float> output, long start)
            {
                int first = (int)((ConsistencyStride - start % ConsistencyStride) % ConsistencyStride);
                for (int i = first; i < input.Length; i += ConsistencyStride)
                {
                    float x = input[i];
                    float span = output[i];
                    Compare(x, span, _kernel.Scalar(x), "Scalar vs Span");
                    Compare(x, span, _kernel.V128(Vector128.Create(x)).GetElement(0), "V128 vs Span");
                    Compare(x, span, _kernel.V256(Vector256.Create(x)).GetElement(0), "V256 vs Span");
                    Compare(x, span, _kernel.V512(Vector512.Create(x)).GetElement(0), "V512 vs Span");
                    Tally.ConsistencyChecked++;
                }
            }

            private void Compare(float x, float span, float other, string paths)
            {
                bool same = BitConverter.SingleToInt32Bits(span) == BitConverter.SingleToInt32Bits(other) || float.IsNaN(span) && float.IsNaN(other);
                if (!same)
                {
                    Tally.ConsistencyFailures.Add(new FailureExample(BitConverter.SingleToInt32Bits(x), BitConverter.SingleToInt32Bits(span), BitConverter.SingleToInt32Bits(other), paths));
                }
            }
        }
    }
}
