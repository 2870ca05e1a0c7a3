namespace CorridorSim.Corridor.Spec;

/// <summary>
/// The vessel-class table: the one place where rail ferries, container feeders and tankers differ. A new
/// vessel class is a new row here and a new member of <see cref="VesselClass"/>.
/// </summary>
public static class VesselClassRules
{
    /// <summary>Every row, in the order of <see cref="VesselClass"/> (and of the berth keys in scenario files).</summary>
    public static IReadOnlyList<VesselClassRule> All { get; } =
    [
        new(VesselClass.RailFerry, BerthKind.Ferry, "ferry_berths", "ferry_load_hours", "rail-ferry", "wagons", "wagon slots", "capacity_wagons", "yard_capacity_wagons"),
        new(VesselClass.ContainerFeeder, BerthKind.Container, "container_berths", "feeder_load_hours", "container", "teu", "teu", "capacity_teu", "yard_capacity_teu"),
        new(VesselClass.Tanker, BerthKind.Tanker, "tanker_berths", "tanker_load_hours", "tanker", "tonnes", "tonnes", "capacity_tonnes", "yard_capacity_tonnes"),
    ];

    /// <summary>The row of <paramref name="vesselClass"/>.</summary>
    public static VesselClassRule For(VesselClass vesselClass) => All[(int)vesselClass];

    /// <summary>The row whose vessels use berths of <paramref name="kind"/>.</summary>
    public static VesselClassRule For(BerthKind kind) => All.First(r => r.Berth == kind);
}
