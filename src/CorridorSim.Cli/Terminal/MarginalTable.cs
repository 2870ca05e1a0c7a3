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
                new Text(Signed(row.DeliveredGain.Estimate, Tonnes)),
                new Text(Interval(row.DeliveredGain, Tonnes)),
                new Text(Signed(row.P95TransitChange.Estimate, Days)),
                new Text(Interval(row.P95TransitChange, Days)),
                new Text(row.Significant ? "yes" : "no"));
        }

        console.Write(table);
        if (study.Screened.Count > 0)
        {
            console.WriteLine($"Not tried, nobody waited for what they would add in the base run: {study.Screened.Count} changes (listed in report.md).");
        }
    }

    private const string Tonnes = "N0";
    private const string Days = "0.00";

    private static string Interval(ConfidenceInterval interval, string format) =>
        double.IsNaN(interval.Low) ? "–" : $"{Signed(interval.Low, format)} … {Signed(interval.High, format)}";

    /// <summary>A difference with its sign; one that rounds to zero is written without one.</summary>
    private static string Signed(double value, string format)
    {
        if (double.IsNaN(value)) return "–";
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        if (text.TrimStart('-').All(c => c is '0' or '.' or ',')) return text.TrimStart('-');
        return value > 0 ? "+" + text : text;
    }
}
