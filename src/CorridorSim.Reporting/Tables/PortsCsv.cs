using CorridorSim.Corridor.Vocabulary;

namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The <c>ports.csv</c> table: per port, direction and unit kind, the units landed and shipped per year of
/// the measurement window, mean and 95% interval across replications (see <see cref="PortRows"/>).
/// </summary>
/// <remarks>Units per year: wagons, trucks and TEU counted, oil in tonnes, as the <c>unit</c> column names.</remarks>
public static class PortsCsv
{
    private static readonly CsvTable<PortRow> Table = new CsvTable<PortRow>()
        .Column("port", r => r.Port)
        .Column("direction", r => SnakeCase.Of(r.Direction))
        .Column("unit", r => r.Unit)
        .Column("landed_per_year_mean", r => r.LandedPerYear.Estimate)
        .Column("landed_per_year_ci95_low", r => r.LandedPerYear.Low)
        .Column("landed_per_year_ci95_high", r => r.LandedPerYear.High)
        .Column("shipped_per_year_mean", r => r.ShippedPerYear.Estimate)
        .Column("shipped_per_year_ci95_low", r => r.ShippedPerYear.Low)
        .Column("shipped_per_year_ci95_high", r => r.ShippedPerYear.High);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes the rows in their order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<PortRow> rows) => Table.Write(writer, rows);
}
