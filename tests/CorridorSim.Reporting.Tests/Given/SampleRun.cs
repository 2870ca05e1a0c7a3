using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tests.Given;

/// <summary>
/// Hand-built results of a tiny corridor (no model involved): an origin, the Dostyk border, the port of
/// Aktau that is obviously the constraint (busy 95% of the time, most of the waiting), the Aktau–Baku
/// ferry, the port of Baku that storms close often, and a destination. Most of the waiting is charged to
/// Baku's ferry berths, for which the ferries queue while cargo sits at Aktau.
/// </summary>
public static class SampleRun
{
    public const double HorizonDays = 395.0;
    public const double WarmupDays = 30.0;

    public static CorridorSpec Spec(string name = "tiny-corridor") =>
        new(name, "A tiny corridor for tests.", 42UL, 2, HorizonDays, WarmupDays, [], [], [], [], [], [], [], [], [], [], []);

    public static ExperimentResult Experiment(string name = "tiny-corridor", double scale = 1.0, int replications = 2) =>
        new(Spec(name), Enumerable.Range(0, replications).Select(r => Replication(r, scale)).ToList(), Summary(scale, replications));

    public static ScenarioRun Run(string name = "tiny-corridor", double scale = 1.0) =>
        new(name, $"name: {name}\nseed: 42\nreplications: 2\n", Experiment(name, scale));

    public static RunContext Context(ConsignmentRecording mode = ConsignmentRecording.First) =>
        new("corridorsim run scenarios/tiny.yaml --seed 42", 42UL, 2, 2, "0.1.0", new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.Zero), mode);

    public static IReadOnlyList<KpiSummary> Summary(double scale = 1.0, int replications = 2) =>
    [
        new("demand_tonnes_per_year", "tonnes/year", 4_500_000.0, 4_480_000.0, 4_520_000.0, 4_470_000.0, 4_530_000.0, replications),
        new("delivered_tonnes_per_year", "tonnes/year", 4_212_345.678 * scale, 4_190_000.5 * scale, 4_234_690.25 * scale, 4_180_000.0 * scale, 4_240_000.0 * scale, replications),
        new("delivered_share", "fraction", 0.9360768 * scale, 0.931 * scale, 0.941 * scale, 0.929 * scale, 0.9422 * scale, replications),
        new("transit_days_mean", "days", 14.25 / scale, 13.9 / scale, 14.6 / scale, 13.8 / scale, 14.7 / scale, replications),
        new("transit_days_p50", "days", 12.34 / scale, 12.0 / scale, 12.68 / scale, 11.9 / scale, 12.8 / scale, replications),
        new("transit_days_p95", "days", 25.06 / scale, 24.1 / scale, 26.02 / scale, 23.9 / scale, 26.2 / scale, replications),
        new("backlog_tonnes_end", "tonnes", 152_000.4 / scale, double.NaN, double.NaN, 150_000.0 / scale, 154_000.8 / scale, replications),
        new("backlog_growth_tonnes_per_year", "t/yr", 12_000, -20_000, 44_000, -5_000, 29_000, replications),
        new("saturation_day", "day", double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, replications),
        new("cohort_delivered_share", "fraction", 0.995, 0.99, 1.0, 0.992, 0.998, replications),
        new("transit_days_p50:kz_exports_west", "days", 11.5, 11.0, 12.0, 10.9, 12.1, replications),
    ];

    public static ReplicationResult Replication(int replication, double scale = 1.0)
    {
        var shift = replication * 0.01;
        IReadOnlyList<KpiValue> kpis =
        [
            new("demand_tonnes_per_year", "tonnes/year", 4_500_000.0 + (replication * 1000.0)),
            new("delivered_tonnes_per_year", "tonnes/year", (4_200_000.0 + (replication * 24_691.356)) * scale),
            new("delivered_share", "fraction", (0.93 + shift) * scale),
            new("transit_days_mean", "days", 14.0 + shift),
            new("transit_days_p50", "days", 12.0 + shift),
            new("transit_days_p95", "days", 25.0 + shift),
            new("backlog_tonnes_end", "tonnes", 150_000.0 + (replication * 4000.8)),
            new("backlog_growth_tonnes_per_year", "t/yr", -5_000 + (replication * 34_000)),
            new("cohort_delivered_share", "fraction", 0.992 + (replication * 0.006)),
            new("transit_days_p50:kz_exports_west", "days", 11.0 + replication),
        ];
        IReadOnlyList<FacilityStats> facilities =
        [
            new("khorgos_origin", FacilityKind.Origin, 4_000_000, 60_000, 0, 0, 0, 0, 0, 0, 0, null),
            new("dostyk", FacilityKind.Border, 2_000_000, 30_000, 1.5, 4.0, 2.0, 12, 0.40 + shift, 0, 45_000, null),
            new("aktau_port", FacilityKind.Port, 3_000_000, 45_000, 30.0, 90.0, 120.0, 400, 0.95 - shift, 10.0, 1_350_000, null),
            new("aktau_baku", FacilityKind.SeaService, 3_000_000, 45_000, 4.0, 12.0, 8.0, 60, 0.60, 0, 180_000, new SeaServiceStats("wagons", 300, 280, 50.5, 20.25, 0.9, 0.36, 12.5)),
            new("baku_port", FacilityKind.Port, 2_900_000, 44_000, 2.0, 30.0, 3.0, 90, 0.20, 400.0 + (replication * 40), 75_000, null),
            new("poti_destination", FacilityKind.Destination, 2_800_000, 43_000, 0, 0, 0, 0, 0, 0, 0, null),
        ];
        var timeseries = new List<TimeseriesPoint>();
        for (var day = 0; day < 5; day++)
        {
            foreach (var f in facilities.Where(f => f.Kind is FacilityKind.Port or FacilityKind.Border or FacilityKind.SeaService))
            {
                timeseries.Add(new TimeseriesPoint(day, f.Facility, day + replication, (day + replication) * 1000.5, 1.0, f.Facility == "baku_port" && day == 2));
            }
        }

        IReadOnlyList<MonthlyTonnes> months = Enumerable.Range(0, 13)
            .Select(m => new MonthlyTonnes(m, 375_000.0 + (m * 100.0), 350_000.0 + (m * 200.0) + (replication * 10.0)))
            .ToList();
        IReadOnlyList<double> transit = Enumerable.Range(0, 100 + replication).Select(i => 8.0 + ((i * 7919 % 100) / 5.0)).ToList();
        IReadOnlyList<ConsignmentRecord> consignments =
        [
            new(1, "kz_exports_west", CargoUnit.OilParcel, Direction.Westbound, "aktau_baku_poti", 60.0, 0.0, 100.0, 436.0),
            new(2, "china_europe", CargoUnit.Container, Direction.Eastbound, "kuryk_alat", 20.5, 2.0, 101.25, null),
        ];
        IReadOnlyList<StageRecord> stages =
        [
            new(1, "customs", "dostyk", 110.0, 112.5, 114.0),
            new(1, "sailing", "aktau_baku", 200.0, 230.0, 248.0),
        ];
        var ledger = new ConservationLedger(4_000_000, 3_850_000, [new LedgerEntry("aktau_port", 150_000)]);
        IReadOnlyList<FlowMonthRecord> flowMonths = Enumerable.Range(1, 12)
            .Select(m => new FlowMonthRecord(m, "kz_exports_west", 375_000.0 + (m * 100.0), 350_000.0 + (m * 200.0) + (replication * 10.0), 6_250 + m, 5_800 + m + replication))
            .ToList();
        IReadOnlyList<SailingRecord> sailings =
        [
            new("aktau_baku", 0, Direction.Westbound, "aktau", "baku", 800.0, 818.5, 50 + replication, 0, 4, 0, 0, 3_250.0, 0, 0.9, 12.0, 1.5),
            new("aktau_baku", 1, Direction.Eastbound, "baku", "aktau", 900.0, 917.0, 0, 40, 0, 0, 0, 0, 0, 0.75, 0, 30.25),
        ];
        IReadOnlyList<TrainRecord> trains =
        [
            new(7, "kz_exports_west", "kazakhstan", 700.0, 50, 0, 3_250.0, "aktau_baku_poti", "aktau", 760.5),
            new(9, "china_europe", "dostyk", 710.0, 0, 44, 880.0, "kuryk_alat", null, null),
        ];
        return new ReplicationResult(replication, 1000UL + (ulong)replication, kpis, facilities, timeseries, months, transit, consignments, stages, ledger, 12345)
        {
            Causes = Causes(shift),
            Sailings = sailings,
            Trains = trains,
            FlowMonths = flowMonths,
        };
    }

    /// <summary>Causes summing to the facilities' 1,650,000 waiting consignment-hours, 60 t a consignment.</summary>
    public static IReadOnlyList<CauseWaits> Causes(double shift = 0) =>
    [
        Cause(WaitCauseKind.BorderStep, "dostyk", FacilityKind.Border, "westbound.customs_declaration", 45_000, 0.40 + shift),
        Cause(WaitCauseKind.Berth, "baku_port", FacilityKind.Port, "ferry", 1_100_000, 0.95 - shift),
        Cause(WaitCauseKind.Closure, "baku_port", FacilityKind.Port, null, 300_000, 0.20),
        Cause(WaitCauseKind.Vessels, "aktau_baku", FacilityKind.SeaService, null, 130_000, 0.60),
        Cause(WaitCauseKind.Handling, "aktau_port", FacilityKind.Port, "ferry", 75_000, 0.95 - shift),
    ];

    private static CauseWaits Cause(WaitCauseKind kind, string facility, FacilityKind facilityKind, string? detail, double hours, double utilisation) =>
        new(new WaitCause(kind, facility, facilityKind, detail), hours, hours * 60, utilisation);
}
