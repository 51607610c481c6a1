using System.Collections.Generic;

namespace NumericKernels.Generators.Programs.Fitting
{
    /// <summary>
    /// One core polynomial of a program as a minimax problem, in the form of Sollya's fpminimax: fit c_j so that
    /// A(x) + Σ c_j·x^(p_j) approximates the target on [Min, Max] with the smallest largest relative error, A being the
    /// fixed leading part and p_j the free powers.
    /// </summary>
    /// <param name="Name">What is approximated, for messages: "exp(r) = 1 + r + r²·P(r)".</param>
    /// <param name="Target">The function approximated.</param>
    /// <param name="Min">Lower end of the reduced interval.</param>
    /// <param name="Max">Upper end.</param>
    /// <param name="Fixed">The fixed leading part.</param>
    /// <param name="FreePowers">Ascending powers with a constant step (1, or 2 for the odd or even parts of odd or even functions, fitted on [0, b]).</param>
    /// <param name="CoefficientNames">The catalog name of each free power's coefficient.</param>
    /// <param name="Center">For <see cref="CoreTarget.FunctionAroundCenter"/>: the point the polynomial is centred on.</param>
    /// <param name="PolishRange">
    /// The inputs x (not reduced arguments) whose results depend on this core alone, when the program selects one core per
    /// lane: its coefficients are then polished on a sample of that range only. Null when every result depends on every core.
    /// </param>
    internal sealed record CoreFit(
        string Name,
        CoreTarget Target,
        double Min,
        double Max,
        IReadOnlyList<FixedTerm> Fixed,
        IReadOnlyList<int> FreePowers,
        IReadOnlyList<string> CoefficientNames,
        double Center = 0,
        SampleRange? PolishRange = null);
}
