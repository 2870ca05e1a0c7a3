using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Tests.Support;

namespace CorridorSim.Corridor.Tests.Model;

/// <summary>Covers: the whole model end to end on the reference corridor: determinism, named streams, KPIs.</summary>
public class CorridorModelTests
{
    [Fact]
    public void RunReplication_SameSeedTwice_GivesIdenticalResults()
    {
        var spec = ReferenceCorridor.Build(horizonDays: 90, warmupDays: 10);

        var first = Harness.RunSpec(spec, replication: 2);
        var second = Harness.RunSpec(spec, replication: 2);

        Assert.Equal(first.Seed, second.Seed);
        Assert.Equal(first.Kpis, second.Kpis);
        Assert.Equal(first.Facilities, second.Facilities);
        Assert.Equal(first.Timeseries, second.Timeseries);
        Assert.Equal(first.Months, second.Months);
        Assert.Equal(first.TransitDays, second.TransitDays);
        Assert.Equal(first.Ledger.InSystem, second.Ledger.InSystem);
        Assert.Equal(first.EventsProcessed, second.EventsProcessed);
    }

    [Fact]
    public void RunReplication_OtherReplication_OtherSeedAndOtherResults()
    {
        var spec = ReferenceCorridor.Build(horizonDays: 60, warmupDays: 0);

        var first = Harness.RunSpec(spec, replication: 0);
        var second = Harness.RunSpec(spec, replication: 1);

        Assert.NotEqual(first.Seed, second.Seed);
        Assert.NotEqual(first.TransitDays, second.TransitDays);
    }

    [Fact]
    public void RunReplication_MoreFerries_LeaveEveryFlowsArrivalTimesIdentical()
    {
        // Given the reference corridor with 3 or 9 ferries between Aktau and Alat
        var few = Harness.RunSpec(ReferenceCorridor.Build(horizonDays: 90, aktauFerries: 3), record: true);
        var many = Harness.RunSpec(ReferenceCorridor.Build(horizonDays: 90, aktauFerries: 9), record: true);

        // Then every flow's consignments were created at exactly the same hours
        static ILookup<string, double> Created(ReplicationResult r) => r.Consignments!.ToLookup(c => c.Flow, c => c.CreatedHours);
        var (a, b) = (Created(few), Created(many));
        Assert.Equal(a.Select(g => g.Key).Order(), b.Select(g => g.Key).Order());
        Assert.All(a, group => Assert.Equal(group.ToList(), b[group.Key].ToList()));

        // ...while what happened at sea did differ
        Assert.NotEqual(few.Facility("aktau_alat_ferry").Sea, many.Facility("aktau_alat_ferry").Sea);
    }

    [Fact]
    public void RunReplication_ReferenceCorridorOneYearIn2024_DeliversMostDemandAndReportsEveryKpi()
    {
        // When one simulated year at about 4.5 Mt runs after a 30-day warm-up
        var result = Harness.RunSpec(ReferenceCorridor.Build());

        // Then
        Assert.InRange(result.Kpi("demand_tonnes_per_year"), 4_000_000, 5_100_000);
        Assert.InRange(result.Kpi("delivered_share"), 0.85, 1.0);
        Assert.InRange(result.Kpi("transit_days_p50"), 5, 40);
        Assert.True(result.Kpi("transit_days_p95") >= result.Kpi("transit_days_p50"));
        Assert.True(result.Kpi("backlog_tonnes_end") > 0);
        Assert.Equal(
            ["demand_tonnes_per_year", "delivered_tonnes_per_year", "delivered_share", "transit_days_mean", "transit_days_p50", "transit_days_p95", "backlog_tonnes_end"],
            result.Kpis.Take(7).Select(k => k.Name));
        Assert.Equal(["t/yr", "t/yr", "fraction", "days", "days", "days", "t"], result.Kpis.Take(7).Select(k => k.Unit));
        Assert.Contains(result.Kpis, k => k.Name == "transit_days_p95:china_europe_containers" && k.Unit == "days" && k.Value > 0);
        Assert.Contains(result.Kpis, k => k.Name == "delivered_tonnes_per_year:az_kz_wagons" && k.Unit == "t/yr" && k.Value > 0);
        Assert.Equal(9 + (3 * 8) + (2 * 8), result.Kpis.Count);
        Assert.Equal(["backlog_growth_tonnes_per_year", "cohort_delivered_share"], result.Kpis.Skip(7).Take(2).Select(k => k.Name));
        Assert.InRange(result.Kpi("cohort_delivered_share"), 0.9, 1.0);
        Assert.Equal(result.Timeseries.Count / result.Facilities.Count, result.DailyHeldTonnes.Count);
        Assert.Equal(12, result.Months.Count);
        Assert.Equal(365 * result.Facilities.Count, result.Timeseries.Count);
        Assert.All(result.Facilities, f => Assert.InRange(f.Utilisation, 0, 1));
        Assert.True(result.Facility("aktau_alat_ferry").Sea!.DeparturesEastbound > 0);
        Assert.True(result.Facility("aktau").ClosureHours > 0);
    }

    [Fact]
    public void RunReplication_Warmup_ExcludesEarlierConsignmentsFromTheKpis()
    {
        // Given a warm-up of 30 of 60 days
        var result = Harness.RunSpec(ReferenceCorridor.Build(horizonDays: 60, warmupDays: 30), record: true);

        // Then the transit sample holds only consignments created after day 30
        var inWindow = result.Consignments!.Where(c => c.CreatedHours >= 720 && c.DeliveredHours is not null).ToList();
        Assert.Equal(inWindow.Count, result.TransitDays.Count);
        var windowTonnes = result.Consignments!.Where(c => c.CreatedHours >= 720).Sum(c => c.Tonnes);
        Assert.Equal(windowTonnes / (30 / 365.0), result.Kpi("demand_tonnes_per_year"), 6);
    }

    [Fact]
    public void RunReplication_Cancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            CorridorModel.RunReplication(ReferenceCorridor.Build(), 0, new RunOptions(Cancellation: cancellation.Token)));
    }

    [Fact]
    public void RunReplication_RecordConsignments_StagesExplainEachDelivery()
    {
        var result = Harness.RunSpec(ReferenceCorridor.Build(horizonDays: 60, warmupDays: 0), record: true);

        var delivered = result.Consignments!.First(c => c.Flow == "china_europe_containers" && c.DeliveredHours is not null);
        var stages = result.Stages!.Where(s => s.ConsignmentId == delivered.Id).ToList();
        Assert.Equal(delivered.CreatedHours, stages.Min(s => s.ArrivedHours), 9);
        Assert.Equal(delivered.DeliveredHours!.Value, stages.Max(s => s.LeftHours), 9);
        Assert.Contains(stages, s => s.Stage == "gauge_change");
        Assert.Contains(stages, s => s.Stage == "sailing" && s.Facility == "aktau_alat_feeder");
        Assert.All(stages, s => Assert.True(s.WaitHours >= -1e-9 && s.ServiceHours >= -1e-9, $"{s}"));
    }
}
