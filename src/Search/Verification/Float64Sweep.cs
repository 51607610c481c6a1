using System;
using System.Runtime.Intrinsics;
using System.Threading;
using System.Threading.Tasks;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Mpfr;

namespace NumericKernels.Search.Verification
{
    /// <summary>
    /// Runs a float64 kernel over a plan of inputs on every core, measuring every result against MPFR (no double
    /// reference is accurate enough for double kernels).
    /// </summary>
    internal static class Float64Sweep
    {
        public const int ChunkSize = 1 << 12;

        /// <summary>Bits of the sweep's exact values: the error of an error is below 2^-70 ULP.</summary>
        public const int WorkingPrecision = 128;

        public static SweepTally Run(CompiledKernel<double> kernel, MathFunctionId function, Float64InputPlan plan, Action<long>? progress, CancellationToken cancellation)
        {
            long chunks = (plan.Count + ChunkSize - 1) / ChunkSize;
            var total = new SweepTally();
            var gate = new object();
            int threads = MpfrLibrary.IsThreadSafe ? Environment.ProcessorCount : 1;
            var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = threads };
            Parallel.For(
                0L,
                chunks,
                options,
                () => new Worker(kernel, function),
                (chunk, _, worker) =>
                {
                    long start = chunk * ChunkSize;
                    int count = (int)Math.Min(ChunkSize, plan.Count - start);
                    worker.Process(plan, start, count, cancellation);
                    progress?.Invoke(count);
                    return worker;
                },
                worker =>
                {
                    worker.Dispose();
                    lock (gate) total.Merge(worker.Tally);
                });
            return total;
        }

        private sealed class Worker : IDisposable
        {
            private readonly CompiledKernel<double> _kernel;
            private readonly MpfrReference _reference;
            private readonly double[] _input = new double[ChunkSize];
            private readonly double[] _output = new double[ChunkSize];

            public Worker(CompiledKernel<double> kernel, MathFunctionId function)
            {
                _kernel = kernel;
                _reference = new MpfrReference(function, WorkingPrecision);
            }

            public SweepTally Tally { get; } = new SweepTally();

            public void Process(Float64InputPlan plan, long start, int count, CancellationToken cancellation)
            {
                Span<double> input = _input.AsSpan(0, count);
                Span<double> output = _output.AsSpan(0, count);
                plan.Fill(start, input);
                _kernel.Span(input, output);
                for (int i = 0; i < input.Length; i++)
                {
                    if ((i & 255) == 0) cancellation.ThrowIfCancellationRequested();
                    double x = input[i];
                    double result = output[i];
                    ReferenceComparison comparison = _reference.Compare(x, result);
                    if (comparison.KindMismatch)
                    {
                        Tally.KindFailures.Add(new FailureExample(BitConverter.DoubleToInt64Bits(x), BitConverter.DoubleToInt64Bits(result), BitConverter.DoubleToInt64Bits(comparison.Expected), "kind"));
                    }
                    else
                    {
                        Tally.Worst.Offer(comparison.UlpError, BitConverter.DoubleToInt64Bits(x), BitConverter.DoubleToInt64Bits(result));
                    }
                    // Every input of a float64 sweep is costly enough that all paths are compared on each.
                    Compare(x, result, _kernel.Scalar(x), "Scalar vs Span");
                    Compare(x, result, _kernel.V128(Vector128.Create(x)).GetElement(0), "V128 vs Span");
                    Compare(x, result, _kernel.V256(Vector256.Create(x)).GetElement(0), "V256 vs Span");
                    Compare(x, result, _kernel.V512(Vector512.Create(x)).GetElement(0), "V512 vs Span");
                    Tally.ConsistencyChecked++;
                }
                Tally.InputsChecked += count;
            }

            public void Dispose() => _reference.Dispose();

            private void Compare(double x, double span, double other, string paths)
            {
                bool same = BitConverter.DoubleToInt64Bits(span) == BitConverter.DoubleToInt64Bits(other) || double.IsNaN(span) && double.IsNaN(other);
                if (!same)
                {
                    Tally.ConsistencyFailures.Add(new FailureExample(BitConverter.DoubleToInt64Bits(x), BitConverter.DoubleToInt64Bits(span), BitConverter.DoubleToInt64Bits(other), paths));
                }
            }
        }
    }
}
