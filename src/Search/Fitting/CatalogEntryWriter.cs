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

        /// <summary>
        /// Writes an entry as a file a user adds to their project: one <c>[assembly: CatalogEntry(...)]</c> carrying the
        /// program's algorithm, exact constants (and steps), its bound and its verification record, which the generator
        /// then weighs beside its built-in catalog. <paramref name="id"/> replaces the entry's id (a user entry may not
        /// reuse a built-in one).
        /// </summary>
        public static string WriteAttribute(CatalogEntry entry, string id, string comment)
        {
            var text = new StringBuilder();
            text.AppendLine("// <nk-search: a catalog entry of this project; `nk-search verify --file` re-checks it>");
            text.AppendLine("// " + comment);
            text.AppendLine("using NumericKernels;");
            text.AppendLine();
            text.AppendLine("[assembly: CatalogEntry(");
            text.AppendLine($"    {Quote(id)}, MathFunction.{Enum.GetName(typeof(MathFunctionId), entry.Function)}, NumberFormat.{entry.Element}, {Quote(entry.Algorithm.ToString())},");
            text.AppendLine($"    MaxUlp = {Number(entry.BoundUlp)},");
            if (!double.IsNegativeInfinity(entry.DomainMin)) text.AppendLine($"    DomainMin = {Number(entry.DomainMin)},");
            if (!double.IsPositiveInfinity(entry.DomainMax)) text.AppendLine($"    DomainMax = {Number(entry.DomainMax)},");
            if (!entry.HandlesSpecialValues) text.AppendLine("    SpecialValues = SpecialValues.FiniteOnly,");
            if (entry.Scheme == EvaluationScheme.Estrin) text.AppendLine("    Scheme = PolynomialScheme.Estrin,");
            if (entry.Constants.Count > 0)
            {
                text.AppendLine("    Constants = new[]");
                text.AppendLine("    {");
                foreach (NamedConstant constant in entry.Constants)
                {
                    text.AppendLine($"        \"{constant.Name} = {constant.HexFloat}\",");
                }
                text.AppendLine("    },");
            }
            if (entry.Steps.Count > 0)
            {
                text.AppendLine("    Steps = new[]");
                text.AppendLine("    {");
                foreach (ProgramStep step in entry.Steps)
                {
                    string operands = step.Op == "fma" ? $"{step.A} {step.B} {step.C}" : $"{step.A} {step.B}";
                    text.AppendLine($"        \"{step.Op} {operands}\",");
                }
                text.AppendLine("    },");
            }
            VerificationRecord r = entry.Verification;
            text.AppendLine($"    Origin = {Quote(entry.Origin)},");
            text.AppendLine($"    VerifiedMaxUlp = {Number(r.MaxUlp)},");
            text.AppendLine($"    WorstInput = {Quote(r.WorstInput)},");
            text.AppendLine($"    InputsChecked = {r.InputsChecked.ToString(CultureInfo.InvariantCulture)},");
            text.AppendLine($"    VerificationMethod = {Quote(r.Method)},");
            text.AppendLine($"    Reference = {Quote(r.Reference)})]");
            return text.ToString();
        }

        private static string Bound(double value) => value switch
        {
            double.NegativeInfinity => "double.NegativeInfinity",
            double.PositiveInfinity => "double.PositiveInfinity",
            _ => Number(value),
        };

        /// <summary>A double as C# source that reads back to the same value ("R" digits; infinities by name).</summary>
        private static string Number(double value)
        {
            if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
            if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
            string text = value.ToString("R", CultureInfo.InvariantCulture);
            return text.Contains('.') || text.Contains('E') ? text : text + ".0";
        }

        private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
