using System.Globalization;
using CorridorSim.Cli.Tests.Given;

namespace CorridorSim.Cli.Tests;

/// <summary>
/// The tables a baseline run writes, checked against one another and against <c>summary.csv</c> and
/// <c>nodes.csv</c>: each counts the same cargo its own way, so they must agree.
/// </summary>
public class RunTablesTests(BaselineTables run) : IClassFixture<BaselineTables>
{
    private const double WarmupHours = BaselineTables.WarmupDays * 24.0;
    private const double HorizonHours = BaselineTables.HorizonDays * 24.0;

    [Fact]
    public void Sailings_Columns_AreTheIssuesAndEveryValueIsInItsUnitsRange()
    {
        var sailings = run.Csv("sailings.csv");

        Assert.Equal(
            "replication,service,vessel,direction,from_port,to_port,departed_hours,arrived_hours,wagons_loaded,wagons_empty,trucks,"
            + "teu_loaded,teu_empty,tonnes,load_factor,waited_for_cargo_hours,waited_for_berth_hours",
            sailings.Header);
        Assert.NotEmpty(sailings.Rows);
        Assert.All(sailings.Rows, s =>
        {
            Assert.True(N(s["arrived_hours"]) > N(s["departed_hours"]), "a crossing takes time");
            Assert.InRange(N(s["departed_hours"]), 0, HorizonHours);
            Assert.InRange(N(s["load_factor"]), 0, 1 + 1e-9);
            Assert.True(N(s["waited_for_cargo_hours"]) >= 0 && N(s["waited_for_berth_hours"]) >= 0);
            Assert.Contains(s["direction"], new[] { "westbound", "eastbound" });
        });
        Assert.Contains(sailings.Rows, s => N(s["wagons_empty"]) > 0);
        Assert.Contains(sailings.Rows, s => N(s["teu_empty"]) > 0);
        Assert.Contains(sailings.Rows, s => s["from_port"] is "poti" or "batumi");
    }

    [Fact]
    public void Ports_UnitsLandedAndShipped_AreTheSailingsOfTheWindowPerYear()
    {
        // Given the sailings of each replication and the ports table
        var sailings = run.Csv("sailings.csv").Rows;
        var ports = run.Csv("ports.csv");
        Assert.Equal(
            "port,direction,unit,landed_per_year_mean,landed_per_year_ci95_low,landed_per_year_ci95_high,"
            + "shipped_per_year_mean,shipped_per_year_ci95_low,shipped_per_year_ci95_high",
            ports.Header);
        Assert.Contains(ports.Rows, p => p["port"] == "poti");
        Assert.Contains(ports.Rows, p => p["port"] == "batumi");
        var column = new Dictionary<string, string>
        {
            ["loaded_wagons"] = "wagons_loaded",
            ["empty_wagons"] = "wagons_empty",
            ["trucks"] = "trucks",
            ["loaded_teu"] = "teu_loaded",
            ["empty_teu"] = "teu_empty",
        };

        // When each port row is summed again from the sailings
        foreach (var row in ports.Rows.Where(p => column.ContainsKey(p["unit"])))
        {
            double PerYear(Func<IReadOnlyDictionary<string, string>, bool> counts) =>
                Enumerable.Range(0, BaselineTables.Replications).Average(r => sailings
                    .Where(s => s["replication"] == r.ToString(CultureInfo.InvariantCulture) && s["direction"] == row["direction"] && counts(s))
                    .Sum(s => N(s[column[row["unit"]]]))) / BaselineTables.WindowYears;
            var landed = PerYear(s => s["to_port"] == row["port"] && N(s["arrived_hours"]) >= WarmupHours && N(s["arrived_hours"]) <= HorizonHours);
            var shipped = PerYear(s => s["from_port"] == row["port"] && N(s["departed_hours"]) >= WarmupHours);

            // Then the sailings give the port's figures
            Assert.Equal(landed, N(row["landed_per_year_mean"]), 6);
            Assert.Equal(shipped, N(row["shipped_per_year_mean"]), 6);
        }

        Assert.Contains(ports.Rows, p => p["port"] == "alat" && p["unit"] == "loaded_wagons" && N(p["landed_per_year_mean"]) > 0);
    }

    [Fact]
    public void Sailings_UnitsAboardInTheWindow_AreTheSeaServicesCountsInNodesCsv()
    {
        // Given the model's own counts of units sailed per service and direction (nodes.csv)
        var sailings = run.Csv("sailings.csv").Rows.Where(s => N(s["departed_hours"]) >= WarmupHours).ToList();
        var services = run.Csv("nodes.csv").Rows.Where(n => n["kind"] == "sea_service" && n["load_unit"] == "wagons").ToList();
        Assert.NotEmpty(services);

        // Then the rail ferries' departures and the wagons and trucks aboard them add up to those counts
        foreach (var node in services)
        {
            foreach (var direction in new[] { "westbound", "eastbound" })
            {
                var departures = sailings.Where(s => s["replication"] == node["replication"] && s["service"] == node["facility"] && s["direction"] == direction).ToList();
                Assert.Equal(N(node[$"departures_{direction}"]), departures.Count);
                Assert.Equal(N(node[$"loaded_units_{direction}"]), departures.Sum(s => N(s["wagons_loaded"]) + N(s["trucks"])));
                Assert.Equal(N(node[$"empty_units_{direction}"]), departures.Sum(s => N(s["wagons_empty"])));
            }
        }
    }

    [Fact]
    public void Monthly_TonnesSummedOverTheMonths_AreTheAnnualKpisTimesTheWindowYears()
    {
        // Given the monthly table and the summary
        var monthly = run.Csv("monthly.csv").Rows;
        var summary = run.Csv("summary.csv").Rows.ToDictionary(k => k["kpi"], k => k["mean"] == "" ? double.NaN : N(k["mean"]));
        var corridor = monthly.Where(m => m["flow"] == "all").ToList();

        // Then the corridor's months cover the window and add up to the headline KPIs
        Assert.Equal(BaselineTables.HorizonDays - BaselineTables.WarmupDays, corridor.Sum(m => N(m["days_in_window"])), 9);
        Assert.Equal(["7", "8"], corridor.Select(m => m["month"]));
        Assert.Equal(summary["delivered_tonnes_per_year"], corridor.Sum(m => N(m["delivered_tonnes_mean"])) / BaselineTables.WindowYears, 3);
        Assert.Equal(summary["demand_tonnes_per_year"], corridor.Sum(m => N(m["demand_tonnes_mean"])) / BaselineTables.WindowYears, 3);

        // And each flow's months add up to its delivered KPI, and the flows to the corridor
        var flows = monthly.Select(m => m["flow"]).Where(f => f != "all").Distinct().ToList();
        Assert.NotEmpty(flows);
        foreach (var flow in flows)
        {
            var delivered = monthly.Where(m => m["flow"] == flow).Sum(m => N(m["delivered_tonnes_mean"])) / BaselineTables.WindowYears;
            Assert.Equal(summary[$"delivered_tonnes_per_year:{flow}"], delivered, 3);
        }

        foreach (var month in corridor)
        {
            var ofFlows = monthly.Where(m => m["flow"] != "all" && m["month_of_run"] == month["month_of_run"]).ToList();
            Assert.Equal(N(month["delivered_units_mean"]), ofFlows.Sum(m => N(m["delivered_units_mean"])), 6);
        }
    }

    [Fact]
    public void Trains_WagonsAndContainersOfTrainsFormedAtOrigins_AreTheConsignmentsThatRodeThem()
    {
        // Given the trains formed at the origins (not re-formed at a port) and every consignment
        var ports = run.Csv("ports.csv").Column("port").ToHashSet();
        var trains = run.Csv("trains.csv");
        Assert.Equal("replication,train,flow,formed_at,formed_hours,wagons,containers,tonnes,route,arrived_at,arrived_hours", trains.Header);
        var fromOrigins = trains.Rows.Where(t => !ports.Contains(t["formed_at"]) && !t["flow"].EndsWith(":empty", StringComparison.Ordinal));
        var consignments = run.Parquet("consignments.parquet").Where(c => c["unit"] != "truck");

        // When both are counted per replication and flow
        var units = fromOrigins.GroupBy(t => (t["replication"], t["flow"])).ToDictionary(g => g.Key, g => g.Sum(t => N(t["wagons"]) + N(t["containers"])));
        var tonnes = fromOrigins.GroupBy(t => (t["replication"], t["flow"])).ToDictionary(g => g.Key, g => g.Sum(t => N(t["tonnes"])));
        var created = consignments.GroupBy(c => (c["replication"], c["flow"])).ToDictionary(g => g.Key, g => (Units: g.Count(), Tonnes: g.Sum(c => N(c["tonnes"]))));

        // Then every consignment rode one train from its origin
        Assert.Equal(created.Keys.Order(), units.Keys.Order());
        foreach (var (key, value) in created)
        {
            Assert.Equal(value.Units, units[key]);
            Assert.Equal(value.Tonnes, tonnes[key], 6);
        }

        Assert.Contains(trains.Rows, t => t["flow"].EndsWith(":empty", StringComparison.Ordinal));
        Assert.Contains(trains.Rows, t => ports.Contains(t["formed_at"]));
        Assert.All(trains.Rows.Where(t => t["arrived_hours"] != ""), t => Assert.True(N(t["arrived_hours"]) >= N(t["formed_hours"])));
    }

    private static double N(string field) => double.Parse(field, CultureInfo.InvariantCulture);
}
