using System.Collections.Generic;
using System.Globalization;
using Spectre.Console;

namespace NumericKernels.Samples.Showcase
{
    /// <summary>Renders the measured rows as one Spectre.Console table.</summary>
    internal static class ResultTable
    {
        public static Table Build(IEnumerable<DemoRow> rows)
        {
            var table = new Table()
                .Border(TableBorder.Rounded)
                .Title("[bold]NumericKernels: generated kernels, their contracts and what they measure here[/]")
                .AddColumn("Kernel")
                .AddColumn("Contract (function, type, bound, domain)")
                .AddColumn("Catalog entry")
                .AddColumn(new TableColumn("Max ULP\n(ours)").RightAligned())
                .AddColumn(new TableColumn("Max ULP\n(TensorPrimitives)").RightAligned())
                .AddColumn(new TableColumn("ns/elem\n(ours)").RightAligned())
                .AddColumn(new TableColumn("Speed-up vs\nscalar library").RightAligned())
                .AddColumn(new TableColumn("Speed-up vs\nTensorPrimitives").RightAligned());

            foreach (DemoRow row in rows)
            {
                table.AddRow(
                    new Markup("[bold]" + Markup.Escape(row.Name) + "[/]"),
                    new Markup(Markup.Escape(row.Contract)),
                    new Markup(EntryText(row)),
                    new Markup(OursUlp(row)),
                    new Markup(PeerUlp(row.TensorPrimitives)),
                    new Markup(Format(row.OursNs, "F2")),
                    new Markup(SpeedUp(row.ScalarPeerNs, row.OursNs) + " [grey]" + Markup.Escape(row.ScalarPeerName) + "[/]"),
                    new Markup(SpeedUp(row.TensorPrimitivesNs, row.OursNs)));
            }
            return table;
        }

        /// <summary>[Polynomial] kernels are written directly, not chosen from the catalog.</summary>
        private static string EntryText(DemoRow row) =>
            row.EntryId is not null ? "[aqua]" + Markup.Escape(row.EntryId) + "[/]"
            : double.IsNaN(row.BoundUlp) ? "[grey]none: direct polynomial[/]"
            : "[grey](not found)[/]";

        /// <summary>Green when the measurement is within the requested bound, red when above it.</summary>
        private static string OursUlp(DemoRow row)
        {
            string text = Ulp(row.Ours.MaxUlp);
            if (double.IsNaN(row.BoundUlp))
            {
                return text;
            }
            return row.Ours.MaxUlp <= row.BoundUlp
                ? "[green]" + text + "[/]"
                : "[red]" + text + " > bound[/]\n[grey]at x = " + row.Ours.WorstInput.ToString("R", CultureInfo.InvariantCulture) + "[/]";
        }

        /// <summary>A peer's error, with where it occurs when it is large enough to be worth a look.</summary>
        private static string PeerUlp(SweepResult peer)
        {
            const double NotableUlp = 4;
            return peer.MaxUlp > NotableUlp
                ? Ulp(peer.MaxUlp) + "\n[grey]at x = " + peer.WorstInput.ToString("G6", CultureInfo.InvariantCulture) + "[/]"
                : Ulp(peer.MaxUlp);
        }

        private static string Ulp(double ulp) =>
            double.IsPositiveInfinity(ulp) ? "[red]wrong special value[/]" : ulp >= 1e6 ? Format(ulp, "0.00e0") : Format(ulp, "F3");

        /// <summary>How many times faster than the peer ours is (peer time / our time).</summary>
        private static string SpeedUp(double peerNs, double oursNs)
        {
            double ratio = peerNs / oursNs;
            string text = Format(ratio, "F1") + "×";
            return ratio >= 1 ? "[green]" + text + "[/]" : "[yellow]" + text + "[/]";
        }

        private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
    }
}
