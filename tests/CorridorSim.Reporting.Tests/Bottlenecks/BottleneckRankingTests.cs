using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Tests.Given;

namespace CorridorSim.Reporting.Tests.Bottlenecks;

public class BottleneckRankingTests
{
    private static readonly WaitCause AlatBerths = new(WaitCauseKind.Berth, "alat", FacilityKind.Port, "ferry");
    private static readonly WaitCause KurykClosures = new(WaitCauseKind.Closure, "kuryk", FacilityKind.Port);

    [Fact]
    public void Rank_SampleRun_PutsTheCauseWithMostWaitingFirst()
    {
        // Given the tiny corridor, where ferries queue for Baku's berths while cargo sits at Aktau
        var result = SampleRun.Experiment();

        // When
        var ranking = BottleneckRanking.Rank(result);

        // Then the cause is Baku's ferry berths, not Aktau where the cargo sits
        var top = ranking[0];
        Assert.Equal((1, WaitCauseKind.Berth, "baku_port", "berth:ferry"), (top.Rank, top.Cause.Kind, top.Facility, top.Cause.Label));
        Assert.Equal(1_100_000 / 1_650_000.0, top.Share, 12);
        Assert.Equal((0.95 + 0.94) / 2, top.Utilisation, 12);
    }

    [Fact]
    public void Rank_Shares_AreMeansOfPerReplicationSharesAndSumToOne()
    {
        var ranking = BottleneckRanking.Rank(SampleRun.Experiment());

        Assert.Equal(1.0, ranking.Sum(b => b.Share), 12);
        Assert.Equal(300_000 / 1_650_000.0, ranking.Single(b => b.Cause.Kind == WaitCauseKind.Closure).Share, 12);
        Assert.Equal(300_000 * 60.0, ranking.Single(b => b.Cause.Kind == WaitCauseKind.Closure).TonneHours, 9);
    }

    [Fact]
    public void Rank_ClosureHours_AreTheFacilitysMeanOverReplications()
    {
        var ranking = BottleneckRanking.Rank(SampleRun.Experiment());

        Assert.Equal(420.0, ranking.Single(b => b.Cause.Kind == WaitCauseKind.Closure).ClosureHours, 12);
        Assert.Equal(10.0, ranking.Single(b => b.Cause.Kind == WaitCauseKind.Handling).ClosureHours, 12);
    }

    [Fact]
    public void Rank_Ranks_AreOneToNInShareOrder()
    {
        var ranking = BottleneckRanking.Rank(SampleRun.Experiment());

        Assert.Equal(Enumerable.Range(1, 5), ranking.Select(b => b.Rank));
        Assert.Equal(ranking.OrderByDescending(b => b.Share).Select(b => b.Cause), ranking.Select(b => b.Cause));
    }

    [Fact]
    public void Rank_CauseChargedInOneReplicationOfTwo_CountsZeroInTheOther()
    {
        // Given Kuryk's closures charged 600 h in the first replication and nothing in the second
        var first = Replication(0, (AlatBerths, 400, 0.9), (KurykClosures, 600, 0.1));
        var second = Replication(1, (AlatBerths, 1000, 0.8));

        // When
        var ranking = BottleneckRanking.Rank([first, second]);

        // Then its hours and share are halved, its utilisation is that of the replication that charged it
        var closures = ranking.Single(b => b.Cause == KurykClosures);
        Assert.Equal((300.0, 0.3, 0.1), (closures.ConsignmentHours, closures.Share, closures.Utilisation));
        var berths = ranking.Single(b => b.Cause == AlatBerths);
        Assert.Equal((700.0, 0.7), (berths.ConsignmentHours, berths.Share));
        Assert.Equal(0.85, berths.Utilisation, 12);
        Assert.Equal([AlatBerths, KurykClosures], ranking.Select(b => b.Cause));
    }

    [Fact]
    public void Rank_EqualShares_OrderedByCauseLabel()
    {
        var replication = Replication(0, (KurykClosures, 500, 0.2), (AlatBerths, 500, 0.9));

        var ranking = BottleneckRanking.Rank([replication]);

        Assert.Equal(["berth:ferry", "closure"], ranking.Select(b => b.Cause.Label));
    }

    [Fact]
    public void Rank_NothingWaitsAnywhere_IsEmpty()
    {
        var replication = Replication(0);

        Assert.Empty(BottleneckRanking.Rank([replication]));
    }

    private static ReplicationResult Replication(int index, params (WaitCause Cause, double Hours, double Utilisation)[] causes) =>
        SampleRun.Replication(index) with { Causes = [.. causes.Select(c => new CauseWaits(c.Cause, c.Hours, c.Hours * 20, c.Utilisation))] };
}
