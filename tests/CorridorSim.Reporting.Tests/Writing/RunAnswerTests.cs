using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class RunAnswerTests
{
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

    [Fact]
    public void Sentences_NoDemandAtAll_SaysThereIsNoShareToJudgeInsteadOfFallingShort()
    {
        // Given a run in whose window no cargo was offered (and none delivered)
        var zero = SampleRun.Summary().Select(k => k.Kpi is "demand_tonnes_per_year" or "delivered_tonnes_per_year"
            ? k with { Mean = 0, Ci95Low = 0, Ci95High = 0, Min = 0, Max = 0 }
            : k.Kpi == "delivered_share" ? k with { Mean = double.NaN, Ci95Low = double.NaN, Ci95High = double.NaN } : k).ToList();
        var experiment = SampleRun.Experiment() with { Summary = zero };

        // When the answer is written
        var sentences = RunAnswer.Sentences(experiment, []);

        // Then it says nothing was offered, and never that the corridor falls short
        Assert.Contains(sentences, s => s.Contains("no cargo was offered in the measurement window", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("falls short", StringComparison.Ordinal));
    }
}
