using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Testing;
using CorridorSim.Testing.Builders;

namespace CorridorSim.Corridor.Tests.Causes;

/// <summary>
/// Covers: every consignment-hour of waiting charged to what it waited for (issue 13). Scenario: the west
/// line mine → 10 h of rail → Aktau → ferry → Alat → 10 h of rail → Europe, with trains of 5 wagons placed
/// by hand, changed in each test so that one cause binds and its answer is known.
/// </summary>
public class WaitCauseTests
{
    [Fact]
    public void Causes_VesselsQueueForTheOnlyBerthAtTheFarPort_ChargesTheFarPortsBerthsNotTheNearOnes()
    {
        // Given Aktau with three ferry berths and 1 h handling, Alat with one berth and 30 h handling, and
        // three ferries of 10 wagons on a 5 h crossing, fed a train of 5 wagons every 2 hours
        var corridor = TinyCorridor.WestLine();
        corridor.Ports[0] = PortBuilder.Named("aktau").Yards(wagons: 100_000).Berths(BerthKind.Ferry, 3, TinyCorridor.Hours(1)).Build();
        corridor.Ports[1] = PortBuilder.Named("alat").Yards(wagons: 100_000).Berths(BerthKind.Ferry, 1, TinyCorridor.Hours(30)).Build();
        corridor.SeaServices[0] = TinyCorridor.Ferry("aktau_alat", "aktau", "alat", vessels: 3, capacity: 10, sailingHours: 5);
        var harness = new Harness(corridor.Build(), record: false);
        for (var hour = 0; hour < 400; hour += 2)
        {
            harness.TrainAt(hour);
        }

        // When
        var result = harness.Execute();

        // Then cargo waits at Aktau, yet most of the waiting is charged to Alat's ferry berths, and Aktau's own berths get almost none
        Assert.True(result.Facility("aktau").WaitingConsignmentHours > 0.5 * Total(result));
        Assert.Equal(new WaitCause(WaitCauseKind.Berth, "alat", FacilityKind.Port, "ferry"), Top(result).Cause);
        // (the yard at Aktau holds about 83% of the waiting, the ferries' own waits aboard about 17%: Alat's berths' 61% is mostly yard waiting)
        Assert.True(Share(result, WaitCauseKind.Berth, "alat") > 0.5, $"Alat's berths: {Share(result, WaitCauseKind.Berth, "alat")}");
        Assert.True(Share(result, WaitCauseKind.Berth, "aktau") < 0.01, $"Aktau's berths: {Share(result, WaitCauseKind.Berth, "aktau")}");
        AssertConserved(result);
    }

    [Fact]
    public void Causes_LongClosureOfAPortWithIdleBerths_ChargesTheClosure()
    {
        // Given three ferries for a train of 5 wagons every 12 hours, and Aktau closed from day 2 to day 12
        var corridor = TinyCorridor.WestLine();
        corridor.SeaServices[0] = TinyCorridor.Ferry("aktau_alat", "aktau", "alat", vessels: 3, capacity: 10, sailingHours: 5);
        corridor.Disruptions.Add(new DisruptionSpec("port_works", "aktau", 2, 10));
        var harness = new Harness(corridor.Build(), record: false);
        for (var hour = 0; hour < 400; hour += 12)
        {
            harness.TrainAt(hour);
        }

        // When
        var result = harness.Execute();

        // Then the top cause is the closure of Aktau, with most of the waiting
        Assert.Equal(new WaitCause(WaitCauseKind.Closure, "aktau", FacilityKind.Port), Top(result).Cause);
        Assert.True(Share(result, WaitCauseKind.Closure, "aktau") > 0.5, $"Aktau's closures: {Share(result, WaitCauseKind.Closure, "aktau")}");
        AssertConserved(result);
    }

    [Fact]
    public void Causes_FarPortClosedWhileLoadedFerriesWaitOffIt_ChargesTheFarPortsClosureForCargoAboardAndInTheYard()
    {
        // Given three ferries for a train of 5 wagons every 12 hours, and Alat closed from day 2 to day 12
        var corridor = TinyCorridor.WestLine();
        corridor.SeaServices[0] = TinyCorridor.Ferry("aktau_alat", "aktau", "alat", vessels: 3, capacity: 10, sailingHours: 5);
        corridor.Disruptions.Add(new DisruptionSpec("port_works", "alat", 2, 10));
        var harness = new Harness(corridor.Build(), record: false);
        for (var hour = 0; hour < 400; hour += 12)
        {
            harness.TrainAt(hour);
        }

        // When
        var result = harness.Execute();

        // Then the ferries' own waits (cargo aboard off Alat, about 13%) and Aktau's yard waits (no ferry comes back,
        // about 87%) go mostly to Alat's closure (about 72%), though no cargo waits at Alat itself
        Assert.True(result.Facility("aktau_alat").WaitingConsignmentHours > 0.05 * Total(result));
        Assert.Equal(0, result.Facility("alat").WaitingConsignmentHours);
        Assert.Equal(new WaitCause(WaitCauseKind.Closure, "alat", FacilityKind.Port), Top(result).Cause);
        Assert.True(Share(result, WaitCauseKind.Closure, "alat") > 0.6, $"Alat's closures: {Share(result, WaitCauseKind.Closure, "alat")}");
        AssertConserved(result);
    }

    [Fact]
    public void Causes_BorderWithOneOfficerSaturated_ChargesThatPostsOfficers()
    {
        // Given a border whose one officer takes 6 h per train, a train every 4 h, and plenty of exchange tracks
        var corridor = new TinyCorridor();
        corridor.Origins.Add(new OriginSpec("mine"));
        corridor.Destinations.Add(new DestinationSpec("europe"));
        corridor.Regimes.Add(new CustomsRegimeSpec("paper", TinyCorridor.Hours(6), 0, TinyCorridor.Hours(1), false, false));
        var side = new BorderSideSpec(10, TinyCorridor.Hours(1), new CustomsPostSpec("paper", 1, 1), null);
        corridor.Borders.Add(new BorderSpec("dostyk", side, side));
        corridor.RailLegs.Add(TinyCorridor.Rail("mine_dostyk", "mine", "dostyk", hours: 5));
        corridor.RailLegs.Add(TinyCorridor.Rail("dostyk_europe", "dostyk", "europe"));
        corridor.Flows.Add(TinyCorridor.Flow("ore", "mine", "europe", ["mine", "dostyk", "europe"]));
        var harness = new Harness(corridor.Build(), record: false);
        for (var hour = 0; hour < 300; hour += 4)
        {
            harness.TrainAt(hour);
        }

        // When
        var result = harness.Execute();

        // Then all the waiting is for Dostyk's officers on the westbound side, busy 75 × 6 h of the 480 h
        var top = Top(result);
        Assert.Equal(new WaitCause(WaitCauseKind.Officers, "dostyk", FacilityKind.Border, "westbound"), top.Cause);
        Assert.Equal(1.0, Share(result, WaitCauseKind.Officers, "dostyk"), 9);
        Assert.True(top.Utilisation > 0.9, $"officers busy {top.Utilisation}");
        AssertConserved(result);
    }

    [Fact]
    public void Causes_TrainsBunchedOnALineWithOnePathADay_ChargesItsTrainPaths()
    {
        // Given a line from the mine with one train path a day and five trains at once
        var corridor = TinyCorridor.WestLine();
        corridor.RailLegs[0] = TinyCorridor.Rail("mine_aktau", "mine", "aktau", pathsPerDay: 1);
        var harness = new Harness(corridor.Build(), record: false);
        for (var i = 0; i < 5; i++)
        {
            harness.TrainAt(0);
        }

        // When
        var result = harness.Execute();

        // Then the four trains behind the first wait 24, 48, 72 and 96 h for a path: 240 h × 5 wagons
        var paths = result.Causes.Single(c => c.Cause == new WaitCause(WaitCauseKind.TrainPath, "mine_aktau", FacilityKind.RailLeg));
        Assert.Equal((240.0 * 5, 240.0 * 5 * 60), (paths.ConsignmentHours, paths.TonneHours));
        AssertConserved(result);
    }

    private static double Total(ReplicationResult result) => result.Facilities.Sum(f => f.WaitingConsignmentHours);

    private static CauseWaits Top(ReplicationResult result) => result.Causes.MaxBy(c => c.ConsignmentHours)!;

    private static double Share(ReplicationResult result, WaitCauseKind kind, string facility) =>
        result.Causes.Where(c => c.Cause.Kind == kind && c.Cause.Facility == facility).Sum(c => c.ConsignmentHours) / Total(result);

    private static void AssertConserved(ReplicationResult result)
    {
        var total = Total(result);
        Assert.True(total > 0);
        Assert.Equal(1.0, result.Causes.Sum(c => c.ConsignmentHours) / total, 9);
    }
}
