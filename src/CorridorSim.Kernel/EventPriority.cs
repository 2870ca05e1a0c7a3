namespace CorridorSim.Kernel;

/// <summary>
/// The order among events scheduled for the same time: a smaller rank is processed first; equal ranks keep
/// the order in which they were scheduled. <see cref="Normal"/> (rank 0) is the default everywhere.
/// </summary>
/// <remarks>
/// A type of its own, so that a priority is never taken for a value: <c>sim.Timeout(2, 5)</c>, SimSharp's
/// "timeout with priority 5" or SimPy's "timeout with value 5", does not compile; write
/// <c>sim.Timeout(2, new EventPriority(5))</c> or <c>sim.TimeoutWithValue(2, 5)</c>.
/// </remarks>
/// <param name="Rank">Smaller is earlier among events at the same time; 0 is normal, negative is urgent.</param>
public readonly record struct EventPriority(int Rank)
{
    /// <summary>The default priority, rank 0.</summary>
    public static EventPriority Normal => default;

    /// <inheritdoc />
    public override string ToString() => $"priority {Rank}";
}
