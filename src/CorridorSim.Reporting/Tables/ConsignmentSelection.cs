using CorridorSim.Corridor.Results;
using CorridorSim.Experiments;

namespace CorridorSim.Reporting.Tables;

/// <summary>The replications whose consignments a <see cref="ConsignmentRecording"/> asks for.</summary>
internal static class ConsignmentSelection
{
    public static IEnumerable<ReplicationResult> Of(IReadOnlyList<ReplicationResult> replications, ConsignmentRecording mode) => mode switch
    {
        ConsignmentRecording.None => [],
        ConsignmentRecording.First => replications.Take(1),
        _ => replications,
    };

    /// <summary>The per-consignment records (consignments or stages) of the selected replications, each with its replication.</summary>
    public static IEnumerable<(int Replication, TRecord Item)> Rows<TRecord>(
        IReadOnlyList<ReplicationResult> replications,
        ConsignmentRecording mode,
        Func<ReplicationResult, IEnumerable<TRecord>?> records) =>
        ReplicationRows<TRecord>.Of(Of(replications, mode), records);
}
