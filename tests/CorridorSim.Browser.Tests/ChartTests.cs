using CorridorSim.Browser.Tests.Given;
using CorridorSim.Reporting.Charts;

namespace CorridorSim.Browser.Tests;

/// <summary>The pages' inline SVG charts, as the browser draws them, against the chart series the PNGs are drawn from.</summary>
[Collection(ReportCollection.Name)]
public class ChartTests(ReportFolders folders, Given.Browser browser)
{
    public static TheoryData<string> Kinds => new() { "run", "compare", "sweep" };

    [ChromiumTheory]
    [MemberData(nameof(Kinds))]
    public async Task EverySeries_DrawsOneElementPerDataPoint(string kind)
    {
        // Given a page with charts
        await using var page = await browser.Open(Path.Combine(folders.FolderOf(kind), "report.html"));

        // When each series' declared count is set against the elements drawn for it
        var series = await page.Eval<int[][]>("Array.from(document.querySelectorAll('svg.chart g.series')).map(g => [Number(g.dataset.points), g.querySelectorAll('.point').length])");

        // Then there are series, and each draws exactly one element per value
        Assert.NotEmpty(series);
        Assert.All(series, s => Assert.Equal(s[0], s[1]));
    }

    [ChromiumFact]
    public async Task RunCharts_DeclareTheValuesOfThePngSeries()
    {
        // Given the series the PNG charts are drawn from
        var charts = RunCharts.Build(folders.Result);
        var expected = charts.SelectMany(c => c.Series).Select(Defined).ToArray();

        // When the run page's charts are read
        await using var page = await browser.Open(Path.Combine(folders.Run, "report.html"));
        var drawn = await page.Eval<int[]>("Array.from(document.querySelectorAll('svg.chart g.series')).map(g => g.querySelectorAll('.point').length)");

        // Then every series is drawn with all of its values
        Assert.Equal(expected, drawn);
        Assert.Equal(charts.Count, await page.Eval<int>("document.querySelectorAll('svg.chart').length"));
    }

    [ChromiumFact]
    public async Task SeriesToggle_Unchecked_HidesItsSeries()
    {
        // Given the run page's first chart with series toggles
        await using var page = await browser.Open(Path.Combine(folders.Run, "report.html"));
        var box = await page.Page.QuerySelectorAsync("input[data-chart][data-series='0']");
        Assert.NotNull(box);
        var chart = await box.EvaluateFunctionAsync<string>("b => b.dataset.chart");

        // When its first toggle is clicked
        await box.ClickAsync();

        // Then that series is hidden and the others are not
        Assert.Equal("hidden", await page.Eval<string>($"document.querySelector('#{chart} g.series[data-series=\"0\"]').getAttribute('visibility')"));
        Assert.Null(await page.Eval<string?>($"document.querySelector('#{chart} g.series[data-series=\"1\"]').getAttribute('visibility')"));
    }

    private static int Defined(ChartSeries series) => series switch
    {
        BarSeries b => b.Positions.Where((p, i) => double.IsFinite(p) && double.IsFinite(b.Values[i])).Count(),
        LineSeries l => l.Xs.Where((x, i) => double.IsFinite(x) && double.IsFinite(l.Ys[i])).Count(),
        DotSeries d => d.Xs.Where((x, i) => double.IsFinite(x) && double.IsFinite(d.Ys[i])).Count(),
        IntervalSeries s => s.Xs.Where((x, i) => double.IsFinite(x) && double.IsFinite(s.Lows[i]) && double.IsFinite(s.Highs[i])).Count(),
        _ => 0,
    };
}
