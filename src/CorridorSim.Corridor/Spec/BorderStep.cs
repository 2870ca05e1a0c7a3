namespace CorridorSim.Corridor.Spec;

/// <summary>
/// One step with a capacity that a train is held for at a border side: a procedure step of a side written as
/// steps, or in the short form the train exchange with its technical checks, or the gauge change, before or
/// after customs (trucks skip those two; they meet only customs).
/// </summary>
/// <param name="Stage">The stage name it is recorded under (<c>exchange</c>, <c>gauge_change</c>).</param>
/// <param name="Capacity">The capacity in words, for capacity findings (<c>exchange tracks</c>).</param>
/// <param name="Tracks">Trains that can be held at once.</param>
/// <param name="HoursPerTrain">How long one train is held.</param>
public sealed record BorderStep(string Stage, string Capacity, int Tracks, DistributionSpec HoursPerTrain)
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
