using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Kernel;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Charts;

/// <summary>
/// The transit-time distribution chart: a histogram of end-to-end transit days of every consignment
/// created and delivered in the window, all replications pooled, with the p50 and p95 marked.
/// </summary>
/// <remarks>
/// The markers stand at the <c>transit_days_p50</c> and <c>transit_days_p95</c> means of
/// <c>summary.csv</c>, the numbers the report quotes; without those KPIs, at the pooled sample's
/// quantiles.
/// </remarks>
public static class TransitChart
{
    /// <summary>The chart's file name in <c>charts/</c>.</summary>
    public const string FileName = "transit-days.png";

    /// <summary>The histogram of transit days with its p50 and p95 markers.</summary>
    public static Chart Build(ExperimentResult result)
    {
        // Pooled unsorted: binning needs no order, and the sample is sorted only when a marker must be
        // read off it (a result without the quantile KPIs), which sorting 630,000 values every run did not ask.
        var sample = new List<double>(result.Replications.Sum(r => r.TransitDays.Count));
        foreach (var replication in result.Replications)
        {
            foreach (var days in replication.TransitDays)
            {
                if (!double.IsNaN(days)) sample.Add(days);
            }
        }

        var isSorted = false;
        List<double> Sorted()
        {
            if (!isSorted) sample.Sort();
            isSorted = true;
            return sample;
        }

        var p50 = MarkerValue(result, Kpis.TransitDaysP50.Name, Sorted, 0.50);
        var p95 = MarkerValue(result, Kpis.TransitDaysP95.Name, Sorted, 0.95);
        var bins = HistogramBins.Of(sample);
        var title = $"End-to-end transit time ({sample.Count:#,0} consignments, {result.Replications.Count} replications)";
        return new Chart(
            FileName,
            title,
            "Transit (days)",
            "Consignments",
            [new BarSeries("consignments per bin", bins.Centres, bins.Counts, bins.Width)],
            [
                new ChartMarker(p50, $"p50 = {ReportNumber.Format(p50)} days"),
                new ChartMarker(p95, $"p95 = {ReportNumber.Format(p95)} days"),
            ],
            [],
            Note: sample.Count == 0 ? "No consignment was delivered in the measurement window." : null,
            ValueMin: 0.0);
    }

    private static double MarkerValue(ExperimentResult result, string kpi, Func<List<double>> sorted, double p)
    {
        var summary = result.Summary.FirstOrDefault(s => s.Kpi == kpi);
        return summary is not null && !double.IsNaN(summary.Mean) ? summary.Mean : Quantile.OfSorted(sorted(), p);
    }
}
