using CorridorSim.Corridor.Spec;
using CorridorSim.Experiments.Marginal;
using CorridorSim.Testing;

namespace CorridorSim.Experiments.Tests.Marginal;

public sealed class CapacityCatalogueTests
{
    [Fact]
    public void Of_FerryLine_OffersOneMoreOfEachCapacityAsAKeyPath()
    {
        // Given the tiny line: two ports with two ferry berths and a 2,000-wagon yard, four rail legs, one ferry
        var spec = TinyCorridor.FerryLine(ferries: 1).Build();

        // When its catalogue is read
        var candidates = CapacityCatalogue.Of(spec);

        // Then each capacity is one unit more (a yard a tenth more), named by its key path
        Assert.Contains(candidates, c => c.Override == "ports.aktau.ferry_berths=3" && c.Facility == "aktau");
        Assert.Contains(candidates, c => c.Override == "ports.alat.yard_capacity_wagons=2200");
        Assert.Contains(candidates, c => c.Override == "sea_services.aktau_alat_ferry.vessels=2" && c.Name == "aktau_alat_ferry.vessels+1");
        Assert.Contains(candidates, c => c.Override == "rail_legs.khorgos_aktau.train_paths_per_day=13");
        Assert.All(candidates, c => Assert.Equal(MarginalChange.Capacity, c.Change));
        Assert.Equal(candidates.Count, candidates.Select(c => c.Name).Distinct().Count());
    }

    [Fact]
    public void Of_PostsOnTheLadder_MovesEachOneStepUpAndLeavesTheTopOneAlone()
    {
        // Given paper at Aktau and single window at Alat, with pre-arrival and single window defined but no mutual recognition
        var corridor = TinyCorridor.FerryLine();
        corridor.Regimes.Add(Regime("paper"));
        corridor.Regimes.Add(Regime("single_window") with { SingleWindow = true });
        corridor.Regimes.Add(Regime("electronic_pre_arrival", preArrival: true));
        var built = corridor.Build();
        var spec = built with
        {
            Ports = [.. built.Ports.Select(p => p with { Customs = new CustomsPostSpec(p.Name == "aktau" ? "paper" : "single_window", 1, 1) })],
        };

        // When the digital candidates are read
        var digital = CapacityCatalogue.Of(spec).Where(c => c.Change == MarginalChange.DigitalRegime).ToList();

        // Then Aktau moves to electronic pre-arrival (the next step, though single window is listed first), Alat has none higher
        var aktau = Assert.Single(digital);
        Assert.Equal("ports.aktau.customs.regime=electronic_pre_arrival", aktau.Override);
        Assert.Equal(1, DigitalRegimeLadder.Step(spec.CustomsRegimes.Single(r => r.Name == "electronic_pre_arrival")));
    }

    [Fact]
    public void Of_BorderSideWhoseStepsNoRegimeShortens_HasNoDigitalCandidate()
    {
        // Given a border of steps on paper: one side's declaration lists pre-arrival, the other side's steps list nothing
        var corridor = TinyCorridor.FerryLine();
        corridor.Regimes.Add(Regime("paper"));
        corridor.Regimes.Add(Regime("electronic_pre_arrival", preArrival: true));
        BorderStepSpec Step(IReadOnlyList<RegimeEffect> effects) => new("customs_declaration", 2, TinyCorridor.Hours(8), BorderStepKind.Procedure, effects);
        corridor.Borders.Add(new BorderSpec(
            "khorgos_border",
            BorderSideSpec.OfSteps([Step([RegimeEffect.PreArrival])], "paper"),
            BorderSideSpec.OfSteps([Step([])], "paper")));

        // When the digital candidates are read
        var digital = CapacityCatalogue.Of(corridor.Build()).Where(c => c.Change == MarginalChange.DigitalRegime).ToList();

        // Then only the side whose step pre-arrival shortens is offered it
        Assert.Equal(["borders.khorgos_border.westbound.regime=electronic_pre_arrival"], digital.Select(c => c.Override));
    }

    private static CustomsRegimeSpec Regime(string name, bool preArrival = false) =>
        new(name, TinyCorridor.Hours(preArrival ? 0.5 : 8), 0, TinyCorridor.Hours(0), preArrival, MutualRecognition: false);
}
