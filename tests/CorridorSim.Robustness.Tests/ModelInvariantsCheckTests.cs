using CorridorSim.Corridor;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Robustness.Tests.Invariants;

namespace CorridorSim.Robustness.Tests;

/// <summary>The invariant checker itself: it passes a real replication and catches each kind of broken result.</summary>
public class ModelInvariantsCheckTests
{
    private static readonly SmallCorridor Corridor = new(
        Seed: 11, HorizonDays: 30, WarmupDays: 2, Ferries: 2, FerryWagons: 52, FerryTrucks: 20, SailingHours: 20, Policy: DeparturePolicy.MaxWait,
        MaxWaitHours: 24, TimetableHours: [0], MtbfHours: null, Feeders: 1, FeederTeu: 200, YardWagons: 400, YardTeu: 1000, Berths: 1, LoadHours: 6,
        Border: true, ExchangeTracks: 2, GaugeChange: true, CustomsRegime: "paper", Officers: 2, Lanes: 1, PathsPerDay: 10,
        StormsPerMonth: 1, StormHours: 24, ClosureStartDay: 5,
        Flows: [new(Direction.Westbound, CargoUnit.Wagon, 600_000, 20, RoutingPolicy.FixedShares, true, 0.5), new(Direction.Eastbound, CargoUnit.Container, 150_000, 20, RoutingPolicy.FixedShares, false, 1)]);

    private static readonly CorridorSpec Spec = Corridor.Build();

    private static readonly ReplicationResult Result = CorridorModel.RunReplication(Spec, 0, new RunOptions(RecordConsignments: true));

    private static string Broken(ReplicationResult tampered) => Assert.Throws<InvariantBroken>(() => ModelInvariants.Check(Spec, tampered)).Message;

    /// <summary>A stage that lasts a while and is followed by another stage of its consignment: both indices.</summary>
    private static (int First, int Next) TwoStagesOfOneConsignment()
    {
        var stages = Result.Stages!;
        for (var i = 0; i < stages.Count; i++)
        {
            var next = stages.Skip(i + 1).ToList().FindIndex(s => s.ConsignmentId == stages[i].ConsignmentId);
            if (next >= 0 && stages[i].LeftHours > stages[i].ArrivedHours + 0.01) return (i, i + 1 + next);
        }

        throw new InvalidOperationException("no consignment with two stages");
    }

    [Fact]
    public void Check_RealReplication_Passes()
    {
        Assert.NotEmpty(Result.Stages!);
        Assert.True(Result.Ledger.DeliveredTonnes > 0);

        ModelInvariants.Check(Spec, Result);
    }

    [Fact]
    public void Check_StageArrivingBeforeThePreviousLeft_IsTwoPlacesAtOnce()
    {
        var (first, next) = TwoStagesOfOneConsignment();
        var stages = Result.Stages!.ToList();
        var during = (stages[first].ArrivedHours + stages[first].LeftHours) / 2;
        stages[next] = stages[next] with { ArrivedHours = during };

        var message = Broken(Result with { Stages = stages });
        Assert.True(message.Contains("arrived before it left its previous stage"), message);
    }

    [Fact]
    public void Check_StageStartingBeforeItArrived_IsTimeGoingBackwards()
    {
        var stages = Result.Stages!.ToList();
        stages[0] = stages[0] with { StartedHours = stages[0].ArrivedHours - 1 };

        Assert.Contains("arrived ≤ started ≤ left does not hold", Broken(Result with { Stages = stages }));
    }

    [Fact]
    public void Check_DeliveryBeforeCreation_IsTimeGoingBackwards()
    {
        var consignments = Result.Consignments!.ToList();
        var at = consignments.FindIndex(c => c.DeliveredHours is not null);
        consignments[at] = consignments[at] with { CreatedHours = consignments[at].DeliveredHours!.Value + 1 };

        Assert.Contains("arrived before it was created", Broken(Result with { Consignments = consignments }));
    }

    [Fact]
    public void Check_UtilisationAboveOne_IsOutOfRange()
    {
        var facilities = Result.Facilities.ToList();
        facilities[0] = facilities[0] with { Utilisation = 1.01 };

        Assert.Contains("utilisation 1.01", Broken(Result with { Facilities = facilities }));
    }

    [Fact]
    public void Check_NegativeQueue_IsOutOfRange()
    {
        var points = Result.Timeseries.ToList();
        points[^1] = points[^1] with { QueueUnits = -1 };

        Assert.Contains("queue -1 units", Broken(Result with { Timeseries = points }));
    }

    [Fact]
    public void Check_TonnesLost_LedgerDoesNotBalance()
    {
        var ledger = Result.Ledger with { DeliveredTonnes = Result.Ledger.DeliveredTonnes - 65 };

        Assert.Contains("the ledger does not balance", Broken(Result with { Ledger = ledger }));
    }

    [Fact]
    public void Check_MoreDeliveredThanGenerated_IsCaught()
    {
        var ledger = new ConservationLedger(100, 200, [new LedgerEntry("nowhere", -100)]);

        Assert.Contains("delivered 200 t of 100 t generated", Broken(Result with { Ledger = ledger }));
    }
}
