using CorridorSim.Corridor.Spec;

namespace CorridorSim.Testing.Builders;

/// <summary>Changes to one port of an existing spec, for tests that break one thing at a time.</summary>
public static class PortSpecChanges
{
    /// <summary>The port with <paramref name="count"/> berths of <paramref name="kind"/>, and their handling time if given.</summary>
    public static PortSpec WithBerths(this PortSpec port, BerthKind kind, int count, DistributionSpec? handlingHours = null)
    {
        var old = port.Berth(kind);
        var changed = new BerthSpec(kind, count, handlingHours ?? old.HandlingHours);
        return port.With(changed);
    }

    /// <summary>The port without berths of <paramref name="kind"/> and with their handling time left out, as a loader may leave it.</summary>
    public static PortSpec WithoutBerths(this PortSpec port, BerthKind kind) => port.With(new BerthSpec(kind, 0, null!));

    private static PortSpec With(this PortSpec port, BerthSpec changed) =>
        port with { Berths = [.. port.Berths.Where(b => b.Kind != changed.Kind).Append(changed).OrderBy(b => b.Kind)] };
}
