namespace CorridorSim.Reporting.Tables;

/// <summary>
/// The <c>monthly.csv</c> table: per month of the measurement window, for the corridor (<c>flow</c> =
/// <c>all</c>) and each flow, demand and delivered tonnes and units, mean and 95% interval across replications.
/// </summary>
/// <remarks>
/// Months are labelled by <c>year</c> (of the run, 1 = the calendar year it starts in) and <c>month</c>
/// (calendar, 1 = January); <c>month_of_run</c> counts from 0. Units are consignments: wagons, containers,
/// trucks or oil parcels.
/// </remarks>
public static class MonthlyCsv
{
    private static readonly CsvTable<MonthlyRow> Table = new CsvTable<MonthlyRow>()
        .Column("year", r => r.Year)
        .Column("month", r => r.Month)
        .Column("month_of_run", r => r.MonthOfRun)
        .Column("days_in_window", r => r.DaysInWindow)
        .Column("flow", r => r.Flow)
        .Column("demand_tonnes_mean", r => r.DemandTonnes.Estimate)
        .Column("demand_tonnes_ci95_low", r => r.DemandTonnes.Low)
        .Column("demand_tonnes_ci95_high", r => r.DemandTonnes.High)
        .Column("delivered_tonnes_mean", r => r.DeliveredTonnes.Estimate)
        .Column("delivered_tonnes_ci95_low", r => r.DeliveredTonnes.Low)
        .Column("delivered_tonnes_ci95_high", r => r.DeliveredTonnes.High)
        .Column("demand_units_mean", r => r.DemandUnits.Estimate)
        .Column("demand_units_ci95_low", r => r.DemandUnits.Low)
        .Column("demand_units_ci95_high", r => r.DemandUnits.High)
        .Column("delivered_units_mean", r => r.DeliveredUnits.Estimate)
        .Column("delivered_units_ci95_low", r => r.DeliveredUnits.Low)
        .Column("delivered_units_ci95_high", r => r.DeliveredUnits.High);

    /// <summary>The header row.</summary>
    public static IReadOnlyList<string> Header => Table.Header;

    /// <summary>Writes the rows in their order.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<MonthlyRow> rows) => Table.Write(writer, rows);
}
