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
public sealed record BorderStep(string Stage, string Capacity, int Tracks, DistributionSpec HoursPerTrain, bool BeforeCustoms);
