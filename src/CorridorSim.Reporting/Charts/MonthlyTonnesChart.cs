using CorridorSim.Experiments;
using CorridorSim.Reporting.Tables;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The delivered-against-demand chart: the corridor's tonnes generated (demand, dashed) and delivered in
/// each month of the measurement window, each the mean over the replications. Drawn from the corridor rows
/// of <c>monthly.csv</c> (<see cref="MonthlyRows"/>), so the chart and the table show the same numbers.
/// </summary>
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
        var first = corridor.Count > 0
            ? System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(((result.Spec.StartMonth - 1) % 12) + 1)
            : null;
        return new Chart(
            FileName,
            $"Delivered tonnes per month against demand (mean of {result.Replications.Count} replications)",
            first is not null ? $"month of the horizon (0 = {first})" : "month of the horizon (0 = first)",
            "tonnes per month",
            [
                new LineSeries("demand (tonnes generated)", xs, corridor.Select(r => r.DemandTonnes.Estimate).ToList(), Dashed: true),
                new LineSeries("delivered", xs, corridor.Select(r => r.DeliveredTonnes.Estimate).ToList()),
            ],
            [],
            [],
            Note: corridor.Count == 0
                ? "No monthly tonnes were recorded."
                : "Cargo created after the warm-up only; the first and last months may be part-months (monthly.csv, days_in_window).",
            ValueMin: 0.0);
    }
}
