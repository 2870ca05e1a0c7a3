using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The <c>sweep.csv</c> table: for every sweep point and KPI, the point's setting of each varied key
/// (one column per key, named by its path) and the KPI's mean and 95% interval.
/// </summary>
public static class SweepCsv
{
    public const string FileName = "sweep.csv";

    public static IReadOnlyList<string> Header(IReadOnlyList<string> keys) =>
        ["point", .. keys, "kpi", "unit", "mean", "ci95_low", "ci95_high"];

    public static void Write(TextWriter writer, IReadOnlyList<string> keys, IReadOnlyList<SweepPoint> points)
    {
        using var csv = CsvFile.On(writer, Header(keys));
        foreach (var point in points)
        {
            var settings = SweepSettings.ValuesOf(point, keys);
            foreach (var kpi in point.Result.Summary)
            {
                csv.Field(point.Point);
                foreach (var value in settings)
                {
                    csv.Field(value);
                }

                csv.Field(kpi.Kpi);
                csv.Field(kpi.Unit);
                csv.Field(kpi.Mean);
                csv.Field(kpi.Ci95Low);
                csv.Field(kpi.Ci95High);
                csv.EndRow();
            }
        }
    }
}
