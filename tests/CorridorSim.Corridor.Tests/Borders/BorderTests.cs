using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;

namespace CorridorSim.Corridor.Tests.Borders;

/// <summary>
/// Covers: border crossings — exchange, customs regimes (paper, electronic pre-arrival, mutual
/// recognition, inspections) and gauge change. Scenario: mine → 5 h of rail → Dostyk → 10 h → Aktau
/// border → 10 h → Europe; exchange takes 2 h on one track; a document check takes 8 h.
/// </summary>
public class BorderTests
{
    private static TinyCorridor BorderLine(string regime, bool mutualRecognition = false, double inspectionProbability = 0, GaugeChangeSpec? gauge = null)
    {
        var corridor = new TinyCorridor();
        corridor.Origins.Add(new OriginSpec("mine"));
        corridor.Destinations.Add(new DestinationSpec("europe"));
        corridor.Regimes.Add(new CustomsRegimeSpec("paper", TinyCorridor.Hours(8), inspectionProbability, TinyCorridor.Hours(3), false, mutualRecognition));
        corridor.Regimes.Add(new CustomsRegimeSpec("electronic_pre_arrival", TinyCorridor.Hours(8), inspectionProbability, TinyCorridor.Hours(3), true, mutualRecognition));
        var post = new CustomsPostSpec(regime, 1, 1);
        var side = new BorderSideSpec(1, TinyCorridor.Hours(2), post, gauge);
        corridor.Borders.Add(new BorderSpec("dostyk", side, side));
        corridor.Borders.Add(new BorderSpec("second_post", side with { GaugeChange = null }, side with { GaugeChange = null }));
        corridor.RailLegs.Add(TinyCorridor.Rail("mine_dostyk", "mine", "dostyk", hours: 5));
        corridor.RailLegs.Add(TinyCorridor.Rail("dostyk_second", "dostyk", "second_post"));
        corridor.RailLegs.Add(TinyCorridor.Rail("second_europe", "second_post", "europe"));
        corridor.Flows.Add(TinyCorridor.Flow("ore", "mine", "europe", ["mine", "dostyk", "second_post", "europe"]));
        return corridor;
    }

    private static double CustomsDwell(Corridor.Results.ReplicationResult result, string border) =>
        result.StagesOf("customs", border).Select(s => s.LeftHours - s.ArrivedHours).Distinct().Single();

    [Fact]
    public void Customs_Paper_DwellIsTheWholeDocumentCheck()
    {
        var result = new Harness(BorderLine("paper").Build()).TrainAt(0).Execute();

        Assert.Equal(8, CustomsDwell(result, "dostyk"), 9);
        Assert.Equal(300, result.Facility("dostyk").ThroughputTonnes, 9);
    }

    [Fact]
    public void Customs_ElectronicPreArrival_ShortensDwellByTheOverlap()
    {
        // Given the check starts when the train leaves the mine; it then travels 5 h and is exchanged for 2 h
        var result = new Harness(BorderLine("electronic_pre_arrival").Build()).TrainAt(0).Execute();

        // Then only 8 − 7 = 1 h of the check is left as dwell at Dostyk, and 8 − 10 < 0 leaves none at the next post
        Assert.Equal(1, CustomsDwell(result, "dostyk"), 9);
        Assert.Equal(0, CustomsDwell(result, "second_post"), 9);
    }

    [Fact]
    public void Customs_MutualRecognition_SkipsTheRepeatedCheckAtTheNextPost()
    {
        var result = new Harness(BorderLine("paper", mutualRecognition: true).Build()).TrainAt(0).Execute();

        Assert.Equal(8, CustomsDwell(result, "dostyk"), 9);
        Assert.Equal(0, CustomsDwell(result, "second_post"), 9);
    }

    [Fact]
    public void Customs_InspectionOfEveryWagon_QueuesForTheSingleLane()
    {
        // Given every wagon is inspected, 3 h each, on one lane
        var result = new Harness(BorderLine("paper", inspectionProbability: 1).Build()).TrainAt(0).Execute();

        // Then the five inspections at Dostyk follow each other and the train leaves after the last
        var inspections = result.StagesOf("inspection", "dostyk").OrderBy(s => s.StartedHours).ToList();
        Assert.Equal(5, inspections.Count);
        Assert.Equal([15.0, 18, 21, 24, 27], inspections.Select(s => s.StartedHours));
        Assert.All(inspections, s => Assert.Equal(3, s.LeftHours - s.StartedHours, 9));
        Assert.Equal(12, result.Facility("dostyk").MeanWaitHours, 9);
    }

    [Fact]
    public void GaugeChange_OneTrack_ChangesOneTrainAtATime()
    {
        // Given a gauge change of 10 h per train on one track, and three trains formed together
        var corridor = BorderLine("paper", gauge: new GaugeChangeSpec(1, TinyCorridor.Hours(10)));
        corridor.Borders[0] = corridor.Borders[0] with
        {
            Westbound = corridor.Borders[0].Westbound with { ExchangeTracks = 3, Customs = null },
        };
        var result = new Harness(corridor.Build()).TrainAt(0).TrainAt(0).TrainAt(0).Execute();

        // Then the trains are re-gauged one after the other, 10 h each
        var starts = result.StagesOf("gauge_change", "dostyk").Select(s => s.StartedHours).Distinct().Order().ToList();
        Assert.Equal(3, starts.Count);
        Assert.Equal(10, starts[1] - starts[0], 9);
        Assert.Equal(10, starts[2] - starts[1], 9);
        Assert.True(result.Facility("dostyk").Utilisation > 0);
    }
}
