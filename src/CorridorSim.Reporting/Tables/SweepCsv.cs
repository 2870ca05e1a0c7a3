using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The <c>sweep.csv</c> table: for every sweep point and KPI, the point's setting of each varied key
/// (one column per key, named by its path) and the KPI's mean and 95% interval.
/// </summary>
public static class SweepCsv
{
    /// <summary>The header row for these varied keys.</summary>
    public static IReadOnlyList<string> Header(IReadOnlyList<string> keys) => TableOf(keys).Header;

    /// <summary>Writes one line per point and KPI, in point order and then the point's summary order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string> keys, IReadOnlyList<SweepPoint> points) =>
        TableOf(keys).Write(writer, points.SelectMany(p => RowsOf(p, SweepSettings.ValuesOf(p, keys))));

    private static CsvTable<PointKpi> TableOf(IReadOnlyList<string> keys) => new CsvTable<PointKpi>()
        .Column("point", r => r.Point)
        .Columns(keys.Select((key, i) => new CsvColumn<PointKpi>(key, r => r.Settings[i])))
        .Column("kpi", r => r.Kpi.Kpi)
        .Column("unit", r => r.Kpi.Unit)
        .Estimate(r => r.Kpi.Mean, r => r.Kpi.Ci95Low, r => r.Kpi.Ci95High);

    private static IEnumerable<PointKpi> RowsOf(SweepPoint point, IReadOnlyList<string> settings) =>
        point.Result.Summary.Select(kpi => new PointKpi(point.Point, settings, kpi));

    private sealed record PointKpi(int Point, IReadOnlyList<string> Settings, KpiSummary Kpi);
}
