using CorridorSim.Corridor.Spec;

namespace CorridorSim.Corridor.Results;

/// <summary>One consignment's life: one row of <c>consignments.csv</c>.</summary>
/// <param name="DeliveredHours">Hour of delivery, or null if still in the system at the end.</param>
public sealed record ConsignmentRecord(
    long Id,
    string Flow,
    CargoUnit Unit,
    Direction Direction,
    string Route,
    double Tonnes,
    double Teu,
    double CreatedHours,
    double? DeliveredHours)
{
    /// <summary>End-to-end transit in days, or null if not delivered.</summary>
    public double? TransitDays => DeliveredHours is { } d ? (d - CreatedHours) / 24.0 : null;
}

/// <summary>
/// One stage of one consignment at one facility: when it arrived, when service began, when it left.
/// One row of <c>stages.csv</c>.
/// </summary>
/// <param name="Stage">What happened there: train_formation, rail, road, exchange, customs, inspection, gauge_change, yard, loading, sailing, unloading, delivery.</param>
public sealed record StageRecord(
    long ConsignmentId,
    string Stage,
    string Facility,
    double ArrivedHours,
    double StartedHours,
    double LeftHours)
{
    /// <summary>Hours between arriving at the stage and starting service there.</summary>
    public double WaitHours => StartedHours - ArrivedHours;

    /// <summary>Hours between starting service and leaving the stage.</summary>
    public double ServiceHours => LeftHours - StartedHours;
}
