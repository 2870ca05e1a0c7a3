namespace CorridorSim.Kernel;

/// <summary>
/// An event that happens when all of its sub-events have happened, for instance a train that leaves once
/// its locomotive, crew and path are all ready. Empty, it succeeds at once.
/// </summary>
public sealed class AllOf : Condition
{
    /// <summary>Creates the condition over <paramref name="events"/>.</summary>
    public AllOf(Simulation simulation, IEnumerable<Event> events)
        : base(simulation, events)
    {
    }

    /// <inheritdoc />
    protected override bool IsSatisfied(int processed, int total) => processed == total;
}
