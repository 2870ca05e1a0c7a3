using CorridorSim.Experiments;
using CorridorSim.Experiments.Marginal;
using CorridorSim.Reporting.Charts;

namespace CorridorSim.Reporting.Tests.Charts;

public class MarginalChartTests
{
    [Fact]
    public void Build_Ranking_PutsRankOneAtTheTopWithItsGainAndInterval()
    {
        // Given a ranking of three changes
        var rows = new[] { Row(1, "ferry", 900, 500, 1300), Row(2, "berth", 10, -40, 60), Row(3, "officer", -5, -30, 20) };

        // When its chart is built
        var chart = MarginalChart.Build(rows);

        // Then each change is a dot with whiskers at its gain and bounds, rank 1 highest on the category axis, with
        // a line at no change and the changes named in words
        var dots = Assert.IsType<IntervalSeries>(Assert.Single(chart.Series));
        Assert.Equal(IntervalStyle.DotAndWhiskers, dots.Style);
        Assert.Equal([2.0, 1.0, 0.0], dots.Xs);
        Assert.Equal([900.0, 10.0, -5.0], dots.Means);
        Assert.Equal([500.0, -40.0, -30.0], dots.Lows);
        Assert.Equal([1300.0, 60.0, 20.0], dots.Highs);
        Assert.Equal(["ferry label", "berth label", "officer label"], chart.CategoryTicks.Select(t => t.Label));
        Assert.Equal(0, Assert.Single(chart.Markers).X);
        Assert.Equal(MarginalChart.FileName, chart.FileName);
    }

    [Fact]
    public void Build_ManyChanges_ShowsOnlyTheFirstTwenty()
    {
        var rows = Enumerable.Range(1, 30).Select(i => Row(i, $"c{i}", 30 - i, 0, 60)).ToList();

        var chart = MarginalChart.Build(rows);

        var dots = Assert.IsType<IntervalSeries>(Assert.Single(chart.Series));
        Assert.Equal(MarginalChart.MaxRows, dots.Xs.Count);
        Assert.Contains("first 20 of 30", chart.Title, StringComparison.Ordinal);
        Assert.Equal("c1 label", chart.CategoryTicks.MaxBy(t => t.Position)!.Label);
    }

    [Fact]
    public void SavePng_DotsAndWhiskers_WritesAPng()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("marginal.png");

        ChartRenderer.SavePng(MarginalChart.Build([Row(1, "ferry", 900, 500, 1300), Row(2, "berth", 10, -40, 60)]), path);

        Assert.True(Png.IsPng(path));
    }

    private static MarginalRow Row(int rank, string name, double gain, double low, double high) =>
        new(rank, new MarginalCandidate(name, MarginalChange.Capacity, "f", $"ports.f.{name}", "2", $"{name} label"),
            new ConfidenceInterval(gain, low, high), new ConfidenceInterval(0, -1, 1));
}
