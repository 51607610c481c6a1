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
        public static string For(ApproximateRequest request)
        {
            var command = new StringBuilder("nk-search fit ");
            command.Append(Describe.Function(request.Function));
            command.Append(" --format ").Append(Describe.Format(request.Target.Signature.Element));
            command.Append(" --max-ulp ").Append(EntryEmitter.FormatNumber(request.MaxUlp));
            if (!double.IsInfinity(request.DomainMin) || !double.IsInfinity(request.DomainMax))
            {
                command.Append(" --domain ").Append(Bound(request.DomainMin)).Append(',').Append(Bound(request.DomainMax));
            }
            if (request.SpecialValues == SpecialValuesId.FiniteOnly)
            {
                command.Append(" --finite-only");
            }
            if (request.Rounding != RoundingModeId.ToNearestEven)
            {
                command.Append(" --rounding ").Append(RoundingOption(request.Rounding));
            }
            if (request.CorrectlyRounded)
            {
                command.Append(" --correctly-rounded");
            }
            return command.ToString();
        }

        private static string Bound(double value)
            => double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf" : EntryEmitter.FormatNumber(value);

        /// <summary>Kebab case of the enum member: TowardZero becomes toward-zero.</summary>
        public static string RoundingOption(RoundingModeId rounding)
        {
            string name = rounding.ToString();
            var option = new StringBuilder();
            for (int i = 0; i < name.Length; i++)
            {
                if (char.IsUpper(name[i]) && i > 0)
                {
                    option.Append('-');
                }
                option.Append(char.ToLowerInvariant(name[i]));
            }
            return option.ToString();
        }
    }
}
