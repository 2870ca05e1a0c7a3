using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Charts;

/// <summary>The charts of one scenario's result folder, in the order the report shows them.</summary>
public static class RunCharts
{
    /// <summary>Every chart a run folder holds, in the order the report shows them.</summary>
    public static IReadOnlyList<Chart> Build(ExperimentResult result) =>
    [
        TransitChart.Build(result),
        TransitByGroupChart.Build(result),
        MonthlyTonnesChart.Build(result),
        QueueChart.Build(result),
        UtilisationChart.Build(result),
    ];
}
