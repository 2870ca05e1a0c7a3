namespace CorridorSim.Corridor.Spec;

/// <summary>
/// One step a train is held for at a border side, before or after customs: the train exchange with its
/// technical checks, or the gauge change. Trucks skip these steps; they meet only customs.
/// </summary>
/// <param name="Stage">The stage name it is recorded under (<c>exchange</c>, <c>gauge_change</c>).</param>
/// <param name="Capacity">The capacity in words, for capacity findings (<c>exchange tracks</c>).</param>
/// <param name="Tracks">Trains that can be held at once.</param>
/// <param name="HoursPerTrain">How long one train is held.</param>
/// <param name="BeforeCustoms">Whether a train meets this step before the customs post (the exchange) or after it (the gauge change).</param>
public sealed record BorderStep(string Stage, string Capacity, int Tracks, DistributionSpec HoursPerTrain, bool BeforeCustoms)
{
    /// <summary>The factor the side's procedural share puts on <see cref="HoursPerTrain"/> (1 without one).</summary>
    public double Scale { get; init; } = 1;

    /// <summary>Chance, per train, that the step is needed (a risk channel's share); 1 for the short form.</summary>
    public double Probability { get; init; } = 1;

    /// <summary>The cargo classes that need the step; null means every class.</summary>
    public IReadOnlyList<string>? CargoClasses { get; init; }

    /// <summary>The expected hours one train is held, rescaled.</summary>
    public double ExpectedHours => HoursPerTrain.ExpectedValue * Scale;

    /// <summary>Whether trains of <paramref name="cargoClass"/> (null: of no corridor flow) pass the step.</summary>
    public bool AppliesTo(string? cargoClass) => CargoClasses is null || (cargoClass is not null && CargoClasses.Contains(cargoClass));
}
