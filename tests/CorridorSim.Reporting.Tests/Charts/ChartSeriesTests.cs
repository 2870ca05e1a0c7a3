using CorridorSim.Experiments;
using CorridorSim.Kernel;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Tables;
using CorridorSim.Reporting.Tests.Given;

namespace CorridorSim.Reporting.Tests.Charts;

public class ChartSeriesTests
{
    [Fact]
    public void TransitChart_Histogram_CountsSumToThePooledSampleSize()
    {
        var result = SampleRun.Experiment();

        var chart = TransitChart.Build(result);

        var bars = Assert.IsType<BarSeries>(Assert.Single(chart.Series));
        Assert.Equal(result.Replications.Sum(r => r.TransitDays.Count), bars.Values.Sum());
        Assert.Equal(bars.Positions.Count, bars.Values.Count);
    }

    [Fact]
    public void TransitChart_Markers_StandAtTheSummaryQuantiles()
    {
        var result = SampleRun.Experiment();

        var chart = TransitChart.Build(result);

        Assert.Equal([12.34, 25.06], chart.Markers.Select(m => m.X));
        Assert.Equal(["p50 = 12.34 days", "p95 = 25.06 days"], chart.Markers.Select(m => m.Label));
    }

    [Fact]
    public void TransitChart_NoQuantileKpis_MarksThePooledSampleQuantiles()
    {
        var result = SampleRun.Experiment() with { Summary = [] };
        var sorted = result.Replications.SelectMany(r => r.TransitDays).Order().ToList();

        var chart = TransitChart.Build(result);

        Assert.Equal(Quantile.OfSorted(sorted, 0.50), chart.Markers[0].X);
        Assert.Equal(Quantile.OfSorted(sorted, 0.95), chart.Markers[1].X);
    }

    [Fact]
    public void TransitChart_NothingDelivered_HasANoteAndNoBars()
    {
        var result = SampleRun.Experiment() with { Replications = [SampleRun.Replication(0) with { TransitDays = [] }] };

        var chart = TransitChart.Build(result);

        Assert.NotNull(chart.Note);
        Assert.Empty(((BarSeries)chart.Series[0]).Values);
    }

    [Fact]
    public void HistogramBins_EveryValue_FallsInExactlyOneBinWithinItsEdges()
    {
        double[] sorted = [0.5, 1.0, 1.0, 2.4, 7.99, 8.0, 30.0];

        var bins = HistogramBins.Of(sorted);

        Assert.Equal(sorted.Length, bins.Counts.Sum());
        Assert.True(bins.Start <= sorted[0]);
        Assert.True(bins.Start + (bins.Counts.Count * bins.Width) >= sorted[^1]);
    }

    [Fact]
    public void HistogramBins_AllValuesEqual_OneOrMoreBinsHoldingAll()
    {
        var bins = HistogramBins.Of([5.0, 5.0, 5.0]);

        Assert.Equal(3, bins.Counts.Sum());
    }

    [Fact]
    public void MonthlyTonnesChart_OneReplication_SeriesEqualTheCorridorRowsOfMonthlyCsv()
    {
        // Given one replication's monthly cargo
        var result = SampleRun.Experiment(replications: 1);
        var months = result.Replications[0].FlowMonths;

        // When the chart is built
        var chart = MonthlyTonnesChart.Build(result);

        // Then its two lines are the window months' demand (dashed) and delivered tonnes
        var lines = chart.Series.OfType<LineSeries>().ToList();
        var demand = lines.Single(l => l.Dashed);
        var delivered = lines.Single(l => !l.Dashed);
        Assert.Equal(months.Select(m => (double)m.Month), demand.Xs);
        Assert.Equal(months.Select(m => m.DemandTonnes), demand.Ys);
        Assert.Equal(months.Select(m => m.DeliveredTonnes), delivered.Ys);
    }

    [Fact]
    public void MonthlyTonnesChart_StartMonth_TicksNameCalendarMonths()
    {
        var result = SampleRun.Experiment(replications: 1);
        var july = result with { Spec = result.Spec with { StartMonth = 7 } };

        var chart = MonthlyTonnesChart.Build(july);

        // The ticks are the calendar months of monthly.csv's corridor rows, at their month of the run
        var corridor = MonthlyRows.Of(july).Where(r => r.Flow == MonthlyRows.AllFlows).OrderBy(r => r.MonthOfRun).ToList();
        Assert.Equal("Calendar month (the run starts in July)", chart.XLabel);
        Assert.Equal(corridor.Select(r => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(r.Month) + (r.Year > 1 ? $", yr {r.Year}" : "")), chart.CategoryTicks.Select(t => t.Label));
        Assert.Equal(corridor.Select(r => (double)r.MonthOfRun), chart.CategoryTicks.Select(t => t.Position));
    }

    [Fact]
    public void MonthlyTonnesChart_TwoReplications_SeriesAreTheMonthlyRowsMeansWithTheirInterval()
    {
        var result = SampleRun.Experiment();

        var chart = MonthlyTonnesChart.Build(result);

        var delivered = chart.Series.OfType<LineSeries>().Single(l => !l.Dashed);
        var band = Assert.Single(chart.Series.OfType<IntervalSeries>());
        var corridor = MonthlyRows.Of(result).Where(r => r.Flow == MonthlyRows.AllFlows).ToList();
        Assert.Equal(result.Replications.Average(r => r.FlowMonths[3].DeliveredTonnes), delivered.Ys[3], 9);
        Assert.Equal(corridor.Select(r => r.DeliveredTonnes.Estimate), delivered.Ys);
        Assert.Equal(IntervalStyle.Band, band.Style);
        Assert.Equal(corridor.Select(r => r.DeliveredTonnes.Low), band.Lows);
        Assert.Equal(corridor.Select(r => r.DeliveredTonnes.High), band.Highs);
    }

    [Fact]
    public void QueueChart_Series_AreDailyMeanTonnesAtPortsAndBordersOnly()
    {
        var result = SampleRun.Experiment();

        var chart = QueueChart.Build(result);

        var lines = chart.Series.Cast<LineSeries>().ToList();
        Assert.Equal(["aktau_port", "baku_port", "dostyk"], lines.Select(l => l.Label).Order());
        var dostyk = lines.Single(l => l.Label == "dostyk");
        Assert.Equal([0.0, 1, 2, 3, 4], dostyk.Xs);
        var day3 = result.Replications.SelectMany(r => r.Timeseries).Where(p => p.Facility == "dostyk" && p.Day == 3).Average(p => p.QueueTonnes);
        Assert.Equal(day3, dostyk.Ys[3], 9);
    }

    [Fact]
    public void UtilisationChart_Bars_AreMeanUtilisationPerFacilityGroupedByKind()
    {
        var result = SampleRun.Experiment();

        var chart = UtilisationChart.Build(result);

        var bars = chart.Series.Cast<BarSeries>().ToList();
        Assert.All(bars, b => Assert.True(b.Horizontal));
        var byName = chart.CategoryTicks.ToDictionary(t => t.Label, t => bars.Select(b => b.Positions.ToList().IndexOf(t.Position) is var i and >= 0 ? b.Values[i] : double.NaN).First(double.IsFinite));
        Assert.Equal(0.945, byName["aktau_port"], 12);
        Assert.Equal("ports", bars[0].Label);
        Assert.Equal("aktau_port", chart.CategoryTicks.MaxBy(t => t.Position)!.Label);
        Assert.Equal(AxisFormat.Percent, chart.ValueFormat);
        Assert.Equal([BottleneckRanking.CapacityUtilisation], chart.ValueMarkers.Select(m => m.X));
    }

    [Fact]
    public void UtilisationChart_NeverBusyFacility_IsLeftOut()
    {
        var result = SampleRun.Experiment();
        var idle = result with
        {
            Replications = [.. result.Replications.Select(r => r with { Facilities = [.. r.Facilities.Select(f => f.Facility == "dostyk" ? f with { Utilisation = 0 } : f)] })],
        };

        var chart = UtilisationChart.Build(idle);

        Assert.DoesNotContain("dostyk", chart.CategoryTicks.Select(t => t.Label));
        Assert.Contains("aktau_port", chart.CategoryTicks.Select(t => t.Label));
    }

    [Fact]
    public void QueueChart_FacilityThatNeverQueued_IsLeftOut()
    {
        var result = SampleRun.Experiment();
        var calm = result with
        {
            Replications = [.. result.Replications.Select(r => r with { Timeseries = [.. r.Timeseries.Select(p => p.Facility == "dostyk" ? p with { QueueTonnes = 0 } : p)] })],
        };

        var chart = QueueChart.Build(calm);

        Assert.DoesNotContain("dostyk", chart.Series.Select(l => l.Label));
    }

    [Fact]
    public void CompareCharts_OneChartPerHeadlineKpi_WithThePairedDifferenceAndItsIntervalAroundZero()
    {
        IReadOnlyList<ComparisonRow> rows =
        [
            new("transit_days_p95", "days", "baseline", 25, 24, 26, 0, 0, 0, false),
            new("transit_days_p95", "days", "digital", 21.5, 20.5, 22.5, -3.5, -4.25, -2.75, true),
            new("transit_days_p50:kz", "days", "baseline", 1, 1, 1, 0, 0, 0, false),
        ];

        var charts = CompareCharts.Build(rows);

        var chart = Assert.Single(charts);
        Assert.Equal("compare-transit_days_p95.png", chart.FileName);
        var interval = chart.Series.OfType<IntervalSeries>().Single();
        Assert.Equal([-3.5], chart.Series.OfType<DotSeries>().Single().Ys);
        Assert.Equal([-4.25], interval.Lows);
        Assert.Equal([-2.75], interval.Highs);
        Assert.Equal(IntervalStyle.ErrorBars, interval.Style);
        Assert.Equal(["digital"], chart.CategoryTicks.Select(t => t.Label));
        Assert.Equal([0.0], chart.ValueMarkers.Select(m => m.X));
        Assert.Equal("Transit, p95 (days), difference to baseline", chart.YLabel);
    }

    [Fact]
    public void SweepCharts_OneNumericKey_PlotsAgainstTheValuesInAscendingOrderWithABand()
    {
        IReadOnlyList<string> keys = ["sea_services.aktau_baku.vessels"];
        IReadOnlyList<SweepPoint> points =
        [
            new(0, [new(keys[0], "8")], SampleRun.Experiment(scale: 1.2)),
            new(1, [new(keys[0], "4")], SampleRun.Experiment(scale: 1.0)),
        ];

        var charts = SweepCharts.Build(keys, points);

        // Delivered tonnes are drawn in Mt/yr, the unit of the axis title
        var chart = charts.Single(c => c.FileName == "sweep-delivered_tonnes_per_year.png");
        var band = chart.Series.OfType<IntervalSeries>().Single();
        Assert.Equal(IntervalStyle.Band, band.Style);
        Assert.Equal([4.0, 8.0], band.Xs);
        Assert.Equal([points[1].Result.Summary[1].Mean * 1e-6, points[0].Result.Summary[1].Mean * 1e-6], band.Means);
        Assert.Equal([points[1].Result.Summary[1].Ci95Low * 1e-6, points[0].Result.Summary[1].Ci95Low * 1e-6], band.Lows);
        Assert.Empty(chart.CategoryTicks);
        Assert.Equal(keys[0], chart.XLabel);
        Assert.Equal("Delivered (Mt/yr)", chart.YLabel);
    }

    [Fact]
    public void SweepAxis_TwoKeys_UsesPointPositionsNamedBySettings()
    {
        IReadOnlyList<string> keys = ["a", "b"];
        IReadOnlyList<SweepPoint> points =
        [
            new(0, [new("a", "1"), new("b", "x")], SampleRun.Experiment()),
            new(1, [new("a", "2"), new("b", "y")], SampleRun.Experiment()),
        ];

        var axis = SweepAxis.Of(keys, points);

        Assert.False(axis.IsNumeric);
        Assert.Equal([0.0, 1.0], axis.Xs);
        Assert.Equal(["1 / x", "2 / y"], axis.Ticks.Select(t => t.Label));
    }
}
