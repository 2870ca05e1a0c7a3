using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Tests.Given;

namespace CorridorSim.Reporting.Tests.Charts;

public class ChartRendererTests
{
    [Fact]
    public void SavePng_RunWithoutReplications_StillDrawsEveryChartWithANote()
    {
        using var temp = new TempFolder();
        var empty = SampleRun.Experiment() with { Replications = [], Summary = [] };

        foreach (var chart in RunCharts.Build(empty))
        {
            ChartRenderer.SavePng(chart, temp.Combine(chart.FileName));

            Assert.NotNull(chart.Note);
            Assert.True(Png.IsPng(temp.Combine(chart.FileName)), chart.FileName);
        }
    }

    [Fact]
    public void SavePng_UndefinedPointsAndIntervals_AreLeftOut()
    {
        using var temp = new TempFolder();
        var chart = new Chart(
            "nan.png",
            "Undefined values",
            "x (units)",
            "y (units)",
            [
                new LineSeries("line", [0, 1, 2], [1, double.NaN, 3]),
                new IntervalSeries("interval", [0, 1, 2], [1, 2, 3], [double.NaN, 1.5, 2.5], [double.NaN, 2.5, 3.5], IntervalStyle.ErrorBars),
                new BarSeries("bars", [0, 1], [double.NaN, 2], 0.5),
            ],
            [new ChartMarker(double.NaN, "undefined marker")],
            []);

        ChartRenderer.SavePng(chart, temp.Combine("nan.png"));

        Assert.True(Png.IsPng(temp.Combine("nan.png")));
    }
}
