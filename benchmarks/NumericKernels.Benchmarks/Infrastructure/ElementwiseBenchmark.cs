using System;
using BenchmarkDotNet.Attributes;

namespace NumericKernels.Benchmarks.Infrastructure
{
    /// <summary>
    /// What every y[i] = f(x[i]) benchmark class shares: the size parameter, the input and output spans the generated
    /// kernels and the peers write through, and the <see cref="IElementwiseBenchmark"/> view the accuracy check reads.
    /// A class adds its peers, its reference function and its inputs.
    /// </summary>
    public abstract class ElementwiseBenchmark : IElementwiseBenchmark
    {
        [ParamsSource(nameof(Sizes))]
        public int N;

        protected float[] _x = Array.Empty<float>();

        protected float[] _y = Array.Empty<float>();

        public static int[] Sizes => BenchmarkInputs.Sizes;

        int IElementwiseBenchmark.Elements { get => N; set => N = value; }

        float[] IElementwiseBenchmark.Input => _x;

        float[] IElementwiseBenchmark.Output => _y;

        /// <inheritdoc cref="IElementwiseBenchmark.Reference"/>
        public abstract double Reference(double x);

        /// <summary>Fills <c>_x</c> with the class's inputs and gives <c>_y</c> its own array (not in place: exp fed its own results would drift).</summary>
        public abstract void Setup();
    }
}
