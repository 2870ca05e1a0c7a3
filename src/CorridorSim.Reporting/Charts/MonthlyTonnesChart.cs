using System.Globalization;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The delivered-against-demand chart: tonnes generated (demand, dashed) and tonnes delivered in each
/// calendar month of the horizon, each the mean over the replications that reached that month, with the
/// 95% interval of the delivered tonnes as a band.
/// </summary>
/// <remarks>
/// The axis names calendar months (storms, seasonality and the monthly outputs follow the calendar from the
/// scenario's <c>start_month</c>); a horizon longer than a year numbers its later years.
/// </remarks>
public static class MonthlyTonnesChart
{
    /// <summary>The chart's file name in <c>charts/</c>.</summary>
    public const string FileName = "monthly-tonnes.png";

    private const double DaysPerMonth = 365.25 / 12.0;

    /// <summary>Delivered against demand per calendar month, averaged over the replications, with the delivered band.</summary>
    public static Chart Build(ExperimentResult result)
    {
        var months = result.Replications
            .SelectMany(r => r.Months)
            .GroupBy(m => m.Month)
            .OrderBy(g => g.Key)
            .Select(g => (
                Month: (double)g.Key,
                Calendar: g.First().CalendarMonth,
                Demand: g.Average(m => m.DemandTonnes),
                Delivered: ConfidenceInterval.ForMean(g.Select(m => m.DeliveredTonnes).ToList())))
            .ToList();
        var xs = months.Select(m => m.Month).ToList();
        var delivered = months.Select(m => m.Delivered.Estimate).ToList();
        var warmupMonths = result.Spec.WarmupDays / DaysPerMonth;
        var first = months.Count > 0 ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(months[0].Calendar) : null;
        return new Chart(
            FileName,
            $"Delivered tonnes per month against demand (mean of {result.Replications.Count} replications, 95% band)",
            first is null ? "Calendar month" : $"Calendar month (the horizon starts in {first})",
            "Tonnes per month",
            [
                new IntervalSeries("delivered, 95% interval", xs, delivered, months.Select(m => m.Delivered.Low).ToList(), months.Select(m => m.Delivered.High).ToList(), IntervalStyle.Band),
                new LineSeries("demand (tonnes generated)", xs, months.Select(m => m.Demand).ToList(), Dashed: true),
                new LineSeries("delivered", xs, delivered),
            ],
            warmupMonths > 0.0 ? [new ChartMarker(warmupMonths - 0.5, "end of warm-up")] : [],
            months.Select(m => new ChartTick(m.Month, Label(m.Calendar, (int)m.Month))).ToList(),
            Note: months.Count == 0 ? "No monthly tonnes were recorded." : null,
            ValueMin: 0.0);
    }

    /// <summary>A month's tick: its short name, with the year of the horizon after the first (<c>Mar, yr 2</c>).</summary>
    private static string Label(int calendarMonth, int month)
    {
        var name = CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(calendarMonth);
        return month < 12 ? name : $"{name}, yr {(month / 12) + 1}";
    }
}
