using System.Text;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;

namespace NumericKernels.Generators.Planning
{
    /// <summary>
    /// The nk-search command that would produce a catalog entry for a request, named in diagnostics so a user who gets
    /// "no entry" knows exactly what to run.
    /// </summary>
    internal static class FitCommand
    {
        public static string For(ApproximateRequest request) => For(
            request.Function,
            request.Target.Signature.Element,
            request.MaxUlp,
            request.DomainMin,
            request.DomainMax,
            request.SpecialValues == SpecialValuesId.FiniteOnly,
            request.Rounding,
            request.CorrectlyRounded);

        /// <summary>
        /// The command for a request given by its parts, writing the entry to a file per function and format (so that
        /// following the hint for another kernel does not overwrite this entry); nk-search's tests parse it with the real CLI.
        /// </summary>
        public static string For(
            MathFunctionId function,
            ElementKind element,
            double maxUlp,
            double domainMin,
            double domainMax,
            bool finiteOnly,
            RoundingModeId rounding,
            bool correctlyRounded)
            => Request(function, element, maxUlp, domainMin, domainMax, finiteOnly, rounding, correctlyRounded)
                + " --output " + Describe.Function(function) + "-" + Describe.Format(element) + ".cs";

        /// <summary>The request's part of the command (nk-search fit quotes it in the entries it writes).</summary>
        public static string Request(
            MathFunctionId function,
            ElementKind element,
            double maxUlp,
            double domainMin,
            double domainMax,
            bool finiteOnly,
            RoundingModeId rounding,
            bool correctlyRounded)
        {
            var command = new StringBuilder("nk-search fit ");
            command.Append(Describe.Function(function));
            command.Append(" --format ").Append(Describe.Format(element));
            command.Append(" --max-ulp ").Append(EntryEmitter.FormatNumber(maxUlp));
            if (!double.IsInfinity(domainMin) || !double.IsInfinity(domainMax))
            {
                // "=" keeps a negative lower bound from being read as an option.
                command.Append(" --domain=").Append(Bound(domainMin)).Append(',').Append(Bound(domainMax));
            }
            if (finiteOnly)
            {
                command.Append(" --finite-only");
            }
            if (rounding != RoundingModeId.ToNearestEven)
            {
                command.Append(" --rounding ").Append(rounding.ToString());
            }
            if (correctlyRounded)
            {
                command.Append(" --correctly-rounded");
            }
            return command.ToString();
        }

        private static string Bound(double value)
            => double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : EntryEmitter.FormatNumber(value);
    }
}
