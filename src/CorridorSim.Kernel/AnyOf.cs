namespace CorridorSim.Kernel;

/// <summary>
/// An event that happens when the first of its sub-events has happened, for instance a berth being granted
/// or a patience timeout running out. Empty, it succeeds at once.
/// </summary>
public sealed class AnyOf : Condition
{
    /// <summary>Creates the condition over <paramref name="events"/>.</summary>
    public AnyOf(Simulation simulation, IEnumerable<Event> events)
        : base(simulation, events)
    {
    }

    /// <inheritdoc />
    protected override bool IsSatisfied(int processed, int total) => processed > 0 || total == 0;
}
