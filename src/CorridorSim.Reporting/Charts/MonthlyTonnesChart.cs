using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The delivered-against-demand chart: tonnes generated (demand, dashed) and tonnes delivered in each
/// month of the horizon, each the mean over the replications that reached that month.
/// </summary>
public static class MonthlyTonnesChart
{
    /// <summary>The chart's file name in <c>charts/</c>.</summary>
    public const string FileName = "monthly-tonnes.png";

    private const double DaysPerMonth = 365.25 / 12.0;

    /// <summary>The calendar month that month 0 of the horizon is (the scenario's start month), or null with no months.</summary>
    private static string? FirstMonth(ExperimentResult result) =>
        result.Replications.SelectMany(r => r.Months).FirstOrDefault(m => m.Month == 0) is { } first
            ? System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(first.CalendarMonth)
            : null;

    /// <summary>Delivered against demand per month of the horizon, averaged over the replications.</summary>
    public static Chart Build(ExperimentResult result)
    {
        var months = result.Replications
            .SelectMany(r => r.Months)
            .GroupBy(m => m.Month)
            .OrderBy(g => g.Key)
            .Select(g => (Month: (double)g.Key, Demand: g.Average(m => m.DemandTonnes), Delivered: g.Average(m => m.DeliveredTonnes)))
            .ToList();
        var xs = months.Select(m => m.Month).ToList();
        var warmupMonths = result.Spec.WarmupDays / DaysPerMonth;
        return new Chart(
            FileName,
            $"Delivered tonnes per month against demand (mean of {result.Replications.Count} replications)",
            FirstMonth(result) is { } first ? $"month of the horizon (0 = {first})" : "month of the horizon (0 = first)",
            "tonnes per month",
            [
                new LineSeries("demand (tonnes generated)", xs, months.Select(m => m.Demand).ToList(), Dashed: true),
                new LineSeries("delivered", xs, months.Select(m => m.Delivered).ToList()),
            ],
            warmupMonths > 0.0 ? [new ChartMarker(warmupMonths, "end of warm-up")] : [],
            [],
            Note: months.Count == 0 ? "No monthly tonnes were recorded." : null,
            ValueMin: 0.0);
    }
}
