using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Charts;

namespace CorridorSim.Reporting.Tests.Charts;

public class TransitByGroupChartTests
{
    [Fact]
    public void Chart_EveryGroup_HasItsP50AndP95FromTheGroupKpis()
    {
        // Given a corridor whose groups have group transit KPIs in the summary
        var spec = TinyCorridor.FerryLine().Build();
        var groups = spec.Flows.Select(f => f.Group).Distinct().ToList();
        var summary = groups.SelectMany((g, i) => new[]
        {
            new KpiSummary($"{Kpis.GroupTransitDaysP50.Name}:{g}", "days", 10 + i, 9, 11, 9, 11, 2),
            new KpiSummary($"{Kpis.GroupTransitDaysP95.Name}:{g}", "days", 20 + i, 19, 21, 19, 21, 2),
        }).ToList();

        // When the chart is built
        var chart = TransitByGroupChart.Build(new ExperimentResult(spec, [], summary));

        // Then one position per group carries its two quantiles
        Assert.Equal(groups, chart.CategoryTicks.Select(t => t.Label));
        var dots = chart.Series.Cast<DotSeries>().ToList();
        Assert.Equal(groups.Select((_, i) => 10.0 + i), dots[0].Ys);
        Assert.Equal(groups.Select((_, i) => 20.0 + i), dots[1].Ys);
        Assert.Null(chart.Note);
    }
}
