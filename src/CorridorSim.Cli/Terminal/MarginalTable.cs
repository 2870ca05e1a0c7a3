using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Experiments.Marginal;
using Spectre.Console;

namespace CorridorSim.Cli.Terminal;

/// <summary>A marginal study's ranking as a console table: each change's paired gains with their 95% intervals.</summary>
public static class MarginalTable
{
    /// <summary>Prints the ranking, rank 1 first, and how many changes screening left out.</summary>
    public static void Print(IAnsiConsole console, MarginalResult study)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(study);
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"What one more unit is worth (paired, {study.Base.Replications.Count} replications each)")
            .AddColumn(new TableColumn("#").RightAligned())
            .AddColumn("change")
            .AddColumn(new TableColumn("delivered t/yr").RightAligned())
            .AddColumn(new TableColumn("95% interval").RightAligned())
            .AddColumn(new TableColumn("p95 transit days").RightAligned())
            .AddColumn(new TableColumn("95% interval").RightAligned())
            .AddColumn("significant");
        foreach (var row in study.Rows)
        {
            // Plain text, never markup: a change names facilities, whose names are the scenario's.
            table.AddRow(
                new Text(row.Rank.ToString(CultureInfo.InvariantCulture)),
                new Text(row.Candidate.Label),
                new Text(Signed(row.DeliveredGain.Estimate)),
                new Text(Interval(row.DeliveredGain)),
                new Text(Signed(row.P95TransitChange.Estimate)),
                new Text(Interval(row.P95TransitChange)),
                new Text(row.Significant ? "yes" : "no"));
        }

        console.Write(table);
        if (study.Screened.Count > 0)
        {
            console.WriteLine($"Not tried, their facility idle in the base run: {study.Screened.Count} changes (listed in report.md).");
        }
    }

    private static string Interval(ConfidenceInterval interval) =>
        double.IsNaN(interval.Low) ? "–" : $"{Signed(interval.Low)} … {Signed(interval.High)}";

    private static string Signed(double value)
    {
        if (double.IsNaN(value)) return "–";
        var text = Math.Abs(value) >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.00", CultureInfo.InvariantCulture);
        return value > 0 && !text.StartsWith('-') ? "+" + text : text;
    }
}
