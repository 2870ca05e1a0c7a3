namespace CorridorSim.Experiments;

/// <summary>A finished parameter sweep: the varied keys and every point's experiment, point 0 first.</summary>
/// <param name="Keys">The varied keys in the order given.</param>
public sealed record SweepResult(IReadOnlyList<string> Keys, IReadOnlyList<SweepPoint> Points)
{
    /// <summary>The sweep as <c>sweep.csv</c>'s rows: each point's KPI summaries, point by point.</summary>
    public SweepTable ToTable() => SweepTable.Of(this);
}
