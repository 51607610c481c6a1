using System;
using System.Globalization;
using System.Linq;
using System.Text;
using NumericKernels.Generators.Catalog;
using NumericKernels.Search.Cli;

namespace NumericKernels.Search.Fitting
{
    /// <summary>Writes a catalog entry as the C# of KernelCatalog.*.cs, ready to paste into a yield return.</summary>
    internal static class CatalogEntryWriter
    {
        public static string Write(CatalogEntry entry, string comment)
        {
            var text = new StringBuilder();
            text.AppendLine("// " + comment);
            text.AppendLine("yield return new CatalogEntry(");
            text.AppendLine($"    Id: {Quote(entry.Id)},");
            text.AppendLine($"    Function: MathFunctionId.{entry.Function},");
            text.AppendLine($"    Element: ElementKind.{entry.Element},");
            text.AppendLine($"    DomainMin: {Bound(entry.DomainMin)},");
            text.AppendLine($"    DomainMax: {Bound(entry.DomainMax)},");
            text.AppendLine($"    HandlesSpecialValues: {(entry.HandlesSpecialValues ? "true" : "false")},");
            text.AppendLine($"    BoundUlp: {Number(entry.BoundUlp)},");
            text.AppendLine($"    Origin: {Quote(entry.Origin)},");
            text.AppendLine($"    Algorithm: KernelAlgorithm.{entry.Algorithm},");
            text.AppendLine("    Constants: Constants(");
            var constants = entry.Constants.ToArray();
            for (int i = 0; i < constants.Length; i++)
            {
                text.AppendLine($"        ({Quote(constants[i].Name)}, {Quote(constants[i].HexFloat)}){(i == constants.Length - 1 ? ")," : ",")}");
            }
            VerificationRecord r = entry.Verification;
            text.AppendLine(string.Format(
                CultureInfo.InvariantCulture,
                "    Verification: new VerificationRecord({0}, {1}, {2}, {3}, {4}){5}",
                VerificationReport.FormatUlp(r.MaxUlp),
                Quote(r.WorstInput),
                r.InputsChecked.ToString(CultureInfo.InvariantCulture),
                Quote(r.Method),
                Quote(r.Reference),
                entry.Scheme == EvaluationScheme.Estrin ? ",\n    Scheme: EvaluationScheme.Estrin);" : ");"));
            return text.ToString();
        }

        private static string Bound(double value) => value switch
        {
            double.NegativeInfinity => "double.NegativeInfinity",
            double.PositiveInfinity => "double.PositiveInfinity",
            _ => Number(value),
        };

        private static string Number(double value)
        {
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.Contains('.') || text.Contains('E') ? text : text + ".0";
        }

        private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
