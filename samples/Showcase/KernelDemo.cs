using System;
using System.Reflection;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>The span shape shared by generated kernels and TensorPrimitives.</summary>
    internal delegate void SpanKernel<T>(ReadOnlySpan<T> x, Span<T> y);

    /// <summary>
    /// One showcase row: a generated kernel, the exact function it approximates (in double), and the peers it is
    /// compared with.
    /// </summary>
    /// <param name="Name">The annotated method's name.</param>
    /// <param name="Contract">The request as a person reads it: function, type, bound, domain.</param>
    /// <param name="Method">The annotated method, to find the catalog entry the generator chose.</param>
    /// <param name="BoundUlp">The requested bound, to flag a measurement above it.</param>
    /// <param name="Kernel">The generated kernel.</param>
    /// <param name="Reference">The function in double precision (Math.Exp and friends).</param>
    /// <param name="Sweep">Accuracy sweep inputs, all inside the requested domain.</param>
    /// <param name="TimingInputs">The 4096 inputs of the throughput measurement.</param>
    /// <param name="ScalarPeerName">"MathF.Exp", "Math.Log", ...</param>
    /// <param name="ScalarPeer">The scalar library function called in a plain loop (see <see cref="ScalarPeers"/>).</param>
    /// <param name="TensorPrimitivesPeer">The System.Numerics.Tensors equivalent.</param>
    internal sealed record KernelDemo<T>(
        string Name,
        string Contract,
        MethodInfo Method,
        double BoundUlp,
        SpanKernel<T> Kernel,
        Func<double, double> Reference,
        T[] Sweep,
        T[] TimingInputs,
        string ScalarPeerName,
        SpanKernel<T> ScalarPeer,
        SpanKernel<T> TensorPrimitivesPeer)
        where T : unmanaged;
}
