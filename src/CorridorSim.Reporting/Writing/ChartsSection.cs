using System.Text;
using CorridorSim.Reporting.Charts;

namespace CorridorSim.Reporting.Writing;

/// <summary>The report section that shows a folder's charts, each by a relative link into <c>charts/</c>.</summary>
internal static class ChartsSection
{
    public static void Append(StringBuilder md, IReadOnlyList<Chart> charts, bool withMap = false)
    {
        md.Append("## Charts\n\n");
        if (withMap)
        {
            md.Append($"![{Map.MapChart.Title}]({ResultFiles.Charts.Name}/{Map.MapChart.FileName})\n\n");
        }

        foreach (var chart in charts)
        {
            md.Append($"![{chart.Title}]({ResultFiles.Charts.Name}/{chart.FileName})\n\n");
        }
    }
}
