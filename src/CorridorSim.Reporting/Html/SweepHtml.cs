using CorridorSim.Experiments;
using CorridorSim.Reporting.Charts;
using CorridorSim.Reporting.Tables;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Html;

/// <summary>The <c>report.html</c> of a sweep: the answer of <c>report.md</c>, the curves with their bands and links to the points' pages.</summary>
public static class SweepHtml
{
    /// <summary>The whole page of a sweep; <paramref name="pointPages"/> says whether the points have pages of their own to link to.</summary>
    public static string Build(string scenarioName, IReadOnlyList<string> keys, IReadOnlyList<SweepPoint> points, IReadOnlyList<string> folders,
        IReadOnlyList<Chart> charts, RunContext context, bool pointPages)
    {
        var page = new HtmlPage($"Sweep of {string.Join(", ", keys)} on {scenarioName}")
            .Heading("The answer")
            .Answer(SweepAnswer.Sentences(keys, points))
            .Note($"Each point ran {context.Replications} replications on the same seeds. Numbers are rounded for reading; exact values are in sweep.csv.")
            .Heading("Charts");
        foreach (var chart in charts)
        {
            page.Chart(chart);
        }

        var file = pointPages ? ResultFiles.Html.Name : ResultFiles.Report.Name;
        page.Heading("Points").Links(points.Select((p, i) => ($"{folders[i]}/{file}", SweepAnswer.PointName(keys, p), "")));
        var varies = string.Join(" ", keys.Select(k => $"--vary {k}={string.Join(",", points.Select(p => SweepSettings.ValuesOf(p, [k])[0]).Distinct())}"));
        var first = folders.Count > 0 ? $"{folders[0]}/{ResultFiles.ResolvedScenario.Name}" : ResultFiles.ResolvedScenario.Name;
        page.Heading("How to reproduce").Code(ReproduceSection.Command(context, $"sweep {first} {varies}"));
        return page.ToString();
    }
}
