using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using NumericKernels.Generators.Emission;
using NumericKernels.Search.Mpfr;
using NumericKernels.Search.Verification;
using Spectre.Console;

namespace NumericKernels.Search.Cli
{
    /// <summary>Presents verification results: a console table, markdown for committed records, and catalog record lines.</summary>
    internal static class VerificationReport
    {
        public static void WriteTable(IAnsiConsole console, IReadOnlyList<EntryVerification> results, IReadOnlyList<TimeSpan> times)
        {
            var table = new Table().AddColumns("Entry", "Inputs", "Max ULP", "Certified ≤", "Worst input", "Decimal", "Bound", "Recorded max", "Time", "Verdict");
            for (int i = 0; i < results.Count; i++)
            {
                EntryVerification r = results[i];
                string[] cells = Cells(r);
                table.AddRow(
                    Markup.Escape(cells[0]), cells[1], cells[2], cells[3], Markup.Escape(cells[4]), Markup.Escape(cells[5]), cells[6], cells[7],
                    times[i].TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s",
                    r.Passed ? "[green]pass[/]" : "[red]" + Markup.Escape(cells[8]) + "[/]");
            }
            console.Write(table);
            foreach (EntryVerification r in results)
            {
                foreach (string example in r.FailureExamples)
                {
                    console.MarkupLine("[red]" + Markup.Escape(r.Entry.Id + ": " + example) + "[/]");
                }
            }
        }

        /// <summary>One ready-to-paste VerificationRecord per entry, so catalog entries are updated from measurements.</summary>
        public static void WriteRecordLines(TextWriter output, IReadOnlyList<EntryVerification> results)
        {
            foreach (EntryVerification r in results)
            {
                output.WriteLine("// " + r.Entry.Id);
                output.WriteLine(RecordLine(r));
            }
        }

        public static string RecordLine(EntryVerification r)
        {
            var record = r.ToRecord();
            return string.Format(
                CultureInfo.InvariantCulture,
                "new VerificationRecord({0}, {1}, {2}, {3}, {4})",
                FormatUlp(record.MaxUlp),
                Quote(record.WorstInput),
                record.InputsChecked.ToString(CultureInfo.InvariantCulture),
                Quote(record.Method),
                Quote(record.Reference));
        }

        public static string Markdown(IReadOnlyList<EntryVerification> results)
        {
            var text = new StringBuilder();
            text.AppendLine("# nk-search verify");
            text.AppendLine();
            text.AppendLine("Errors in ULPs of the output format against the exact value (" + MpfrLibrary.Description + "). Certified ≤ bounds every input checked, including the double reference's own error where it was used.");
            text.AppendLine();
            text.AppendLine("| Entry | Inputs | Max ULP | Certified ≤ | Worst input | Decimal | Bound | Recorded max | Verdict |");
            text.AppendLine("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |");
            foreach (EntryVerification r in results)
            {
                text.AppendLine("| " + string.Join(" | ", Cells(r)) + " |");
            }
            text.AppendLine();
            foreach (EntryVerification r in results)
            {
                text.AppendLine("- `" + r.Entry.Id + "`: " + r.Method + "; reference: " + r.Reference + ".");
                foreach (string example in r.FailureExamples)
                {
                    text.AppendLine("  - " + example);
                }
            }
            text.AppendLine();
            text.AppendLine("```csharp");
            foreach (EntryVerification r in results)
            {
                text.AppendLine("// " + r.Entry.Id);
                text.AppendLine(RecordLine(r));
            }
            text.AppendLine("```");
            return text.ToString();
        }

        /// <summary>Rounded up, so a record never claims less error than was measured.</summary>
        public static string FormatUlp(double ulps)
        {
            if (double.IsInfinity(ulps) || double.IsNaN(ulps)) return "double.PositiveInfinity";
            double rounded = Math.Ceiling(ulps * 10000) / 10000;
            return rounded.ToString("0.0###", CultureInfo.InvariantCulture);
        }

        private static string[] Cells(EntryVerification r) => new[]
        {
            r.Entry.Id,
            r.InputsChecked.ToString(CultureInfo.InvariantCulture),
            FormatUlp(r.MaxUlp),
            FormatUlp(r.CertifiedMaxUlp),
            r.WorstInput,
            double.IsNaN(r.WorstInputValue) ? "-" : r.WorstInputValue.ToString("R", CultureInfo.InvariantCulture),
            EntryEmitter.FormatNumber(r.Entry.BoundUlp),
            EntryEmitter.FormatNumber(r.Entry.Verification.MaxUlp),
            Verdict(r),
        };

        private static string Verdict(EntryVerification r)
        {
            if (r.Passed) return "pass";
            var reasons = new List<string>();
            if (!r.WithinBound) reasons.Add("exceeds bound");
            if (r.KindFailures > 0) reasons.Add(r.KindFailures.ToString(CultureInfo.InvariantCulture) + " special-value failures");
            if (r.ConsistencyFailures > 0) reasons.Add(r.ConsistencyFailures.ToString(CultureInfo.InvariantCulture) + " path mismatches");
            return "FAIL: " + string.Join(", ", reasons);
        }

        private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
    }
}
