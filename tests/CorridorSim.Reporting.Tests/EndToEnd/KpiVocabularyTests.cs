using CorridorSim.Corridor.Vocabulary;
using CorridorSim.Experiments;
using CorridorSim.Reporting.Writing;

namespace CorridorSim.Reporting.Tests.EndToEnd;

/// <summary>
/// The report and the model speak of the same KPIs: a KPI renamed or dropped in the model makes these
/// fail instead of a report sentence silently disappearing.
/// </summary>
public class KpiVocabularyTests
{
    private static readonly ExperimentResult TinyRun =
        new ExperimentRunner().Run(TinyCorridor.FerryLine(horizonDays: 40, warmupDays: 5, replications: 2).Build(), new ExperimentOptions(Threads: 1));

    [Fact]
    public void HeadlineKpis_EveryOne_IsEmittedByTheModelWithItsUnit()
    {
        // Given the KPIs the real model emitted
        var emitted = TinyRun.Summary.ToDictionary(s => s.Kpi, s => s.Unit);

        // Then every headline and every KPI the run answer reads is among them, with the same unit
        foreach (var kpi in HeadlineKpi.All.Concat(Kpis.Corridor))
        {
            Assert.True(emitted.TryGetValue(kpi.Name, out var unit), $"the model does not emit {kpi.Name}");
            Assert.Equal(kpi.Unit, unit);
        }
    }

    [Fact]
    public void ModelKpis_EveryOne_HasADefinition()
    {
        // Given the names a definition can give, corridor-wide, per flow and per flow group
        var flows = TinyRun.Spec.Flows.Select(f => f.Name).ToList();
        var groups = TinyRun.Spec.Flows.Select(f => f.Group).Distinct().ToList();
        var defined = Kpis.Corridor.Select(k => k.Name)
            .Concat(Kpis.PerFlow.SelectMany(k => flows.Select(k.FlowName)))
            .Concat(Kpis.PerGroup.SelectMany(k => groups.Select(g => k.OfPart(g, 0).Name)))
            .Append(Kpis.SaturationDay.Name)
            .ToHashSet();

        // Then the model emits no KPI outside the vocabulary
        Assert.All(TinyRun.Summary, s => Assert.Contains(s.Kpi, defined));
    }

    [Fact]
    public void RunAnswer_RealModel_SaysWhatWasDeliveredAndHowLongItTook()
    {
        // When the answer is written for a real run
        var sentences = RunAnswer.Sentences(TinyRun, []);

        // Then it has the delivered, transit and backlog sentences
        Assert.Contains(sentences, s => s.StartsWith("Delivered ", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("Transit time: ", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("At the end of the horizon ", StringComparison.Ordinal));
    }
}
