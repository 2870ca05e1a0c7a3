using CorridorSim.Corridor.Results;

namespace CorridorSim.Reporting.Tables;

/// <summary>The replications whose consignments a <see cref="ConsignmentMode"/> asks for.</summary>
internal static class ConsignmentSelection
{
    public static IEnumerable<ReplicationResult> Of(IReadOnlyList<ReplicationResult> replications, ConsignmentMode mode) => mode switch
    {
        ConsignmentMode.None => [],
        ConsignmentMode.First => replications.Take(1),
        _ => replications,
    };
}
