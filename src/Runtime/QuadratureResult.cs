namespace NumericKernels;

/// <summary>The result of an adaptive quadrature kernel.</summary>
/// <param name="Value">The integral estimate.</param>
/// <param name="ErrorEstimate">An estimate of the absolute error of <paramref name="Value"/>.</param>
/// <param name="Evaluations">Integrand evaluations made.</param>
/// <param name="Converged">Whether the tolerances were met within the subdivision limit.</param>
public readonly record struct QuadratureResult(double Value, double ErrorEstimate, int Evaluations, bool Converged);
