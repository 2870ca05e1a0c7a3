namespace CorridorSim.Corridor.Validation;

/// <summary>
/// The average yearly load a scenario's demand offers to one capacity of one facility, against what that
/// capacity can serve in a year with no randomness: a rough, pre-run bottleneck estimate.
/// </summary>
/// <param name="Facility">The facility, leg or sea service.</param>
/// <param name="Capacity">Which capacity of it, e.g. <c>westbound exchange tracks</c> or <c>berths for rail ferries</c>.</param>
/// <param name="OfferedPerYear">Work the demand brings per year, in <paramref name="Unit"/>.</param>
/// <param name="CapacityPerYear">Work the capacity can do per year when busy all the time, in <paramref name="Unit"/>.</param>
/// <param name="Unit">What work is counted in: trains, wagon slots, teu, tonnes, inspections, berth hours.</param>
public sealed record CapacityFinding(
    string Facility,
    string Capacity,
    double OfferedPerYear,
    double CapacityPerYear,
    string Unit)
{
    /// <summary>Offered load over capacity; above 1 the facility cannot keep up on average.</summary>
    public double Utilisation => CapacityPerYear > 0 ? OfferedPerYear / CapacityPerYear : double.PositiveInfinity;

    /// <inheritdoc />
    public override string ToString() =>
        $"{Facility} ({Capacity}): offered {OfferedPerYear:0} {Unit}/yr against a capacity of {CapacityPerYear:0} {Unit}/yr ({Utilisation:P0})";
}
