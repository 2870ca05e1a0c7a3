using CorridorSim.Corridor.Causes;
using CorridorSim.Reporting.Bottlenecks;

namespace CorridorSim.Reporting.Writing;

/// <summary>
/// The answer's sentence on what cargo waits for: the top cause of the bottleneck ranking with its share of
/// all waiting and how busy (or how long closed) it was, and the runner-up.
/// </summary>
/// <remarks>Every word is chosen from the numbers of <c>bottlenecks.csv</c>, formatted by <see cref="ReportNumber"/>.</remarks>
public static class BottleneckSentence
{
    /// <summary>The sentence for <paramref name="ranking"/> (rank 1 first).</summary>
    public static string For(IReadOnlyList<Bottleneck> ranking)
    {
        var top = ranking.Count > 0 ? ranking[0] : null;
        if (top is null || !(top.Share > 0))
        {
            return "No consignment waited at any facility: nothing binds.";
        }

        var text = $"Cargo waits most for {top.Cause.Words()}{State(top)}: {ReportNumber.Percent(top.Share)} of all consignment-hours spent waiting are charged to it.";
        return ranking.Count > 1 && ranking[1] is { Share: > 0 } next
            ? $"{text} Next comes {next.Cause.Words()}{State(next)}, with {ReportNumber.Percent(next.Share)}."
            : text;
    }

    /// <summary>How hard the cause binds, in words: a capacity's busy share, a closure's hours.</summary>
    private static string State(Bottleneck b) => b.Cause switch
    {
        { IsCapacity: true } => $", {ReportNumber.Percent(b.Utilisation)} busy",
        { Kind: WaitCauseKind.Closure } => $", closed {ReportNumber.Format(b.ClosureHours)} hours of the window",
        _ => string.Empty,
    };
}
