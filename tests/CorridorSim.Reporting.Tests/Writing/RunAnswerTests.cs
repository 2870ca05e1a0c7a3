using CorridorSim.Experiments;
using CorridorSim.Reporting.Bottlenecks;
using CorridorSim.Reporting.Tests.Given;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.Writing;

public class RunAnswerTests
{
    private static ExperimentResult With(ExperimentResult experiment, params (string Kpi, double Mean, double Low, double High)[] changes) =>
        experiment with
        {
            Summary = [.. experiment.Summary.Select(k => changes.FirstOrDefault(c => c.Kpi == k.Kpi) is { Kpi: not null } c
                ? k with { Mean = c.Mean, Ci95Low = c.Low, Ci95High = c.High }
                : k)],
        };

    [Fact]
    public void Sentences_StableCorridorWithALongTransit_KeepsUpAlthoughOnly93PercentIsDelivered()
    {
        // Given 93.6% delivered (a long transit leaves much on its way), the backlog slope's upper bound at
        // 44,000 t a year (under 2% of 4.5 Mt, 90,000 t) and 99.5% of the cohort delivered
        var experiment = SampleRun.Experiment();

        // When the answer is written
        var sentences = RunAnswer.Sentences(experiment, BottleneckRanking.Rank(experiment));

        // Then the corridor keeps up, and the sentence gives the numbers it rests on
        Assert.Contains(sentences, s => s.Contains(
            "93.6% of demand (95% interval 93.1% to 94.1%), and the corridor keeps up with its demand: the tonnes held grow by at most 44,000 t a year "
            + "(the upper 95% bound; below 2% of demand, 90,000 t), and 99.5% of the cargo that had time to arrive did.", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_HighDeliveredShareButGrowingBacklog_DoesNotKeepUpAndSaysFromWhenAndHowMuch()
    {
        // Given 98% delivered, but tonnes held growing 400,000 t a year over the window, setting in on day 200 of a run that starts in July
        var experiment = With(SampleRun.Experiment(scale: 1.05),
            ("backlog_growth_tonnes_per_year", 400_000, 350_000, 450_000),
            ("saturation_day", 200.4, 190, 210));
        experiment = experiment with { Spec = experiment.Spec with { StartMonth = 7 } };

        // When the answer is written
        var sentences = RunAnswer.Sentences(experiment, []);

        // Then it does not keep up: 400,000 t a year over the window, the growth setting in on 17 January (1 July + 200 days)
        Assert.Contains(sentences, s => s.EndsWith(
            "the corridor does not keep up with its demand: the tonnes held in it grow by 400,000 t a year "
            + "(95% interval 350,000 to 450,000) over the window, the growth setting in about 17 January (day 200 of the run), "
            + "and 99.5% of the cargo that had time to arrive did.", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Contains("keeps up with", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_SlopeUpperBoundAtTheTolerance_DoesNotKeepUp()
    {
        // Given a mean slope of zero whose upper bound (95,000 t a year) passes 2% of demand (90,000 t)
        var experiment = With(SampleRun.Experiment(), ("backlog_growth_tonnes_per_year", 0, -95_000, 95_000));

        var sentences = RunAnswer.Sentences(experiment, []);

        Assert.Contains(sentences, s => s.Contains("the corridor does not keep up with its demand: the tonnes held in it grow by 0 t a year", StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_FlatBacklogButCohortShort_DoesNotKeepUpAndSaysTheCohortShare()
    {
        var experiment = With(SampleRun.Experiment(), ("cohort_delivered_share", 0.95, 0.94, 0.96));

        var sentences = RunAnswer.Sentences(experiment, []);

        Assert.Contains(sentences, s => s.Contains(
            "the corridor does not keep up with its demand: the tonnes held grow by no more than 44,000 t a year, but only 95.0% of the cargo that had time to arrive did (at least 98% must)",
            StringComparison.Ordinal));
    }

    [Fact]
    public void Sentences_FlowGroups_GiveEachGroupsTransitWithChinaEuropeContainersFirst()
    {
        // Given a corridor whose flows are in the groups bulk and china_europe_containers, bulk written first
        var experiment = SampleRun.Experiment();
        experiment = experiment with
        {
            Spec = experiment.Spec with
            {
                Flows =
                [
                    TinyCorridor.Flow("kz_exports_west", "a", "b", ["a", "b"]) with { Group = "bulk" },
                    TinyCorridor.Flow("china_europe_west", "a", "b", ["a", "b"]) with { Group = "china_europe_containers" },
                ],
            },
            Summary =
            [
                .. experiment.Summary,
                new("group_transit_days_p50:bulk", "days", 9.5, 9, 10, 9, 10, 2),
                new("group_transit_days_p95:bulk", "days", 21.25, 20, 22, 20, 22, 2),
                new("group_transit_days_p50:china_europe_containers", "days", 18, 17, 19, 17, 19, 2),
                new("group_transit_days_p95:china_europe_containers", "days", 26.5, 25, 28, 25, 28, 2),
            ],
        };

        // When the answer is written
        var sentences = RunAnswer.Sentences(experiment, []);

        // Then the containers come first, each group with its p50 and p95
        Assert.Contains("Transit days by flow group (half at most / 95% at most): china_europe_containers 18.00 / 26.50; bulk 9.50 / 21.25.", sentences);
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
