using System.Globalization;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The delivered-against-demand chart: the corridor's tonnes generated (demand, dashed) and delivered in
/// each calendar month of the measurement window, each the mean over the replications, with the 95%
/// interval of the delivered tonnes as a band. Drawn from the corridor rows of <c>monthly.csv</c>
/// (<see cref="MonthlyRows"/>), so the chart and the table show the same numbers.
/// </summary>
/// <remarks>
/// The axis names calendar months (storms, seasonality and the monthly outputs follow the calendar from the
/// scenario's <c>start_month</c>); months after the run's first calendar year carry their year of the run.
/// </remarks>
public static class MonthlyTonnesChart
{
    /// <summary>The chart's file name in <c>charts/</c>.</summary>
    public const string FileName = "monthly-tonnes.png";

    /// <summary>Delivered against demand per month of the window, averaged over the replications.</summary>
    public static Chart Build(ExperimentResult result) => Build(result, MonthlyRows.Of(result));

    /// <summary>The chart of the corridor rows of <paramref name="rows"/> (those of <paramref name="result"/>).</summary>
    public static Chart Build(ExperimentResult result, IReadOnlyList<MonthlyRow> rows)
    {
        var corridor = rows.Where(r => r.Flow == MonthlyRows.AllFlows).OrderBy(r => r.MonthOfRun).ToList();
        var xs = corridor.Select(r => (double)r.MonthOfRun).ToList();
        var delivered = corridor.Select(r => r.DeliveredTonnes.Estimate).ToList();
        var first = corridor.Count > 0
            ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(((result.Spec.StartMonth - 1) % 12) + 1)
            : null;
        return new Chart(
            FileName,
            $"Delivered tonnes per month against demand (mean of {result.Replications.Count} replications, 95% band)",
            first is null ? "Calendar month" : $"Calendar month (the run starts in {first})",
            "Tonnes per month",
            [
                new IntervalSeries("delivered, 95% interval", xs, delivered, corridor.Select(r => r.DeliveredTonnes.Low).ToList(), corridor.Select(r => r.DeliveredTonnes.High).ToList(), IntervalStyle.Band),
                new LineSeries("demand (tonnes generated)", xs, corridor.Select(r => r.DemandTonnes.Estimate).ToList(), Dashed: true),
                new LineSeries("delivered", xs, delivered),
            ],
            [],
            corridor.Select(r => new ChartTick(r.MonthOfRun, Label(r))).ToList(),
            Note: corridor.Count == 0
                ? "No monthly tonnes were recorded."
                : "Cargo created after the warm-up only; the first and last months may be part-months (monthly.csv, days_in_window).",
            ValueMin: 0.0);
    }

    /// <summary>A month's tick: its short name, with its year of the run after the first (<c>Mar, yr 2</c>).</summary>
    private static string Label(MonthlyRow row)
    {
        var name = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(row.Month);
        return row.Year <= 1 ? name : $"{name}, yr {row.Year}";
    }
}
