using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class RunAnswerTests
{
    [Fact]
    public void Sentences_WaitsAtAnIdlePortBeforeABusyFerry_NamesTheFerryAsTheBusiestFacility()
    {
        IReadOnlyList<Bottleneck> ranking =
        [
            new(1, "aktau", FacilityKind.Port, 0.157, 0.948, 0, BindingReason.UpstreamBlocking),
            new(2, "alat", FacilityKind.Port, 0.338, 0.052, 0, BindingReason.UpstreamBlocking),
            new(3, "aktau_alat_ferry", FacilityKind.SeaService, 0.741, 0, 0, BindingReason.None),
        ];

        var sentences = RunAnswer.Sentences(SampleRun.Experiment(), ranking);

        Assert.Contains(
            "Cargo waits most at aktau (port): 94.8% of all consignment-hours spent waiting are spent there. It binds because of upstream blocking: "
            + "it is busy only 15.7% of the time and closed 0 hours, so something beyond it (a full yard, too few sailings) holds cargo there. "
            + "The busiest facility is aktau_alat_ferry (sea_service), busy 74.1% of the time.",
            sentences);
    }

    [Fact]
    public void Sentences_StormPort_SaysItBindsBecauseOfClosures()
    {
        IReadOnlyList<Bottleneck> ranking = [new(1, "baku_port", FacilityKind.Port, 0.3, 0.6, 876, BindingReason.Closures)];

        var sentences = RunAnswer.Sentences(SampleRun.Experiment(), ranking);

        Assert.Contains(sentences, s => s.Contains("It binds because of closures: it stood closed 876.0 hours of the window while busy only 30.0% of the time.", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_NothingWaits_SaysNothingBinds()
    {
        var sentences = RunAnswer.Sentences(SampleRun.Experiment(), []);

        Assert.Contains("No consignment waited at any facility: nothing binds.", sentences);
    }

    [Fact]
    public void Sentences_DeliveredShareAtLeastTheThreshold_SaysTheCorridorCarriesItsDemand()
    {
        var sentences = RunAnswer.Sentences(SampleRun.Experiment(scale: 1.05), BottleneckRanking.Rank(SampleRun.Experiment()));

        Assert.Contains(sentences, s => s.EndsWith("so the corridor carries its demand.", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_ShortfallNoMoreThanCargoInTransit_SaysTheCorridorKeepsUp()
    {
        // Given 93.6% delivered, with an end backlog (152,000 t) below demand × mean transit (4.5 Mt/yr × 14.25 d ≈ 175,685 t)
        var experiment = SampleRun.Experiment();

        // When the answer is written
        var sentences = RunAnswer.Sentences(experiment, BottleneckRanking.Rank(experiment));

        // Then the shortfall is read as cargo still on its way, not as a corridor that cannot keep up
        Assert.Contains(sentences, s => s.Contains("so the corridor keeps up with its demand", StringComparison.Ordinal)
            && s.Contains("152,000 t held against 175,685 t normally in transit", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_BacklogWellBeyondCargoInTransit_SaysTheCorridorFallsShort()
    {
        // Given the same deliveries but an end backlog three times what is normally in transit
        var experiment = SampleRun.Experiment();
        var summary = experiment.Summary
            .Select(k => k.Kpi == "backlog_tonnes_end" ? k with { Mean = 3 * 175_685.0 } : k)
            .ToList();

        // When the answer is written
        var sentences = RunAnswer.Sentences(experiment with { Summary = summary }, BottleneckRanking.Rank(experiment));

        // Then the corridor is said to fall short
        Assert.Contains(sentences, s => s.EndsWith("so the corridor falls short of its demand.", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_NothingDelivered_SaysThereIsNoTransitTimeInsteadOfNa()
    {
        // Given a run whose transit quantiles are undefined because nothing created in the window arrived
        var experiment = SampleRun.Experiment();
        var summary = experiment.Summary
            .Select(k => k.Kpi is "transit_days_p50" or "transit_days_p95" ? k with { Mean = double.NaN } : k)
            .ToList();

        // When the answer is written
        var sentences = RunAnswer.Sentences(experiment with { Summary = summary }, []);

        // Then it says so in words
        Assert.Contains(sentences, s => s.StartsWith("Transit time: no consignment created in the measurement window was delivered", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("n/a", StringComparison.Ordinal));
    }
}
