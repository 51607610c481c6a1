using System;
using System.Globalization;
using System.Linq;
using System.Text;
using NumericKernels.Generators.Catalog;
using NumericKernels.Generators.Programs;
using NumericKernels.Generators.Programs.Algorithms;
using NumericKernels.Generators.Emission;
using NumericKernels.Generators.Models;
using NumericKernels.Search.Cli;
using NumericKernels.Search.Numerics;

namespace NumericKernels.Search.Evolution
{
    /// <summary>
    /// An evolved program as a catalog entry (<see cref="KernelAlgorithm.DirectProgram"/>: constants K0, K1, ... as exact
    /// hex-floats, one step per operation in vertex order), and that entry as C# ready to paste into the catalog.
    /// </summary>
    internal static class ProgramEntry
    {
        /// <summary>The program as a DirectProgram entry for the run's function and domain.</summary>
        /// <param name="program">The evolved program.</param>
        /// <param name="settings">The run: function, domain and bound.</param>
        /// <param name="origin">The entry's origin text.</param>
        /// <param name="verification">Its verification record (default while pending).</param>
        /// <param name="kind">The origin word in the id: "evolved", or "minimax" for the polynomial baseline of nk-search compare.</param>
        public static CatalogEntry Create(EvolvedProgram program, EvolutionSettings settings, string origin, VerificationRecord verification, string kind = "evolved")
        {
            return new CatalogEntry(
                Id: Id(settings, kind),
                Function: settings.Function,
                Element: ElementKind.Float32,
                DomainMin: settings.DomainMin,
                DomainMax: settings.DomainMax,
                HandlesSpecialValues: false,
                BoundUlp: settings.MaxUlp,
                Origin: origin,
                Algorithm: KernelAlgorithm.DirectProgram,
                Constants: Constants(program),
                Verification: verification,
                Steps: Steps(program));
        }

        /// <summary>The program as a kernel program: K0, K1, ... and one step per operation, as its catalog entry holds them.</summary>
        public static KernelProgram Program(EvolvedProgram program) => DirectProgramAlgorithm.Instance.Build(new CatalogEntry(
            "evolved", MathFunctionId.Exp2, ElementKind.Float32, double.NegativeInfinity, double.PositiveInfinity, false, double.NaN, "evolved",
            KernelAlgorithm.DirectProgram, Constants(program), new VerificationRecord(double.NaN, "none", 0, "none", "none"), Steps(program)));

        private static EquatableArray<NamedConstant> Constants(EvolvedProgram program) => new EquatableArray<NamedConstant>(program.ConstantValues()
            .Select((value, j) => new NamedConstant("K" + j.ToString(CultureInfo.InvariantCulture), HexFloatText.Format(value))));

        private static EquatableArray<ProgramStep> Steps(EvolvedProgram program) =>
            new EquatableArray<ProgramStep>(program.Steps().Select(s => new ProgramStep(Operations.StepName(s.Op), s.A, s.B, s.C)));

        /// <summary>e.g. "exp2.f32.evolved.0-1.u1": function, element, origin, domain and bound, so entries for other domains can coexist.</summary>
        public static string Id(EvolutionSettings settings, string kind = "evolved") => string.Format(
            CultureInfo.InvariantCulture,
            "{0}.f32.{1}.{2}-{3}.u{4}",
            settings.FunctionName,
            kind,
            EntryEmitter.FormatNumber(settings.DomainMin),
            EntryEmitter.FormatNumber(settings.DomainMax),
            EntryEmitter.FormatNumber(settings.MaxUlp));

        /// <summary>The entry as a C# expression in the style of the KernelCatalog partial files.</summary>
        public static string ToCSharp(CatalogEntry entry)
        {
            var text = new StringBuilder();
            text.AppendLine("new CatalogEntry(");
            text.AppendLine("    Id: " + Quote(entry.Id) + ",");
            text.AppendLine("    Function: MathFunctionId." + entry.Function + ",");
            text.AppendLine("    Element: ElementKind." + entry.Element + ",");
            text.AppendLine("    DomainMin: " + Number(entry.DomainMin) + ",");
            text.AppendLine("    DomainMax: " + Number(entry.DomainMax) + ",");
            text.AppendLine("    HandlesSpecialValues: " + (entry.HandlesSpecialValues ? "true" : "false") + ",");
            text.AppendLine("    BoundUlp: " + Number(entry.BoundUlp) + ",");
            text.AppendLine("    Origin: " + Quote(entry.Origin) + ",");
            text.AppendLine("    Algorithm: KernelAlgorithm." + entry.Algorithm + ",");
            text.AppendLine("    Constants: Constants(");
            text.AppendLine(string.Join(",\n", entry.Constants.Select(c => "        (" + Quote(c.Name) + ", " + Quote(c.HexFloat) + ")")) + "),");
            VerificationRecord v = entry.Verification;
            text.AppendLine(string.Format(
                CultureInfo.InvariantCulture,
                "    Verification: new VerificationRecord({0}, {1}, {2}, {3}, {4}),",
                VerificationReport.FormatUlp(v.MaxUlp),
                Quote(v.WorstInput),
                v.InputsChecked,
                Quote(v.Method),
                Quote(v.Reference)));
            text.AppendLine("    Steps: new EquatableArray<ProgramStep>(new[]");
            text.AppendLine("    {");
            foreach (ProgramStep s in entry.Steps)
            {
                string c = s.Op == "fma" ? ", " + Quote(s.C) : "";
                text.AppendLine("        new ProgramStep(" + Quote(s.Op) + ", " + Quote(s.A) + ", " + Quote(s.B) + c + "),");
            }
            text.Append("    }))");
            return text.ToString();
        }

        private static string Number(double value)
        {
            if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
            if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
            return EntryEmitter.FormatNumber(value);
        }

        private static string Quote(string? text) => "\"" + (text ?? "").Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
