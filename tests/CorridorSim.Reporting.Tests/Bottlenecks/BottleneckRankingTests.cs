using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Tests.Given;

namespace CorridorSim.Reporting.Tests.Bottlenecks;

public class BottleneckRankingTests
{
    private const double WindowHours = 365.0 * 24.0;

    [Fact]
    public void Rank_OneFacilityBusyWithMostOfTheWaiting_PutsItFirstBecauseOfCapacity()
    {
        // Given the tiny corridor, where Aktau port is busy 95% of the time and holds most of the waiting
        var result = SampleRun.Experiment();

        // When
        var ranking = BottleneckRanking.Rank(result);

        // Then
        var top = ranking[0];
        Assert.Equal(1, top.Rank);
        Assert.Equal("aktau_port", top.Facility);
        Assert.Equal(BindingReason.Capacity, top.Reason);
        Assert.True(top.WaitingShare > 0.5);
    }

    [Fact]
    public void Rank_WaitingShares_AreMeansOfPerReplicationSharesAndSumToOne()
    {
        var result = SampleRun.Experiment();

        var ranking = BottleneckRanking.Rank(result);

        Assert.Equal(1.0, ranking.Sum(b => b.WaitingShare), 12);
        var total = result.Replications[0].Facilities.Sum(f => f.WaitingConsignmentHours);
        Assert.Equal(1_350_000 / total, ranking.Single(b => b.Facility == "aktau_port").WaitingShare, 12);
        Assert.Equal(0.945, ranking.Single(b => b.Facility == "aktau_port").Utilisation, 12);
        Assert.Equal(420.0, ranking.Single(b => b.Facility == "baku_port").ClosureHours, 12);
    }

    [Fact]
    public void Rank_Ranks_AreOneToNInOrder()
    {
        var ranking = BottleneckRanking.Rank(SampleRun.Experiment());

        Assert.Equal(Enumerable.Range(1, 6), ranking.Select(b => b.Rank));
        Assert.Equal(ranking.OrderByDescending(b => b.WaitingShare).Select(b => b.Facility), ranking.Select(b => b.Facility));
    }

    [Fact]
    public void Rank_EqualWaitingShares_BusierFacilityFirst()
    {
        IReadOnlyList<FacilityStats> facilities =
        [
            Facility("quiet", utilisation: 0.3, waitingHours: 100),
            Facility("busy", utilisation: 0.8, waitingHours: 100),
        ];
        var replication = SampleRun.Replication(0) with { Facilities = facilities };

        var ranking = BottleneckRanking.Rank([replication], WindowHours);

        Assert.Equal(["busy", "quiet"], ranking.Select(b => b.Facility));
    }

    [Fact]
    public void Rank_StormPortWithLittleUse_BindsBecauseOfClosures()
    {
        var replication = SampleRun.Replication(0) with
        {
            Facilities = [Facility("baku_port", utilisation: 0.3, waitingHours: 900, closureHours: 0.1 * WindowHours), Facility("dostyk", 0.3, 100)],
        };

        var ranking = BottleneckRanking.Rank([replication], WindowHours);

        Assert.Equal(("baku_port", BindingReason.Closures), (ranking[0].Facility, ranking[0].Reason));
    }

    [Fact]
    public void Rank_WaitsAtAnIdleOpenFacility_BindsBecauseOfUpstreamBlocking()
    {
        var replication = SampleRun.Replication(0) with { Facilities = [Facility("alat_yard", utilisation: 0.2, waitingHours: 500)] };

        var ranking = BottleneckRanking.Rank([replication], WindowHours);

        Assert.Equal(BindingReason.UpstreamBlocking, ranking[0].Reason);
    }

    [Fact]
    public void Rank_NothingWaitsAnywhere_NothingBindsAndSharesAreZero()
    {
        var replication = SampleRun.Replication(0) with { Facilities = [Facility("a", 0.9, 0), Facility("b", 0.1, 0)] };

        var ranking = BottleneckRanking.Rank([replication], WindowHours);

        Assert.All(ranking, b => Assert.Equal((0.0, BindingReason.None), (b.WaitingShare, b.Reason)));
    }

    [Theory]
    [InlineData(0.1, 0.70, 0.0, BindingReason.Capacity)]
    [InlineData(0.1, 0.69, 0.05 * WindowHours, BindingReason.Closures)]
    [InlineData(0.1, 0.69, 0.049 * WindowHours, BindingReason.UpstreamBlocking)]
    [InlineData(0.0, 0.99, 0.0, BindingReason.None)]
    public void ReasonFor_Thresholds_PickTheDocumentedReason(double share, double utilisation, double closureHours, BindingReason expected) =>
        Assert.Equal(expected, BottleneckRanking.ReasonFor(share, utilisation, closureHours, WindowHours));

    private static FacilityStats Facility(string name, double utilisation, double waitingHours, double closureHours = 0) =>
        new(name, FacilityKind.Port, 1000, 10, 1, 2, 1, 3, utilisation, closureHours, waitingHours, null);
}
