namespace CorridorSim.Experiments;

/// <summary>
/// The content of <c>sweep.csv</c>: a header of <c>point</c>, one column per varied key,
/// <c>kpi,unit,mean,ci95_low,ci95_high</c>; one row per point and KPI, point by point, KPIs in the
/// scenario's order.
/// </summary>
public sealed record SweepTable(IReadOnlyList<string> Keys, IReadOnlyList<SweepTableRow> Rows)
{
    /// <summary>The header, column by column.</summary>
    public IReadOnlyList<string> Columns =>
        ["point", .. Keys, "kpi", "unit", "mean", "ci95_low", "ci95_high"];

    internal static SweepTable Of(SweepResult sweep)
    {
        var rows = new List<SweepTableRow>();
        foreach (var point in sweep.Points)
        {
            var values = point.Settings.Select(s => s.Value).ToArray();
            foreach (var kpi in point.Result.Summary)
            {
                rows.Add(new SweepTableRow(point.Point, values, kpi.Kpi, kpi.Unit, kpi.Mean, kpi.Ci95Low, kpi.Ci95High));
            }
        }

        return new SweepTable(sweep.Keys, rows);
    }
}
