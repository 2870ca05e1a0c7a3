using System.Globalization;
using CorridorSim.Experiments;
using Spectre.Console;

namespace CorridorSim.Cli.Terminal;

/// <summary>The headline KPIs of one experiment as a console table: mean, 95% interval and range.</summary>
public static class KpiTable
{
    /// <summary>Prints the table of <paramref name="summary"/>'s headline KPIs.</summary>
    public static void Print(IAnsiConsole console, IEnumerable<KpiSummary> summary)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("KPI").NoWrap()).AddColumn("unit")
            .AddColumn(new TableColumn("mean").RightAligned())
            .AddColumn(new TableColumn("95% interval").RightAligned())
            .AddColumn(new TableColumn("min … max").RightAligned());
        // Per-flow KPIs (name:flow) stay in summary.csv; the console shows the corridor as a whole.
        foreach (var kpi in summary.Where(k => !k.Kpi.Contains(':')))
        {
            table.AddRow(
                Markup.Escape(kpi.Kpi),
                Markup.Escape(kpi.Unit),
                Format(kpi.Mean),
                double.IsNaN(kpi.Ci95Low) ? "–" : $"{Format(kpi.Ci95Low)} … {Format(kpi.Ci95High)}",
                $"{Format(kpi.Min)} … {Format(kpi.Max)}");
        }

        console.Write(table);
    }

    private static string Format(double value) => double.IsNaN(value) ? "–" : Math.Abs(value) switch
    {
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
