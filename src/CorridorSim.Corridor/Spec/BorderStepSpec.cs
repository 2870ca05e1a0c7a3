namespace CorridorSim.Corridor.Spec;

/// <summary>
/// One procedure step of a border crossing in one direction (train acceptance, the transit declaration,
/// the customs risk check, a physical inspection, phytosanitary control, gauge change, waiting for a
/// locomotive and a path): a facility with its own capacity and time per train, and the regime effects that
/// can shorten it.
/// </summary>
/// <param name="Name">Step name, unique within its border side; steps of the same name at two posts are the same check (mutual recognition).</param>
/// <param name="CapacityTrains">Trains the step can handle at once (tracks, officers, crews); null means no limit (a pure delay).</param>
/// <param name="Hours">Time the step takes for one train.</param>
/// <param name="Kind">Whether its time is procedure, physical work or waiting.</param>
/// <param name="RegimeEffects">The regime effects that act on it; empty for steps no regime shortens (gauge change, locomotive waits).</param>
public sealed record BorderStepSpec(
    string Name,
    int? CapacityTrains,
    DistributionSpec Hours,
    BorderStepKind Kind,
    IReadOnlyList<RegimeEffect> RegimeEffects)
{
    /// <summary>Chance, per train, that the step is needed at all (a risk channel's share); 1 by default.</summary>
    public double Probability { get; init; } = 1;

    /// <summary>The cargo classes that need the step (phytosanitary control for grain); null means every class.</summary>
    public IReadOnlyList<string>? CargoClasses { get; init; }
}
