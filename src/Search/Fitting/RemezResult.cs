using System.Collections.Generic;
using NumericKernels.Generators.Numerics;

namespace NumericKernels.Search.Fitting
{
    /// <summary>The outcome of a Remez exchange.</summary>
    /// <param name="Coefficients">One per free power of the problem (fixed ones included), ascending power.</param>
    /// <param name="MaxError">Largest weighted error found (on the grid and the refined extrema).</param>
    /// <param name="LevelledError">|E| of the last reference system; equals MaxError at convergence.</param>
    /// <param name="Iterations">Exchanges performed.</param>
    /// <param name="Converged">True when the extrema levelled to within the tolerance.</param>
    /// <param name="Reference">The final equioscillation points.</param>
    internal sealed record RemezResult(
        IReadOnlyList<DoubleDouble> Coefficients,
        double MaxError,
        double LevelledError,
        int Iterations,
        bool Converged,
        IReadOnlyList<double> Reference);
}
