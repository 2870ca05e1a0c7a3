using CorridorSim.Corridor.Causes;
using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class BottleneckSentenceTests
{
    private static readonly WaitCause AlatBerths = new(WaitCauseKind.Berth, "alat", FacilityKind.Port, "ferry");
    private static readonly WaitCause KurykClosures = new(WaitCauseKind.Closure, "kuryk", FacilityKind.Port);

    [Fact]
    public void For_BerthsFirstClosuresNext_NamesThePortsBerthsHowBusyAndTheRunnerUp()
    {
        // Given Alat's ferry berths with 62% of the waiting at 95% busy, then Kuryk's closures
        IReadOnlyList<Bottleneck> ranking = [new(1, AlatBerths, 5000, 3e5, 0.62, 0.951, 0), new(2, KurykClosures, 1600, 9.6e4, 0.2, 0.27, 876)];

        // When
        var sentence = BottleneckSentence.For(ranking);

        // Then
        Assert.Equal(
            "Cargo waits most for Alat's ferry berths, 95.1% busy: 62.0% of all consignment-hours spent waiting are charged to it. "
            + "Next comes the closures of Kuryk, closed 876.0 hours of the window, with 20.0%.",
            sentence);
    }

    [Fact]
    public void For_OtherNumbers_OtherWords()
    {
        IReadOnlyList<Bottleneck> ranking = [new(1, AlatBerths, 5000, 3e5, 0.48, 0.733, 0)];

        Assert.Equal("Cargo waits most for Alat's ferry berths, 73.3% busy: 48.0% of all consignment-hours spent waiting are charged to it.", BottleneckSentence.For(ranking));
    }

    [Fact]
    public void For_CauseWithoutACapacity_SaysNothingOfHowBusy()
    {
        var formation = new WaitCause(WaitCauseKind.TrainFormation, "poti", FacilityKind.Port);
        IReadOnlyList<Bottleneck> ranking = [new(1, formation, 100, 6000, 1.0, 0.4, 0)];

        Assert.Equal("Cargo waits most for train formation at Poti: 100.0% of all consignment-hours spent waiting are charged to it.", BottleneckSentence.For(ranking));
    }

    [Fact]
    public void For_VesselsAtSea_NamesTheService()
    {
        var vessels = new WaitCause(WaitCauseKind.Vessels, "kuryk_alat_ferry", FacilityKind.SeaService);
        IReadOnlyList<Bottleneck> ranking = [new(1, vessels, 100, 6000, 0.5, 0.82, 0)];

        Assert.StartsWith("Cargo waits most for kuryk_alat_ferry's vessels, away at sea, 82.0% busy: 50.0%", BottleneckSentence.For(ranking));
    }

    [Fact]
    public void For_NothingWaits_SaysNothingBinds() =>
        Assert.Equal("No consignment waited at any facility: nothing binds.", BottleneckSentence.For([]));

    [Fact]
    public void RunAnswer_SampleRun_CarriesTheSentenceOfItsRanking()
    {
        var experiment = SampleRun.Experiment();
        var ranking = BottleneckRanking.Rank(experiment);

        var sentences = RunAnswer.Sentences(experiment, ranking);

        Assert.Contains(BottleneckSentence.For(ranking), sentences);
        Assert.Contains(sentences, s => s.StartsWith("Cargo waits most for Baku port's ferry berths, 94.5% busy: 66.7%", StringComparison.Ordinal));
    }
}
