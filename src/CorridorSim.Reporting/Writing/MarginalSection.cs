using System.Globalization;
using System.Text;
using CorridorSim.Experiments.Marginal;
using CorridorSim.Reporting.Charts;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// The report's section on the marginal value of capacity and of digitalisation: how the changes were chosen,
/// the ranking with its paired intervals (<c>marginal.csv</c> rounded for reading) and the chart.
/// </summary>
internal static class MarginalSection
{
    public static IReadOnlyList<string> Header { get; } =
        ["rank", "change", "set", "delivered gain (t/yr)", "95% interval", "p95 transit change (days)", "95% interval", "significant"];

    public static void Append(StringBuilder md, MarginalResult study)
    {
        var replications = study.Base.Replications.Count;
        md.Append("## What is one more unit worth?\n\n");
        md.Append(CultureInfo.InvariantCulture, $"Each change below was run on the same {replications} seeds as the base (common random numbers); ");
        md.Append("its gain is the mean of the replication-by-replication differences, with a paired 95% interval. ");
        md.Append("A capacity is tried when the cause of waiting it would relieve was busy at least ")
            .Append(ReportNumber.Threshold(MarginalScreen.MinUtilisation))
            .Append(" of the time or held at least ")
            .Append(ReportNumber.Threshold(MarginalScreen.MinCauseShare))
            .Append(" of all waiting; every customs post is also tried on the scenario's next digital regime. ");
        md.Append("*Significant* means the delivered-tonnes interval excludes zero. ");
        md.Append("Changes whose tonnes gain is significant come first, by gain; the rest by how much they cut p95 transit.\n\n");
        if (study.Rows.Count > 0 && study.Rows[0].Significant && study.Rows[0].DeliveredGain.Estimate > 0)
        {
            var best = study.Rows[0];
            md.Append(CultureInfo.InvariantCulture, $"The most valuable change is **{best.Candidate.Label}**: ")
                .Append(ReportNumber.Signed(best.DeliveredGain.Estimate)).Append(" tonnes a year delivered (95% interval ")
                .Append(ReportNumber.Signed(best.DeliveredGain.Low)).Append(" to ").Append(ReportNumber.Signed(best.DeliveredGain.High))
                .Append("), p95 transit ").Append(ReportNumber.Signed(best.P95TransitChange.Estimate)).Append(" days.\n\n");
        }
        else
        {
            md.Append("No single change delivers significantly more tonnes: the corridor carries its demand, so what one more unit buys is time.\n\n");
        }

        MarkdownTable.Append(md, Header, study.Rows.Select(r => (IReadOnlyList<string>)
        [
            r.Rank.ToString(CultureInfo.InvariantCulture), r.Candidate.Label, $"`{r.Candidate.Override}`",
            ReportNumber.Signed(r.DeliveredGain.Estimate), Interval(r.DeliveredGain.Low, r.DeliveredGain.High),
            ReportNumber.Signed(r.P95TransitChange.Estimate), Interval(r.P95TransitChange.Low, r.P95TransitChange.High),
            r.Significant ? "yes" : "no",
        ]));
        md.Append($"![What one more unit is worth]({ResultFiles.Charts.Name}/{MarginalChart.FileName})\n\n");
        md.Append($"Exact values are in `{ResultFiles.Marginal.Name}`.\n\n");
        if (study.Screened.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"Not tried, what they would add idle in the base run ({study.Screened.Count}): ")
                .Append(string.Join(", ", study.Screened.Select(c => $"`{c.Name}`"))).Append(".\n\n");
        }
    }

    private static string Interval(double low, double high) => $"{ReportNumber.Signed(low)} … {ReportNumber.Signed(high)}";
}
