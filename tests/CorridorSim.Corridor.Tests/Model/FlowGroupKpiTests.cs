using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Statistics;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Corridor.Validation;

namespace CorridorSim.Corridor.Tests.Model;

public class FlowGroupKpiTests
{
    [Fact]
    public void RunReplication_TwoFlowsInOneGroup_GroupTransitIsTheirPooledQuantiles()
    {
        // Given the reference corridor with both container flows in one group, for 90 days
        var spec = ReferenceCorridor.Build(horizonDays: 90, warmupDays: 20);
        spec = spec with
        {
            Flows = [.. spec.Flows.Select(f => f.Name.Contains("containers", StringComparison.Ordinal) ? f with { Group = "china_europe_containers" } : f)],
        };
        Assert.DoesNotContain(SpecValidator.Validate(spec), p => !p.IsWarning);

        // When it runs with every consignment recorded
        var result = Harness.RunSpec(spec, record: true);

        // Then the group's p50 and p95 are the quantiles of both flows' window consignments together
        var pooled = Transits(result, "china_europe_containers", "europe_china_containers");
        var expected = Quantiles.Of(pooled, 0.5, 0.95);
        Assert.True(pooled.Count > 100);
        Assert.Equal(expected[0], result.Kpi("group_transit_days_p50:china_europe_containers"), 9);
        Assert.Equal(expected[1], result.Kpi("group_transit_days_p95:china_europe_containers"), 9);

        // ...and a flow without a group is a group of its own, named after it
        Assert.Equal(result.Kpi("transit_days_p50:kz_oil_west"), result.Kpi("group_transit_days_p50:kz_oil_west"), 9);
        Assert.DoesNotContain(result.Kpis, k => k.Name == "group_transit_days_p50:europe_china_containers");
    }

    private static List<double> Transits(ReplicationResult result, params string[] flows) =>
        [.. result.Consignments!
            .Where(c => flows.Contains(c.Flow) && c.CreatedHours >= 20 * 24 && c.DeliveredHours is not null)
            .Select(c => (c.DeliveredHours!.Value - c.CreatedHours) / 24.0)];
}
