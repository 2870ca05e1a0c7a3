using CorridorSim.Corridor.Results;
using CorridorSim.Corridor.Spec;
using CorridorSim.Corridor.Tests.Support;
using CorridorSim.Testing;
using static CorridorSim.Corridor.Tests.Support.BorderSteps;

namespace CorridorSim.Corridor.Tests.Borders;

/// <summary>
/// Covers: a border crossing as a sequence of procedure steps, and the regime effects that shorten them
/// (pre-arrival, single window, mutual recognition) while gauge change and waiting stay as they are.
/// Scenario: one train formed at hour 0, 5 h of rail to Dostyk, 10 h to a second post with the same steps.
/// </summary>
public class BorderStepTests
{
    private static readonly RegimeEffect[] Documents = [RegimeEffect.PreArrival, RegimeEffect.SingleWindow, RegimeEffect.MutualRecognition];

    private static (double Arrived, double Left) Stage(ReplicationResult result, string step, string border = "dostyk")
    {
        var stages = result.StagesOf(step, border).Select(s => (s.ArrivedHours, s.LeftHours)).Distinct().ToList();
        return Assert.Single(stages);
    }

    private static double Hours(ReplicationResult result, string step, string border = "dostyk")
    {
        var (arrived, left) = Stage(result, step, border);
        return left - arrived;
    }

    private static ReplicationResult OneTrain(TinyCorridor corridor) => new Harness(corridor.Build()).TrainAt(0).Execute();

    [Fact]
    public void PreArrival_DocumentStep_OverlapsTheJourneyAndLeavesOnlyTheRemainder()
    {
        // Given an 8 h declaration that lists pre-arrival, then a 4 h gauge change
        BorderStepSpec[] steps = [Step("customs_declaration", 8, effects: Documents), Step("gauge_change", 4, BorderStepKind.Physical)];

        // When the regime lodges declarations before arrival
        var result = OneTrain(Line(steps, "pre_arrival"));

        // Then the check started as the train left the mine (hour 0), so of its 8 h only 8 − 5 = 3 h is dwell
        Assert.Equal((5.0, 8.0), Stage(result, "customs_declaration"));
        Assert.Equal((8.0, 12.0), Stage(result, "gauge_change"));

        // and at the second post, 10 h of travel cover the whole check
        Assert.Equal(0, Hours(result, "customs_declaration", "second_post"), 9);
    }

    [Fact]
    public void PreArrival_RegimeWithoutIt_TheWholeStepIsDwell()
    {
        BorderStepSpec[] steps = [Step("customs_declaration", 8, effects: Documents), Step("gauge_change", 4, BorderStepKind.Physical)];

        var result = OneTrain(Line(steps, "paper"));

        Assert.Equal((5.0, 13.0), Stage(result, "customs_declaration"));
        Assert.Equal((13.0, 17.0), Stage(result, "gauge_change"));
    }

    [Fact]
    public void SingleWindow_MergesTheAgenciesSubmissions_TheyRunAtOnce()
    {
        // Given a 3 h declaration and a 2 h sanitary check that both list single window, then a 4 h gauge change
        BorderStepSpec[] steps =
        [
            Step("customs_declaration", 3, effects: Documents),
            Step("sanitary_control", 2, effects: RegimeEffect.SingleWindow),
            Step("gauge_change", 4, BorderStepKind.Physical),
        ];

        // When
        var merged = OneTrain(Line(steps, "single_window"));
        var separate = OneTrain(Line(steps, "paper"));

        // Then under the single window both start on arrival and the gauge change follows the longer one
        Assert.Equal((5.0, 8.0), Stage(merged, "customs_declaration"));
        Assert.Equal((5.0, 7.0), Stage(merged, "sanitary_control"));
        Assert.Equal((8.0, 12.0), Stage(merged, "gauge_change"));

        // while without it they follow each other
        Assert.Equal((8.0, 10.0), Stage(separate, "sanitary_control"));
        Assert.Equal((10.0, 14.0), Stage(separate, "gauge_change"));
    }

    [Fact]
    public void MutualRecognition_SkipsTheRepeatedStepAndOnlyThat()
    {
        // Given a declaration that lists mutual recognition and an inspection that does not (the agreement does not cover it)
        BorderStepSpec[] steps = [Step("customs_declaration", 8, effects: Documents), Step("physical_inspection", 2, BorderStepKind.Physical)];

        // When both posts recognise each other
        var result = OneTrain(Line(steps, "recognising"));

        // Then Dostyk does both, and the second post skips the declaration but inspects again
        Assert.Equal(8, Hours(result, "customs_declaration"), 9);
        Assert.Equal(2, Hours(result, "physical_inspection"), 9);
        Assert.Equal(0, Hours(result, "customs_declaration", "second_post"), 9);
        Assert.Equal(2, Hours(result, "physical_inspection", "second_post"), 9);
    }

    [Fact]
    public void MutualRecognition_PreviousPostDoesNotRecognise_NothingIsSkipped()
    {
        BorderStepSpec[] steps = [Step("customs_declaration", 8, effects: Documents)];

        var result = OneTrain(Line(steps, "paper", secondRegime: "recognising"));

        Assert.Equal(8, Hours(result, "customs_declaration", "second_post"), 9);
    }

    [Theory]
    [InlineData("paper")]
    [InlineData("pre_arrival")]
    [InlineData("single_window")]
    [InlineData("recognising")]
    public void GaugeChange_ListsNoRegimeEffect_IsUntouchedByAnyRegime(string regime)
    {
        BorderStepSpec[] steps =
        [
            Step("customs_declaration", 8, effects: Documents),
            Step("gauge_change", 4.25, BorderStepKind.Physical),
            Step("locomotive_and_path", 12, BorderStepKind.Waiting, capacity: null),
        ];

        var result = OneTrain(Line(steps, regime));

        Assert.Equal(4.25, Hours(result, "gauge_change"), 9);
        Assert.Equal(4.25, Hours(result, "gauge_change", "second_post"), 9);
        Assert.Equal(12, Hours(result, "locomotive_and_path", "second_post"), 9);
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.4)]
    [InlineData(0.6)]
    public void ProceduralShare_RescalesProcedureAgainstPhysicalTime_KeepsTheTotalDwell(double share)
    {
        // Given 6 h of procedure and 4 + 10 h of physical work and waiting: 20 h, a share of 0.3 as listed
        BorderStepSpec[] steps =
        [
            Step("customs_declaration", 6, effects: Documents),
            Step("gauge_change", 4, BorderStepKind.Physical),
            Step("locomotive_and_path", 10, BorderStepKind.Waiting, capacity: null),
        ];

        // When the share is set
        var result = OneTrain(Line(steps, "paper", proceduralShare: share));

        // Then the declaration takes that share of the 20 h, the rest keep their proportions, and the total is 20 h
        Assert.Equal(share * 20, Hours(result, "customs_declaration"), 9);
        Assert.Equal((1 - share) * 20 * 4 / 14, Hours(result, "gauge_change"), 9);
        Assert.Equal(20, Hours(result, "customs_declaration") + Hours(result, "gauge_change") + Hours(result, "locomotive_and_path"), 9);
    }

    [Fact]
    public void Step_CargoClassesListed_OtherClassesPassItBy()
    {
        BorderStepSpec[] steps =
        [
            Step("phytosanitary_control", 6, effects: RegimeEffect.SingleWindow) with { CargoClasses = ["grain"] },
            Step("gauge_change", 4, BorderStepKind.Physical),
        ];

        var result = OneTrain(Line(steps, "paper"));

        Assert.Empty(result.StagesOf("phytosanitary_control", "dostyk"));
        Assert.Equal((5.0, 9.0), Stage(result, "gauge_change"));
    }

    [Fact]
    public void Steps_StepHoursKpi_NamesTheStepWhereHoursWereSaved()
    {
        BorderStepSpec[] steps = [Step("customs_declaration", 8, effects: Documents), Step("gauge_change", 4, BorderStepKind.Physical)];

        var paper = OneTrain(Line(steps, "paper"));
        var digital = OneTrain(Line(steps, "pre_arrival"));

        Assert.Equal(8, paper.Kpi("border_step_hours:dostyk.westbound.customs_declaration"), 9);
        Assert.Equal(3, digital.Kpi("border_step_hours:dostyk.westbound.customs_declaration"), 9);
        Assert.Equal(4, digital.Kpi("border_step_hours:dostyk.westbound.gauge_change"), 9);
    }
}
